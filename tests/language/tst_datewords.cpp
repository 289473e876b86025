// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "language/datewords.h"
#include "language/languagedata.h"

#include <QStandardPaths>
#include <QTest>

// The one table of month and weekday names and of the words for a part of a period that the metadata date
// finder and the temporal tagger share.
class TestDateWords : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void tables()
    {
        QCOMPARE(DateWords::months().size(), 12);
        QCOMPARE(DateWords::weekdays().size(), 7);
        QCOMPARE(DateWords::months().constFirst().constFirst(), QStringLiteral("january"));
        QCOMPARE(DateWords::weekdays().constLast().constFirst(), QStringLiteral("sunday"));
    }

    void month_data()
    {
        QTest::addColumn<QString>("word");
        QTest::addColumn<int>("month");
        QTest::newRow("full name") << QStringLiteral("January") << 1;
        QTest::newRow("lower-case") << QStringLiteral("march") << 3;
        QTest::newRow("upper-case") << QStringLiteral("JULY") << 7;
        QTest::newRow("abbreviation") << QStringLiteral("Aug") << 8;
        QTest::newRow("four-letter abbreviation") << QStringLiteral("Sept") << 9;
        QTest::newRow("three-letter form of September") << QStringLiteral("sep") << 9;
        QTest::newRow("May has no abbreviation") << QStringLiteral("May") << 5;
        QTest::newRow("with its dot") << QStringLiteral("Oct.") << 0;
        QTest::newRow("longer word") << QStringLiteral("Marching") << 0;
        QTest::newRow("weekday") << QStringLiteral("Monday") << 0;
        QTest::newRow("empty") << QString() << 0;
    }
    void month()
    {
        QFETCH(QString, word);
        QFETCH(int, month);
        QCOMPARE(DateWords::month(word), month);
    }

    void weekday_data()
    {
        QTest::addColumn<QString>("word");
        QTest::addColumn<int>("weekday");
        QTest::newRow("Monday first") << QStringLiteral("Monday") << 1;
        QTest::newRow("Thursday") << QStringLiteral("thursday") << 4;
        QTest::newRow("Sunday last") << QStringLiteral("SUNDAY") << 7;
        QTest::newRow("a month") << QStringLiteral("June") << 0;
        QTest::newRow("plural") << QStringLiteral("Mondays") << 0;
    }
    void weekday()
    {
        QFETCH(QString, word);
        QFETCH(int, weekday);
        QCOMPARE(DateWords::weekday(word), weekday);
    }

    void parts_data()
    {
        QTest::addColumn<QString>("word");
        QTest::addColumn<int>("adjective");
        QTest::addColumn<int>("noun");
        QTest::newRow("early") << QStringLiteral("Early") << 1 << 0;
        QTest::newRow("mid") << QStringLiteral("mid") << 2 << 0;
        QTest::newRow("late") << QStringLiteral("late") << 3 << 0;
        QTest::newRow("beginning") << QStringLiteral("beginning") << 0 << 1;
        QTest::newRow("start") << QStringLiteral("START") << 0 << 1;
        QTest::newRow("middle is both") << QStringLiteral("middle") << 2 << 2;
        QTest::newRow("end") << QStringLiteral("end") << 0 << 3;
        QTest::newRow("a month") << QStringLiteral("March") << 0 << 0;
        QTest::newRow("a longer word") << QStringLiteral("ending") << 0 << 0;
    }
    void parts()
    {
        QFETCH(QString, word);
        QFETCH(int, adjective);
        QFETCH(int, noun);
        QCOMPARE(DateWords::partAdjective(word), adjective);
        QCOMPARE(DateWords::partNoun(word), noun);
    }

    // A prefix the word splitter cuts off before its hyphen ("mid-March") is one the date grammar reads.
    void prefixesArePartAdjectives()
    {
        const QStringList prefixes = LanguageData::list(QStringLiteral("dates/part-prefixes")).words();
        QVERIFY(!prefixes.isEmpty());
        for (const QString &prefix : prefixes)
            QVERIFY2(DateWords::partAdjective(prefix), qPrintable(prefix));
    }
};

QTEST_GUILESS_MAIN(TestDateWords)
#include "tst_datewords.moc"
