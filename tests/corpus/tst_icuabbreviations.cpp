// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "corpus/structure/icuabbreviations.h"

#include <QStandardPaths>
#include <QTest>

// ICU's English abbreviation list, read from its data, as a superset test of where ICU's
// suppressions may undo a sentence break.
class TestIcuAbbreviations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(IcuAbbreviations::instance().isLoaded());
    }

    void mayUndoAfter_data()
    {
        QTest::addColumn<QString>("word");
        QTest::addColumn<bool>("mayUndo");
        QTest::newRow("listed") << QStringLiteral("Mr.") << true;
        QTest::newRow("listed, one letter") << QStringLiteral("Z.") << true;
        QTest::newRow("ending in a listed one") << QStringLiteral("xGo.") << true;
        QTest::newRow("part before an inner stop") << QStringLiteral("Ph.") << true;
        QTest::newRow("whole with inner stops") << QStringLiteral("U.S.") << true;
        QTest::newRow("plain word") << QStringLiteral("year.") << false;
        QTest::newRow("other case") << QStringLiteral("go.") << false;
        QTest::newRow("stop alone") << QStringLiteral(".") << false;
        QTest::newRow("not ASCII, not listed") << QStringLiteral("caf\u00e9.") << false;
    }

    void mayUndoAfter()
    {
        QFETCH(QString, word);
        QFETCH(bool, mayUndo);
        QCOMPARE(IcuAbbreviations::instance().mayUndoAfter(word), mayUndo);
    }
};

QTEST_GUILESS_MAIN(TestIcuAbbreviations)
#include "tst_icuabbreviations.moc"
