// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/codepointmap.h"

#include <QTest>

class TestCodePointMap : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roundTrip_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("utf16");
        QTest::addColumn<int>("codePoint");
        QTest::newRow("ascii") << QStringLiteral("hello") << 3 << 3;
        QTest::newRow("bmp accents") << QStringLiteral("déjà vu") << 5 << 5;
        QTest::newRow("after emoji") << QStringLiteral("a\U0001F600b") << 3 << 2;
        QTest::newRow("two emoji") << QStringLiteral("\U0001F600\U0001F600x") << 4 << 2;
        QTest::newRow("end") << QStringLiteral("a\U0001F600") << 3 << 2;
    }
    void roundTrip()
    {
        QFETCH(QString, text);
        QFETCH(int, utf16);
        QFETCH(int, codePoint);
        const CodePointMap map(text);
        QCOMPARE(map.toCodePoint(utf16), codePoint);
        QCOMPARE(map.toUtf16(codePoint), utf16);
        QCOMPARE(int(text.left(utf16).toUcs4().size()), codePoint);
    }
};

QTEST_GUILESS_MAIN(TestCodePointMap)
#include "tst_codepointmap.moc"
