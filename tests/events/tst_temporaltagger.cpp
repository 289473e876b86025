// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "events/datetext.h"
#include "events/temporaltagger.h"

#include "testsupport.h"

#include <QLocale>
#include <QStandardPaths>
#include <QTest>

namespace
{
QString basisCode(DateBasis basis)
{
    switch (basis) {
    case DateBasis::Absolute:
        return QStringLiteral("abs");
    case DateBasis::RelativeToPublication:
        return QStringLiteral("pub");
    case DateBasis::RelativeToPrevious:
        return QStringLiteral("prev");
    }
    return {};
}

// "text => value precision basis", one per expression, in text order.
QStringList render(const QList<Timex> &timexes)
{
    QStringList lines;
    for (const Timex &t : timexes) {
        lines.append(
            QStringLiteral("%1 => %2 %3 %4").arg(t.text, t.value, datePrecisionName(t.precision), basisCode(t.basis)));
    }
    return lines;
}

QList<Timex> tag(const QString &text, const QDate &published)
{
    return TemporalTagger::tagArticle(TestSupport::makeArticle(text, published));
}
}

class TestTemporalTagger : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void absolute_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        const auto row = [](const char *name, const QString &text, const QStringList &expected) {
            QTest::newRow(name) << text << expected;
        };
        row("day month year", QStringLiteral("Halvorsen and Oduya met on 12 June 2018 in Tarsis."),
            { QStringLiteral("12 June 2018 => 2018-06-12 day abs") });
        row("month day, year", QStringLiteral("They met on June 30, 2019, at the border."),
            { QStringLiteral("June 30, 2019 => 2019-06-30 day abs") });
        row("ordinal and of", QStringLiteral("It ended on the 3rd of March 2020."),
            { QStringLiteral("3rd of March 2020 => 2020-03-03 day abs") });
        row("abbreviated month", QStringLiteral("The vote was held on Sept. 3, 2024, in the capital."),
            { QStringLiteral("Sept. 3, 2024 => 2024-09-03 day abs") });
        row("day range", QStringLiteral("The summit ran 12-13 June 2018."),
            { QStringLiteral("12-13 June 2018 => 2018-06-12/2018-06-13 day abs") });
        row("iso", QStringLiteral("Filed 2025-10-29 by the agency."),
            { QStringLiteral("2025-10-29 => 2025-10-29 day abs") });
        row("month year", QStringLiteral("A follow-up summit was held in Belmar, Keldoria, in February 2019."),
            { QStringLiteral("February 2019 => 2019-02 month abs") });
        row("month of year", QStringLiteral("He was ousted in December of 2024."),
            { QStringLiteral("December of 2024 => 2024-12 month abs") });
        row("in year", QStringLiteral("Relations reached an unprecedented moment in 2018."),
            { QStringLiteral("2018 => 2018 year abs") });
        row("year range with short end", QStringLiteral("The Valdorian War (1950–53) ended in an armistice."),
            { QStringLiteral("1950–53 => 1950/1953 year abs") });
        row("between years", QStringLiteral("The two ministers met several times between 2018 and 2019."),
            { QStringLiteral("between 2018 and 2019 => 2018/2019 year abs") });
        row("from to years", QStringLiteral("He served from 2017 to 2021."),
            { QStringLiteral("from 2017 to 2021 => 2017/2021 year abs") });
        row("decade", QStringLiteral("Famine struck in the 1990s."), { QStringLiteral("1990s => 199X decade abs") });
        row("early decade", QStringLiteral("It began in the early 1990s."),
            { QStringLiteral("the early 1990s => 199X-E decade abs") });
        row("early month", QStringLiteral("As of early November 2025, no plans have been announced."),
            { QStringLiteral("early November 2025 => 2025-11-E part-of-month abs") });
        row("mid month", QStringLiteral("Talks resumed in mid-March 2021."),
            { QStringLiteral("mid-March 2021 => 2021-03-M part-of-month abs") });
        row("late month", QStringLiteral("They met in late November 2025."),
            { QStringLiteral("late November 2025 => 2025-11-L part-of-month abs") });
        row("mid year", QStringLiteral("Talks had stalled by mid-2019."),
            { QStringLiteral("mid-2019 => 2019-M season abs") });
        row("end of year", QStringLiteral("The deal lapsed at the end of 2019."),
            { QStringLiteral("the end of 2019 => 2019-L season abs") });
        row("start of month", QStringLiteral("The ferry returns at the start of March 2021."),
            { QStringLiteral("the start of March 2021 => 2021-03-E part-of-month abs") });
        row("middle of month", QStringLiteral("Talks resumed in the middle of June 2022."),
            { QStringLiteral("the middle of June 2022 => 2022-06-M part-of-month abs") });
        row("beginning of month, capital", QStringLiteral("The Beginning of May 2024 brought rain."),
            { QStringLiteral("The Beginning of May 2024 => 2024-05-E part-of-month abs") });
        row("end of month, abbreviated", QStringLiteral("The plant shut at the end of Sept. 2030."),
            { QStringLiteral("the end of Sept. 2030 => 2030-09-L part-of-month abs") });
        row("middle of year", QStringLiteral("The line was finished by the middle of 2019."),
            { QStringLiteral("the middle of 2019 => 2019-M season abs") });
        row("middle without the", QStringLiteral("Prices peaked in middle of July 2027."),
            { QStringLiteral("middle of July 2027 => 2027-07-M part-of-month abs") });
        row("the end of the talks is no date", QStringLiteral("At the end of the talks, they left."), {});
        row("season", QStringLiteral("Protests grew in the summer of 2019."),
            { QStringLiteral("the summer of 2019 => 2019-SU season abs") });
        row("place year list",
            QStringLiteral("Past summits (Tarsis 2018, Belmar 2019, and DMZ 2019) brought no deals."),
            { QStringLiteral("2018 => 2018 year abs"), QStringLiteral("2019 => 2019 year abs"),
                QStringLiteral("2019 => 2019 year abs") });
        row("a number in a name is no year", QStringLiteral("The chair of the Party's 1922 Committee spoke."), {});
        row("quantities are not years", QStringLiteral("He sold 2,000 shares and it cost 1500 dollars."), {});
        row("the late president is no date", QStringLiteral("The late president said they may meet."), {});
        row("names are not months", QStringLiteral("Analyst June Lee said so."), {});
    }

    void absolute()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        // Absolute dates need no publication date.
        QCOMPARE(render(tag(text, {})), expected);
        QCOMPARE(render(tag(text, QDate(2025, 11, 3))), expected);
    }

    void relative_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDate>("published");
        QTest::addColumn<QStringList>("expected");
        const QDate wed(2025, 10, 29);
        QTest::newRow("last month") << QStringLiteral("Last month, Oduya told the legislature there was no reason.")
                                    << QDate(2025, 10, 27)
                                    << QStringList { QStringLiteral("Last month => 2025-09 month pub") };
        QTest::newRow("last month in January") << QStringLiteral("Last month the talks failed.") << QDate(2026, 1, 15)
                                               << QStringList { QStringLiteral("Last month => 2025-12 month pub") };
        QTest::newRow("last year on new year's day") << QStringLiteral("He visited last year.") << QDate(2026, 1, 1)
                                                     << QStringList { QStringLiteral("last year => 2025 year pub") };
        QTest::newRow("next month in December") << QStringLiteral("Talks resume next month.") << QDate(2025, 12, 31)
                                                << QStringList { QStringLiteral("next month => 2026-01 month pub") };
        QTest::newRow("yesterday into a leap day")
            << QStringLiteral("The launch happened yesterday.") << QDate(2024, 3, 1)
            << QStringList { QStringLiteral("yesterday => 2024-02-29 day pub") };
        QTest::newRow("yesterday across the year") << QStringLiteral("He spoke yesterday.") << QDate(2025, 1, 1)
                                                   << QStringList { QStringLiteral("yesterday => 2024-12-31 day pub") };
        QTest::newRow("tomorrow") << QStringLiteral("They will meet tomorrow.") << QDate(2024, 2, 28)
                                  << QStringList { QStringLiteral("tomorrow => 2024-02-29 day pub") };
        QTest::newRow("this week") << QStringLiteral("He is touring Asia this week.") << wed
                                   << QStringList { QStringLiteral("this week => 2025-W44 week pub") };
        QTest::newRow("last week across the year")
            << QStringLiteral("Last week the tests resumed.") << QDate(2025, 1, 2)
            << QStringList { QStringLiteral("Last week => 2024-W52 week pub") };
        QTest::newRow("next week") << QStringLiteral("They will meet next week.") << wed
                                   << QStringList { QStringLiteral("next week => 2025-W45 week pub") };
        QTest::newRow("within the next week is the publication's next week")
            << QStringLiteral("The talks resumed on Monday. A deal should be signed within the next week.") << wed
            << QStringList { QStringLiteral("Monday => 2025-10-27 day pub"),
                   QStringLiteral("the next week => 2025-W45 week pub") };
        QTest::newRow("within the week is the publication's next week")
            << QStringLiteral("A vote to choose a new chair will be held within the week.") << wed
            << QStringList { QStringLiteral("the week => 2025-W45 week pub") };
        QTest::newRow("within the week of a happening is no time of its own")
            << QStringLiteral("Aid arrived within the week of the flood.") << wed << QStringList();
        QTest::newRow("the next week after a date is the week after it")
            << QStringLiteral("The talks began on 3 March 2025. The next week, they collapsed.") << wed
            << QStringList { QStringLiteral("3 March 2025 => 2025-03-03 day abs"),
                   QStringLiteral("The next week => 2025-W11 week prev") };
        QTest::newRow("early next month")
            << QStringLiteral("The court rules early next month.") << wed
            << QStringList { QStringLiteral("early next month => 2025-11-E part-of-month pub") };
        QTest::newRow("the end of last year")
            << QStringLiteral("Sales fell at the end of last year.") << wed
            << QStringList { QStringLiteral("the end of last year => 2024-L season pub") };
        QTest::newRow("the middle of this month")
            << QStringLiteral("The dam opens in the middle of this month.") << wed
            << QStringList { QStringLiteral("the middle of this month => 2025-10-M part-of-month pub") };
        QTest::newRow("early next month, no publication date")
            << QStringLiteral("The court rules early next month.") << QDate()
            << QStringList { QStringLiteral("early next month => PUB+1M part-of-month pub") };
        QTest::newRow("the end of March, no year")
            << QStringLiteral("The mill will close at the end of March.") << wed
            << QStringList { QStringLiteral("the end of March => 2026-03-L part-of-month pub") };
        QTest::newRow("this month") << QStringLiteral("Tests resumed this month.") << wed
                                    << QStringList { QStringLiteral("this month => 2025-10 month pub") };
        QTest::newRow("the past year") << QStringLiteral("Tests multiplied over the past year.") << wed
                                       << QStringList { QStringLiteral("past year => 2024/2025 year pub") };
        QTest::newRow("the following year")
            << QStringLiteral("They met in 2018. The following year, talks collapsed.") << wed
            << QStringList { QStringLiteral("2018 => 2018 year abs"),
                   QStringLiteral("The following year => 2019 year prev") };
        QTest::newRow("last night") << QStringLiteral("Missiles flew last night.") << QDate(2025, 3, 1)
                                    << QStringList { QStringLiteral("last night => 2025-02-28 day pub") };
        QTest::newRow("overnight") << QStringLiteral("The dam gave way overnight.") << QDate(2025, 3, 1)
                                   << QStringList { QStringLiteral("overnight => 2025-03-01 day pub") };
        QTest::newRow("an overnight collapse is no date")
            << QStringLiteral("Divers searched since the overnight collapse.") << QDate(2025, 3, 1) << QStringList {};
        QTest::newRow("at the weekend is the last one")
            << QStringLiteral("The strike was called off at the weekend.") << wed
            << QStringList { QStringLiteral("the weekend => 2025-10-25/2025-10-26 week pub") };
        QTest::newRow("over the weekend in a Sunday paper is that weekend")
            << QStringLiteral("The rebels ended their march over the weekend.") << QDate(2025, 10, 26)
            << QStringList { QStringLiteral("the weekend => 2025-10-25/2025-10-26 week pub") };
        QTest::newRow("at the weekend in the future is the next one")
            << QStringLiteral("The two will meet at the weekend.") << wed
            << QStringList { QStringLiteral("the weekend => 2025-11-01/2025-11-02 week pub") };
        QTest::newRow("a weekend without at or over is no date")
            << QStringLiteral("The weekend rally drew thousands.") << wed << QStringList {};
        QTest::newRow("earlier this year") << QStringLiteral("Earlier this year he met Zeller.") << wed
                                           << QStringList { QStringLiteral("Earlier this year => 2025 year pub") };
        QTest::newRow("two days ago") << QStringLiteral("Two days ago the missiles flew.") << QDate(2025, 3, 1)
                                      << QStringList { QStringLiteral("Two days ago => 2025-02-27 day pub") };
        QTest::newRow("hours ago is the day of writing")
            << QStringLiteral("Three hours ago the levee broke.") << QDate(2025, 3, 1)
            << QStringList { QStringLiteral("Three hours ago => 2025-02-28/2025-03-01 day pub") };
        QTest::newRow("a few hours ago") << QStringLiteral("Brannick announced a few hours ago the end of the strike.")
                                         << QDate(2025, 3, 1)
                                         << QStringList { QStringLiteral(
                                                "a few hours ago => 2025-02-28/2025-03-01 day pub") };
        QTest::newRow("hours ago without a count")
            << QStringLiteral("The ferry sank hours ago.") << QDate(2025, 3, 1)
            << QStringList { QStringLiteral("hours ago => 2025-02-28/2025-03-01 day pub") };
        QTest::newRow("only minutes ago")
            << QStringLiteral("Only minutes ago the mayor of Tessel resigned.") << QDate(2025, 3, 1)
            << QStringList { QStringLiteral("Only minutes ago => 2025-02-28/2025-03-01 day pub") };
        QTest::newRow("several hours ago unpublished")
            << QStringLiteral("Several hours ago the dam held.") << QDate()
            << QStringList { QStringLiteral("Several hours ago => PUB+0D day pub") };
        QTest::newRow("the last hours are the day of writing")
            << QStringLiteral("Marr led a revolt against the council in the last 24 hours.") << QDate(2025, 3, 1)
            << QStringList { QStringLiteral("last 24 hours => 2025-02-28/2025-03-01 day pub") };
        QTest::newRow("the past hours without a count")
            << QStringLiteral("The river rose over the past hours.") << QDate(2025, 3, 1)
            << QStringList { QStringLiteral("past hours => 2025-02-28/2025-03-01 day pub") };
        QTest::newRow("a few days ago is no date")
            << QStringLiteral("A few days ago the dam held.") << QDate(2025, 3, 1) << QStringList {};
        QTest::newRow("three years ago") << QStringLiteral("Three years ago he won.") << wed
                                         << QStringList { QStringLiteral("Three years ago => 2022 year pub") };
        QTest::newRow("recently") << QStringLiteral("North Valdoria recently conducted tests.") << wed
                                  << QStringList { QStringLiteral("recently => PAST_REF month pub") };
        QTest::newRow("current") << QStringLiteral("During his current Asia tour, he spoke.") << wed
                                 << QStringList { QStringLiteral("current => PRESENT_REF week pub") };
        QTest::newRow("following day") << QStringLiteral(
            "On 5 March 2024, Oduya declared loyalty. The following day, he paid tribute.")
                                       << wed
                                       << QStringList { QStringLiteral("5 March 2024 => 2024-03-05 day abs"),
                                              QStringLiteral("The following day => 2024-03-06 day prev") };
        QTest::newRow("following day without a date before")
            << QStringLiteral("Oduya declared loyalty. The following day, he paid tribute.") << wed
            << QStringList { QStringLiteral("The following day => PREV+1D day prev") };
        QTest::newRow("anchor too far away")
            << QStringLiteral("They met in May 2020.\n\nOne. Two. Three.\n\nThe following day, he left.") << wed
            << QStringList { QStringLiteral("May 2020 => 2020-05 month abs"),
                   QStringLiteral("The following day => PREV+1D day prev") };
        QTest::newRow("of that year") << QStringLiteral(
            "Relations peaked in 2018. Indeed, on June 12 of that year, Halvorsen and Oduya met in Tarsis.")
                                      << wed
                                      << QStringList { QStringLiteral("2018 => 2018 year abs"),
                                             QStringLiteral("June 12 of that year => 2018-06-12 day prev") };
        QTest::newRow("later that year") << QStringLiteral("Talks began in 2018. Later that year they met.") << QDate()
                                         << QStringList { QStringLiteral("2018 => 2018 year abs"),
                                                QStringLiteral("Later that year => 2018 year prev") };
        QTest::newRow("a week later") << QStringLiteral("The first test was on 3 May 2023. A week later came another.")
                                      << wed
                                      << QStringList { QStringLiteral("3 May 2023 => 2023-05-03 day abs"),
                                             QStringLiteral("A week later => 2023-W19 week prev") };
        QTest::newRow("in the years since")
            << QStringLiteral("They met between 2018 and 2019, and the North has tested missiles in the years since.")
            << QDate(2025, 10, 27)
            << QStringList { QStringLiteral("between 2018 and 2019 => 2018/2019 year abs"),
                   QStringLiteral("the years since => PREV/PUB year prev") };
        QTest::newRow("just hours before")
            << QStringLiteral("In October 2025, just hours before his arrival, the North test-fired missiles.")
            << QDate()
            << QStringList { QStringLiteral("October 2025 => 2025-10 month abs"),
                   QStringLiteral("just hours before => 2025-10 month prev") };
        QTest::newRow("just ahead of, nothing dated before")
            << QStringLiteral("Just ahead of his arrival, the North launched cruise missiles.") << wed
            << QStringList { QStringLiteral("Just ahead of => PREV unknown prev") };
    }

    void relative()
    {
        QFETCH(QString, text);
        QFETCH(QDate, published);
        QFETCH(QStringList, expected);
        QCOMPARE(render(tag(text, published)), expected);
    }

    // A bare month, day or weekday means the nearest one the verb's tense allows.
    void tenseRule_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDate>("published");
        QTest::addColumn<QString>("expected");
        const QDate wed(2025, 10, 29);
        QTest::newRow("past month before publication")
            << QStringLiteral("Marlow, who took office in June, hoped for talks.") << wed << QStringLiteral("2025-06");
        QTest::newRow("past month after the publication month")
            << QStringLiteral("Lee took office in November.") << wed << QStringLiteral("2024-11");
        QTest::newRow("past month, same month")
            << QStringLiteral("They met in October.") << wed << QStringLiteral("2025-10");
        QTest::newRow("future month already passed this year")
            << QStringLiteral("The election will be held in March.") << wed << QStringLiteral("2026-03");
        QTest::newRow("future month, same month")
            << QStringLiteral("He will visit in October.") << wed << QStringLiteral("2025-10");
        QTest::newRow("last June in June")
            << QStringLiteral("They met last June.") << QDate(2025, 6, 15) << QStringLiteral("2024-06");
        QTest::newRow("next March") << QStringLiteral("They meet next March.") << wed << QStringLiteral("2026-03");
        QTest::newRow("past weekday") << QStringLiteral("He spoke on Monday.") << wed << QStringLiteral("2025-10-27");
        QTest::newRow("past weekday is publication day")
            << QStringLiteral("He spoke on Wednesday.") << wed << QStringLiteral("2025-10-29");
        QTest::newRow("future weekday") << QStringLiteral("He will speak on Friday.") << wed
                                        << QStringLiteral("2025-10-31");
        // A week ahead would be "next Wednesday".
        QTest::newRow("future weekday same name")
            << QStringLiteral("He will speak on Wednesday.") << wed << QStringLiteral("2025-10-29");
        QTest::newRow("the nearest verb decides")
            << QStringLiteral("Earlier Wednesday, she warned that the repairs will take weeks.") << wed
            << QStringLiteral("2025-10-29");
        QTest::newRow("a named happening has happened")
            << QStringLiteral("The rival will not stand in the wake of the mayor's resignation on Wednesday.") << wed
            << QStringLiteral("2025-10-29");
        // An outlet behind the happening's time zone publishes before the day it reports.
        QTest::newRow("past weekday the day after publication")
            << QStringLiteral("The minister resigned on Thursday.") << wed << QStringLiteral("2025-10-30");
        QTest::newRow("next weekday is in next week")
            << QStringLiteral("A new chair should be in place by next Friday.") << wed << QStringLiteral("2025-11-07");
        QTest::newRow("next Monday") << QStringLiteral("The count starts next Monday.") << wed
                                     << QStringLiteral("2025-11-03");
        QTest::newRow("future passive") << QStringLiteral("The vote will be held on Monday.") << wed
                                        << QStringLiteral("2025-11-03");
        QTest::newRow("modal deadline") << QStringLiteral("The count should be done by October 31.") << wed
                                        << QStringLiteral("2025-10-31");
        QTest::newRow("no tense: the nearer date")
            << QStringLiteral("A deadline of November 2 for the bids.") << wed << QStringLiteral("2025-11-02");
        QTest::newRow("month of last year")
            << QStringLiteral("The plant closed in February last year.") << wed << QStringLiteral("2024-02");
        QTest::newRow("day of last year")
            << QStringLiteral("It opened on March 3 last year.") << wed << QStringLiteral("2024-03-03");
        QTest::newRow("last weekday") << QStringLiteral("He spoke last Wednesday.") << wed
                                      << QStringLiteral("2025-10-22");
        QTest::newRow("past day without year")
            << QStringLiteral("They met on June 12.") << QDate(2025, 6, 10) << QStringLiteral("2024-06-12");
        QTest::newRow("future day without year")
            << QStringLiteral("They will meet on June 12.") << QDate(2025, 6, 10) << QStringLiteral("2025-06-12");
        QTest::newRow("leap day in the past")
            << QStringLiteral("They met on February 29.") << QDate(2025, 3, 10) << QStringLiteral("2024-02-29");
        QTest::newRow("leap day ahead") << QStringLiteral("They will meet on February 29.") << QDate(2025, 3, 10)
                                        << QStringLiteral("2028-02-29");
    }

    void tenseRule()
    {
        QFETCH(QString, text);
        QFETCH(QDate, published);
        QFETCH(QString, expected);
        const QList<Timex> timexes = tag(text, published);
        QCOMPARE(timexes.size(), 1);
        QCOMPARE(timexes.first().value, expected);
        QCOMPARE(timexes.first().basis, DateBasis::RelativeToPublication);
    }

    void ranges()
    {
        const QList<Timex> earlier = tag(QStringLiteral("Earlier this year he met Zeller."), QDate(2025, 10, 29));
        QCOMPARE(earlier.size(), 1);
        QCOMPARE(earlier.first().start, QDate(2025, 1, 1));
        QCOMPARE(earlier.first().end, QDate(2025, 10, 29));
        const QList<Timex> war = tag(QStringLiteral("The war (1950–53) ended."), {});
        QCOMPARE(war.first().start, QDate(1950, 1, 1));
        QCOMPARE(war.first().end, QDate(1953, 12, 31));
        const QList<Timex> early = tag(QStringLiteral("in early November 2025"), {});
        QCOMPARE(early.first().start, QDate(2025, 11, 1));
        QCOMPARE(early.first().end, QDate(2025, 11, 10));
        QCOMPARE(early.first().span.start, 3);
        QCOMPARE(early.first().span.end, 22);
    }

    // Without a publication date relative expressions stay unresolved and say what they mean.
    void noPublicationDate_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("last month") << QStringLiteral("Last month, Oduya told the legislature.")
                                    << QStringList { QStringLiteral("Last month => PUB-1M month pub") };
        QTest::newRow("absolute still resolved") << QStringLiteral("They met in February 2019 and again last year.")
                                                 << QStringList { QStringLiteral("February 2019 => 2019-02 month abs"),
                                                        QStringLiteral("last year => PUB-1Y year pub") };
        QTest::newRow("bare month") << QStringLiteral("Lee took office in June.")
                                    << QStringList { QStringLiteral("June => XXXX-06 month pub") };
        QTest::newRow("recently") << QStringLiteral("The North recently tested missiles.")
                                  << QStringList { QStringLiteral("recently => PAST_REF month pub") };
    }

    void noPublicationDate()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        const QList<Timex> timexes = tag(text, {});
        QCOMPARE(render(timexes), expected);
        for (const Timex &t : timexes) {
            if (t.basis != DateBasis::Absolute) {
                QVERIFY(!t.isResolved());
                QVERIFY(t.confidence < 0.2);
            }
        }
    }

    void dateText_data()
    {
        QTest::addColumn<QDate>("start");
        QTest::addColumn<QDate>("end");
        QTest::addColumn<int>("precision");
        QTest::addColumn<QString>("expected");
        QTest::newRow("day") << QDate(2018, 6, 12) << QDate(2018, 6, 12) << int(DatePrecision::Day)
                             << QStringLiteral("12 June 2018");
        QTest::newRow("month") << QDate(2019, 2, 1) << QDate(2019, 2, 28) << int(DatePrecision::Month)
                               << QStringLiteral("February 2019");
        QTest::newRow("early month") << QDate(2025, 11, 1) << QDate(2025, 11, 10) << int(DatePrecision::PartOfMonth)
                                     << QStringLiteral("early November 2025");
        QTest::newRow("year range") << QDate(1950, 1, 1) << QDate(1953, 12, 31) << int(DatePrecision::Year)
                                    << QStringLiteral("1950 to 1953");
        QTest::newRow("decade") << QDate(1990, 1, 1) << QDate(1999, 12, 31) << int(DatePrecision::Decade)
                                << QStringLiteral("the 1990s");
        QTest::newRow("undated") << QDate() << QDate() << int(DatePrecision::Unknown) << QStringLiteral("undated");
    }

    void dateText()
    {
        QFETCH(QDate, start);
        QFETCH(QDate, end);
        QFETCH(int, precision);
        QFETCH(QString, expected);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        QCOMPARE(DateText::format(start, end, DatePrecision(precision)), expected);
    }

    void inferredPublicationDateIsNotUsed()
    {
        Article a = TestSupport::makeArticle(QStringLiteral("Last month, Oduya spoke."), QDate(2019, 6, 30));
        a.publishedBasis = PublishedBasis::InferredLatestDate;
        const QList<Timex> timexes = TemporalTagger::tagArticle(a);
        QCOMPARE(timexes.size(), 1);
        QVERIFY(!timexes.first().isResolved());
    }

    void corpusInferredDateIsUsedWithLessConfidence()
    {
        Article stated = TestSupport::makeArticle(QStringLiteral("Last month, Oduya spoke."), QDate(2025, 10, 29));
        Article inferred = stated;
        inferred.publishedBasis = PublishedBasis::InferredFromCorpus;
        const QList<Timex> a = TemporalTagger::tagArticle(stated);
        const QList<Timex> b = TemporalTagger::tagArticle(inferred);
        QCOMPARE(b.size(), 1);
        QCOMPARE(b.first().value, QStringLiteral("2025-09"));
        QVERIFY(b.first().confidence < a.first().confidence);
    }

    void boilerplateIsSkipped()
    {
        Article a = TestSupport::makeArticle(QStringLiteral("By A. Writer | 29 October 2025\n\nThey met in May 2020."));
        a.boilerplate.append(a.paragraphs.first());
        QCOMPARE(
            render(TemporalTagger::tagArticle(a)), QStringList { QStringLiteral("May 2020 => 2020-05 month abs") });
    }
};

QTEST_GUILESS_MAIN(TestTemporalTagger)
#include "tst_temporaltagger.moc"
