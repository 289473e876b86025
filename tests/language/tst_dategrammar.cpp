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
        QTest::newRow("the middle of a month")
            << QStringLiteral("the middle of June 2032, when") << int(CalendarDate::Month)
            << QStringLiteral("the middle of June 2032") << 2032 << 6 << 0 << 0;
        QTest::newRow("a part of a day's month") << QStringLiteral("early March 26 in") << int(CalendarDate::MonthDay)
                                                 << QStringLiteral("early March 26") << 0 << 3 << 26 << 26;
        QTest::newRow("a part before no month")
            << QStringLiteral("the late president") << -1 << QString() << 0 << 0 << 0 << 0;
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

    void partAt_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("part"); // 0: no phrase
        QTest::addColumn<QString>("rest"); // the text after the phrase
        QTest::newRow("adjective") << QStringLiteral("early March") << 1 << QStringLiteral("March");
        QTest::newRow("adjective and hyphen") << QStringLiteral("mid-2031") << 2 << QStringLiteral("2031");
        QTest::newRow("adjective and en dash") << QStringLiteral("late\u2013May") << 3 << QStringLiteral("May");
        QTest::newRow("the and adjective") << QStringLiteral("the early 1990s") << 1 << QStringLiteral("1990s");
        QTest::newRow("the start of") << QStringLiteral("the start of next month") << 1 << QStringLiteral("next month");
        QTest::newRow("the beginning of") << QStringLiteral("The beginning of May") << 1 << QStringLiteral("May");
        QTest::newRow("the middle of, noun before adjective")
            << QStringLiteral("the middle of June") << 2 << QStringLiteral("June");
        QTest::newRow("middle as an adjective") << QStringLiteral("middle June") << 2 << QStringLiteral("June");
        QTest::newRow("end of without the") << QStringLiteral("end of  2030") << 3 << QStringLiteral("2030");
        QTest::newRow("a noun needs of") << QStringLiteral("the end came") << 0 << QString();
        QTest::newRow("a longer word") << QStringLiteral("the ending of May") << 0 << QString();
        QTest::newRow("a phrase that ends the text") << QStringLiteral("too late") << 0 << QString();
        QTest::newRow("no part word") << QStringLiteral("the summer of 2030") << 0 << QString();
    }
    void partAt()
    {
        QFETCH(QString, text);
        QFETCH(int, part);
        QFETCH(QString, rest);
        const qsizetype start = text.startsWith(u"too") ? 4 : 0;
        const std::optional<PeriodPart> p = DateGrammar::partAt(text, start);
        QCOMPARE(p.has_value(), part > 0);
        if (!p)
            return;
        QCOMPARE(p->start, start);
        QCOMPARE(p->part, part);
        QCOMPARE(text.mid(p->end), rest);
    }

    void partOfMonth_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("part");
        QTest::addColumn<QDate>("firstDate");
        QTest::newRow("whole month") << QStringLiteral("June 2032") << 0 << QDate(2032, 6, 1);
        QTest::newRow("early") << QStringLiteral("early June 2032") << 1 << QDate(2032, 6, 1);
        QTest::newRow("mid-") << QStringLiteral("mid-June 2032") << 2 << QDate(2032, 6, 11);
        QTest::newRow("the middle of") << QStringLiteral("the middle of June 2032") << 2 << QDate(2032, 6, 11);
        QTest::newRow("the end of") << QStringLiteral("The end of June, 2032") << 3 << QDate(2032, 6, 21);
        QTest::newRow("a day keeps its day") << QStringLiteral("late June 5, 2032") << 3 << QDate(2032, 6, 5);
    }
    void partOfMonth()
    {
        QFETCH(QString, text);
        QFETCH(int, part);
        QFETCH(QDate, firstDate);
        const std::optional<CalendarDate> d = DateGrammar::readAt(text, 0);
        QVERIFY(d);
        QCOMPARE(d->start, 0);
        QCOMPARE(d->end, text.size());
        QCOMPARE(d->part, part);
        QCOMPARE(d->firstDate(), firstDate);
        QCOMPARE(text.mid(d->monthStart, 4), QStringLiteral("June"));
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
        // A part of a month is read with it: the date starts at "mid".
        QCOMPARE(dates.at(1).firstDate(), QDate(2031, 7, 11));
        QCOMPARE(dates.at(1).start, text.indexOf(u"mid"));
        QCOMPARE(dates.at(1).day, 0);
        QCOMPARE(dates.at(2).firstDate(), QDate(2031, 8, 1));
        QVERIFY(DateGrammar::findWithYear(u"No year here: 4 March.").isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDateGrammar)
#include "tst_dategrammar.moc"
