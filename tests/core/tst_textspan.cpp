// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/textspan.h"

#include <QTest>

class TestTextSpan : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void overlapsAny_data()
    {
        QTest::addColumn<TextSpans>("spans");
        QTest::addColumn<TextSpan>("probe");
        QTest::addColumn<bool>("expected");
        const TextSpans spans { { 0, 5 }, { 10, 20 }, { 30, 31 } };
        QTest::newRow("inside first") << spans << TextSpan { 1, 2 } << true;
        QTest::newRow("gap") << spans << TextSpan { 5, 10 } << false;
        QTest::newRow("touching end is outside") << spans << TextSpan { 20, 30 } << false;
        QTest::newRow("straddles") << spans << TextSpan { 19, 21 } << true;
        QTest::newRow("last") << spans << TextSpan { 30, 40 } << true;
        QTest::newRow("empty list") << TextSpans {} << TextSpan { 0, 100 } << false;
    }
    void overlapsAny()
    {
        QFETCH(TextSpans, spans);
        QFETCH(TextSpan, probe);
        QFETCH(bool, expected);
        QCOMPARE(::overlapsAny(spans, probe), expected);
    }
};

QTEST_GUILESS_MAIN(TestTextSpan)
#include "tst_textspan.moc"
