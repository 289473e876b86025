// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "language/dategrammar.h"

#include <QTest>

class TestDateGrammar : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void readAt_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("form"); // -1: no date
        QTest::addColumn<QString>("taken");
        QTest::addColumn<int>("year");
        QTest::addColumn<int>("month");
        QTest::addColumn<int>("day");
        QTest::addColumn<int>("lastDay");
        QTest::newRow("day month year") << QStringLiteral("4 March 2031 was") << int(CalendarDate::DayMonth)
                                        << QStringLiteral("4 March 2031") << 2031 << 3 << 4 << 4;
        QTest::newRow("ordinal of month") << QStringLiteral("3rd of May, 2030.") << int(CalendarDate::DayMonth)
                                          << QStringLiteral("3rd of May, 2030") << 2030 << 5 << 3 << 3;
        QTest::newRow("range of days") << QStringLiteral("12–14 March in Oslo") << int(CalendarDate::DayMonth)
                                       << QStringLiteral("12–14 March") << 0 << 3 << 12 << 14;
        QTest::newRow("abbreviation with a dot") << QStringLiteral("Sept. 4, 2029, at") << int(CalendarDate::MonthDay)
                                                 << QStringLiteral("Sept. 4, 2029") << 2029 << 9 << 4 << 4;
        QTest::newRow("full name keeps no dot")
            << QStringLiteral("June. Then") << int(CalendarDate::Month) << QStringLiteral("June") << 0 << 6 << 0 << 0;
        QTest::newRow("month day range") << QStringLiteral("March 10-12 talks") << int(CalendarDate::MonthDay)
                                         << QStringLiteral("March 10-12") << 0 << 3 << 10 << 12;
        QTest::newRow("month of year") << QStringLiteral("March of 2024") << int(CalendarDate::Month)
                                       << QStringLiteral("March of 2024") << 2024 << 3 << 0 << 0;
        QTest::newRow("month comma year") << QStringLiteral("October, 2027") << int(CalendarDate::Month)
                                          << QStringLiteral("October, 2027") << 2027 << 10 << 0 << 0;
        QTest::newRow("iso") << QStringLiteral("2026-02-28T10:00") << int(CalendarDate::Iso)
                             << QStringLiteral("2026-02-28") << 2026 << 2 << 28 << 28;
        QTest::newRow("iso, no such day") << QStringLiteral("2026-02-30") << -1 << QString() << 0 << 0 << 0 << 0;
        QTest::newRow("lower-case month with a year") << QStringLiteral("march 3, 2025") << int(CalendarDate::MonthDay)
                                                      << QStringLiteral("march 3, 2025") << 2025 << 3 << 3 << 3;
        QTest::newRow("lower-case may is a verb") << QStringLiteral("may 5") << -1 << QString() << 0 << 0 << 0 << 0;
        QTest::newRow("a time is no day") << QStringLiteral("12:30 March") << -1 << QString() << 0 << 0 << 0 << 0;
        QTest::newRow("a quantity is no day") << QStringLiteral("5 people") << -1 << QString() << 0 << 0 << 0 << 0;
        QTest::newRow("a compound is no month")
            << QStringLiteral("March-April 2025") << -1 << QString() << 0 << 0 << 0 << 0;
        QTest::newRow("a grouped number is no day")
            << QStringLiteral("May 2,025") << int(CalendarDate::Month) << QStringLiteral("May") << 0 << 5 << 0 << 0;
    }
    void readAt()
    {
        QFETCH(QString, text);
        QFETCH(int, form);
        QFETCH(QString, taken);
        QFETCH(int, year);
        QFETCH(int, month);
        QFETCH(int, day);
        QFETCH(int, lastDay);
        const std::optional<CalendarDate> d = DateGrammar::readAt(text, 0);
        QCOMPARE(d.has_value(), form >= 0);
        if (!d)
            return;
        QCOMPARE(int(d->form), form);
        QCOMPARE(text.mid(d->start, d->end - d->start), taken);
        QCOMPARE(d->year, year);
        QCOMPARE(d->month, month);
        QCOMPARE(d->day, day);
        QCOMPARE(d->lastDay, lastDay);
    }

    void limit()
    {
        // The temporal tagger reads within a sentence: a year beyond the limit is not the date's.
        const QString text = QStringLiteral("on 4 March. 2031 was");
        const std::optional<CalendarDate> d = DateGrammar::readAt(text, 3, 11);
        QVERIFY(d);
        QCOMPARE(d->year, 0);
        QCOMPARE(d->end, 10);
    }

    void findWithYear()
    {
        const QString text = QStringLiteral("Filed 2 June 2031; revised mid-July 2031 and on 2031-08-01, not in June.");
        const QList<CalendarDate> dates = DateGrammar::findWithYear(text);
        QCOMPARE(dates.size(), 3);
        QCOMPARE(dates.at(0).firstDate(), QDate(2031, 6, 2));
        QCOMPARE(dates.at(1).firstDate(), QDate(2031, 7, 1));
        QCOMPARE(dates.at(1).day, 0);
        QCOMPARE(dates.at(2).firstDate(), QDate(2031, 8, 1));
        QVERIFY(DateGrammar::findWithYear(u"No year here: 4 March.").isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDateGrammar)
#include "tst_dategrammar.moc"
