// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "events/eventcategory.h"
#include "events/eventextractor.h"
#include "events/eventmerger.h"

#include "testsupport.h"

#include <QStandardPaths>
#include <QTest>

namespace
{
struct Input {
    QString text;
    QDate published;
};

QList<Event> analyse(const QList<Input> &inputs)
{
    Corpus corpus;
    QList<EventMention> mentions;
    for (int i = 0; i < inputs.size(); ++i) {
        Article a = TestSupport::makeArticle(inputs.at(i).text, inputs.at(i).published, QStringLiteral("a%1").arg(i));
        a.outlet = QStringLiteral("Outlet %1").arg(i);
        corpus.articles.append(a);
        mentions.append(EventExtractor::extract(corpus.articles.constLast(), i));
    }
    return EventMerger::merge(mentions);
}

// "id label [start/end precision] category articles conflicts"
QStringList render(const QList<Event> &events)
{
    QStringList lines;
    for (const Event &e : events) {
        QStringList articles;
        for (const EventMention &m : e.mentions)
            articles.append(QString::number(m.article));
        QStringList conflicts;
        for (const EventConflict &c : e.conflicts) {
            QStringList indices;
            for (int i : c.mentions)
                indices.append(QString::number(i));
            conflicts.append(c.about + QLatin1Char(':') + indices.join(QLatin1Char(',')));
        }
        lines.append(QStringLiteral("%1 %2 [%3/%4 %5] %6 articles=%7%8")
                         .arg(e.id, e.label, e.start.toString(Qt::ISODate), e.end.toString(Qt::ISODate),
                             datePrecisionName(e.precision), e.category, articles.join(QLatin1Char(',')),
                             conflicts.isEmpty() ? QString()
                                                 : QStringLiteral(" conflicts=") + conflicts.join(QLatin1Char(' '))));
    }
    return lines;
}
}

Q_DECLARE_METATYPE(QList<Input>)

class TestEventMerger : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void merge_data()
    {
        QTest::addColumn<QList<Input>>("inputs");
        QTest::addColumn<QStringList>("expected");
        const QDate pub(2025, 10, 29);
        QTest::newRow("one summit at two precisions")
            << QList<Input> { { QStringLiteral("Halvorsen and Oduya met in Tarsis on 12 June 2018."), {} },
                   { QStringLiteral("The Tarsis summit in 2018 was historic."), {} } }
            << QStringList { QStringLiteral(
                   "e1 Halvorsen and Oduya meet in Tarsis [2018-06-12/2018-06-12 day] diplomacy articles=0,1") };
        QTest::newRow("a coarse mention fitting two events joins the one told in its word")
            << QList<Input> { { QStringLiteral("Nominations for the party leadership will close on Monday."), pub },
                   { QStringLiteral("The election of a new leader should be held by November 7."), pub },
                   { QStringLiteral("An election for the leadership is due within the next week."), pub } }
            << QStringList { QStringLiteral("e1 Nominations close [2025-11-03/2025-11-03 "
                                            "day] election articles=0"),
                   QStringLiteral("e2 Election of a new leader [2025-11-07/2025-11-07 day] election articles=1,2") };
        QTest::newRow("sayings of two speakers on one day stay apart")
            << QList<Input> { { QStringLiteral("Mara Aldane confirmed in a post on Monday that she would stay."), pub },
                   { QStringLiteral("In a letter on Monday, staff demanded a new vote."), pub },
                   { QStringLiteral("The letter was signed by hundreds."), pub } }
            << QStringList { QStringLiteral("e1 Letter [2025-10-27/2025-10-27 day] statement articles=1"),
                   QStringLiteral("e2 Mara Aldane post [2025-10-27/2025-10-27 day] statement articles=0") };
        QTest::newRow("an undated saying joins its speaker's dated one")
            << QList<Input> { { QStringLiteral("Piet Lindqvist said on Tuesday that the plant would close."), pub },
                   { QStringLiteral("Lindqvist said the closure could not be avoided."), pub } }
            << QStringList { QStringLiteral(
                   "e1 Piet Lindqvist says [2025-10-28/2025-10-28 day] statement articles=0,1") };
        QTest::newRow("an undated saying most outlets report is the story's news")
            << QList<Input> { { QStringLiteral("Piet Lindqvist said the plant would close."), pub },
                   { QStringLiteral("Lindqvist told reporters the closure could not be avoided."), pub },
                   { QStringLiteral("Mayor Ines Corda said the town would suffer."), pub } }
            << QStringList { QStringLiteral(
                   "e1 Lindqvist tells reporters [2025-10-23/2025-10-29 week] statement articles=0,1") };
        QTest::newRow("an undated saying of one outlet makes no event")
            << QList<Input> { { QStringLiteral("Piet Lindqvist said the plant would close."), pub },
                   { QStringLiteral("The plant opened on 3 May 1998."), pub } }
            << QStringList { QStringLiteral("e1 Plant opened [1998-05-03/1998-05-03 day] other articles=1") };
        QTest::newRow("an undated saying of a speaker dated on another occasion makes no event")
            << QList<Input> { { QStringLiteral("Last month, Oduya told parliament that talks were over. "
                                               "Oduya said the offer was an insult."),
                                  pub },
                   { QStringLiteral("Oduya said the offer was an insult."), pub } }
            << QStringList { QStringLiteral(
                   "e1 Speech to the parliament [2025-09-01/2025-09-30 month] politics articles=0") };
        QTest::newRow("a saying's label names the speaker, not who is spoken of")
            << QList<Input> { { QStringLiteral("Jon Vask said on Monday that Ines Corda would step aside."), pub } }
            << QStringList { QStringLiteral("e1 Jon Vask says [2025-10-27/2025-10-27 day] statement articles=0") };
        QTest::newRow("a halt and a return of one actor's force on one day are one happening") << QList<Input> {
            { QStringLiteral("On Saturday, Ivo Marr halted the advance of his convoy."), pub },
            { QStringLiteral("Ivo Marr announced on Saturday the return of his fighters to their bases."), pub }
        } << QStringList { QStringLiteral("e1 Ivo Marr returns [2025-10-25/2025-10-25 day] military articles=0,1") };
        QTest::newRow("a halt and a return of different actors stay apart")
            << QList<Input> { { QStringLiteral("On Saturday, Ivo Marr halted the advance of his convoy."), pub },
                   { QStringLiteral("Ona Velt announced on Saturday the return of her fighters to their bases."),
                       pub } }
            << QStringList { QStringLiteral("e1 Ivo Marr halts [2025-10-25/2025-10-25 day] military articles=0"),
                   QStringLiteral("e2 Ona Velt returns [2025-10-25/2025-10-25 day] military articles=1") };
        QTest::newRow("talks join the agreement of their parties, not another pair's call")
            << QList<Input> { { QStringLiteral("Presidents Ona Velt and Tomas Rudd spoke by phone on Saturday."), pub },
                   { QStringLiteral("On Saturday, Ivo Marr and Ona Velt agreed to a truce."), pub },
                   { QStringLiteral("Velt's talks with Marr lasted all day."), pub } }
            << QStringList { QStringLiteral(
                                 "e1 Ona Velt and Tomas Rudd speak [2025-10-25/2025-10-25 day] diplomacy articles=0"),
                   QStringLiteral("e2 Ona Velt talks [2025-10-25/2025-10-25 day] diplomacy articles=1,2") };
        QTest::newRow("talks of other parties stay apart from an agreement")
            << QList<Input> { { QStringLiteral("On Saturday, Ivo Marr and Ona Velt agreed to a truce."), pub },
                   { QStringLiteral("Velt's talks with Tomas Rudd lasted all day."), pub } }
            << QStringList { QStringLiteral(
                   "e1 Ivo Marr and Ona Velt agree [2025-10-25/2025-10-25 day] diplomacy articles=0") };
        QTest::newRow("two tests a week apart")
            << QList<Input> { { QStringLiteral("North Valdoria test-fired two ballistic missiles on 3 May 2023."), {} },
                   { QStringLiteral("North Valdoria test-fired two ballistic missiles on 10 May 2023."), {} } }
            << QStringList { QStringLiteral(
                                 "e1 Ballistic missile tests [2023-05-03/2023-05-03 day] military articles=0"),
                   QStringLiteral("e2 Ballistic missile tests [2023-05-10/2023-05-10 day] military articles=1") };
        QTest::newRow("same month, different places")
            << QList<Input> { { QStringLiteral("Halvorsen met Oduya in Belmar in February 2019."), {} },
                   { QStringLiteral("Halvorsen met Zeller in Corvalla in February 2019."), {} } }
            << QStringList {
                   QStringLiteral(
                       "e1 Halvorsen meets Oduya in Belmar [2019-02-01/2019-02-28 month] diplomacy articles=0"),
                   QStringLiteral(
                       "e2 Halvorsen meets Zeller in Corvalla [2019-02-01/2019-02-28 month] diplomacy articles=1")
               };
        QTest::newRow("a coarse mention fitting two events tells of them together, no happening of its own")
            << QList<Input> { { QStringLiteral("They met in Tarsis on 12 June 2018."), {} },
                   { QStringLiteral("They met in Belmar in February 2019."), {} },
                   { QStringLiteral("The two ministers met several times between 2018 and 2019."), {} } }
            << QStringList { QStringLiteral("e1 Meeting in Tarsis [2018-06-12/2018-06-12 day] diplomacy articles=0"),
                   QStringLiteral("e2 Meeting in Belmar [2019-02-01/2019-02-28 month] diplomacy articles=1") };
        QTest::newRow("a coarse mention with a place joins")
            << QList<Input> { { QStringLiteral("They met in Belmar in February 2019."), {} },
                   { QStringLiteral("They met in Tarsis on 12 June 2018."), {} },
                   { QStringLiteral("Past summits (Belmar 2019) failed."), {} } }
            << QStringList { QStringLiteral("e1 Meeting in Tarsis [2018-06-12/2018-06-12 day] diplomacy articles=1"),
                   QStringLiteral("e2 Belmar summit [2019-02-01/2019-02-28 month] diplomacy articles=0,2") };
        QTest::newRow("one test, outlets differ on number and type")
            << QList<Input> { { QStringLiteral(
                                    "On 28 October 2025, North Valdoria test-fired several cruise missiles off "
                                    "its northern coast."),
                                  pub },
                   { QStringLiteral(
                         "On 28 October 2025, North Valdoria launched two hypersonic missiles off its northern coast."),
                       {} } }
            << QStringList { QStringLiteral(
                   "e1 Missile tests off the northern coast [2025-10-28/2025-10-28 day] military "
                   "articles=0,1 conflicts=number:0,1 type:0,1") };
        QTest::newRow("different types at a coarse date are different tests")
            << QList<Input> { { QStringLiteral("In October 2025, North Valdoria test-fired several cruise missiles."),
                                  {} },
                   { QStringLiteral("In October 2025, North Valdoria tested two hypersonic missiles."), {} } }
            << QStringList { QStringLiteral(
                                 "e1 Cruise missile tests [2025-10-01/2025-10-31 month] military articles=0"),
                   QStringLiteral("e2 Hypersonic missile tests [2025-10-01/2025-10-31 month] military articles=1") };
        QTest::newRow("outlets a day apart")
            << QList<Input> { { QStringLiteral("North Valdoria fired two cruise missiles off its northern coast on 28 "
                                               "October 2025."),
                                  {} },
                   { QStringLiteral(
                         "North Valdoria fired two cruise missiles off its northern coast on 29 October 2025."),
                       {} },
                   { QStringLiteral(
                         "North Valdoria fired two cruise missiles off its northern coast on 4 November 2025."),
                       {} } }
            << QStringList { QStringLiteral(
                                 "e1 Missile tests off the northern coast [2025-10-28/2025-10-28 day] military "
                                 "articles=0,1 conflicts=date:0,1"),
                   QStringLiteral(
                       "e2 Missile tests off the northern coast [2025-11-04/2025-11-04 day] military articles=2") };
        QTest::newRow("an undated article's present joins the dated one")
            << QList<Input> { { QStringLiteral("During his current Asia tour, Halvorsen spoke to reporters."), pub },
                   { QStringLiteral("During his ongoing tour of Asia, Halvorsen spoke to reporters."), {} } }
            << QStringList { QStringLiteral("e1 Asia tour [2025-10-23/2025-10-29 week] diplomacy articles=0,1") };
        QTest::newRow("undated mentions of one speech")
            << QList<Input> { { QStringLiteral("Last month, Oduya told the legislature he would not talk."), {} },
                   { QStringLiteral("Oduya said in a speech last month that he had fond memories."), {} } }
            << QStringList { QStringLiteral("e1 Speech to the legislature [/ unknown] politics articles=0,1") };
        QTest::newRow("different people take office")
            << QList<Input> { { QStringLiteral("Lee Jae Myung took office in June 2025."), {} },
                   { QStringLiteral("Shigeru Ishiba took office in June 2025."), {} } }
            << QStringList { QStringLiteral(
                                 "e1 Lee Jae Myung takes office [2025-06-01/2025-06-30 month] politics articles=0"),
                   QStringLiteral("e2 Shigeru Ishiba takes office [2025-06-01/2025-06-30 month] politics articles=1") };
        QTest::newRow("a resignation is named after who resigned, not the country before it") << QList<Input> {
            { QStringLiteral("Canada and Mexico reacted to Premier Ann Vogel's resignation on "
                             "Tuesday."),
                pub }
        } << QStringList { QStringLiteral("e1 Ann Vogel resignation [2025-10-28/2025-10-28 day] politics articles=0") };
        QTest::newRow("a label drops the preposition its date leaves behind")
            << QList<Input> { { QStringLiteral("The ballot will end on Monday."), pub } }
            << QStringList { QStringLiteral("e1 Ballot ends [2025-11-03/2025-11-03 day] election articles=0") };
        QTest::newRow("a label cut from a clause: no doubled word, no word left dangling")
            << QList<Input> { { QStringLiteral("On Monday the two sides agreed to to the terms of a truce."), pub } }
            << QStringList { QStringLiteral("e1 Two sides agree to terms [2025-10-27/2025-10-27 day] diplomacy "
                                            "articles=0") };
        QTest::newRow("a label cut from a clause never ends on an auxiliary")
            << QList<Input> { { QStringLiteral("Election of a new chair should be held by Monday."), pub } }
            << QStringList { QStringLiteral("e1 Election of a new chair [2025-11-03/2025-11-03 day] election "
                                            "articles=0") };
        QTest::newRow("a happening noun is named after the object right before it, not a region further back")
            << QList<Input> { { QStringLiteral(
                                    "The governor of Velmont vowed on Monday night that divers would search for "
                                    "the four missing since the collapse of a river bridge moments after a "
                                    "barge struck it."),
                                  pub },
                   { QStringLiteral("Divers searched the river after the Harlow Bridge collapse on Monday."), pub } }
            << QStringList { QStringLiteral(
                                 "e1 Harlow Bridge collapse [2025-10-27/2025-10-27 day] disaster articles=0,0,1"),
                   QStringLiteral("e2 Velmont search [2025-10-27/2025-10-27 day] disaster articles=0") };
        QTest::newRow("a name in another clause does not own the happening")
            << QList<Input> { { QStringLiteral("Troops loyal to the governor of Tarsis fled on Saturday during the "
                                               "mutiny by Ortega's guards."),
                   pub } }
            << QStringList { QStringLiteral("e1 Ortega mutiny [2025-10-25/2025-10-25 day] military articles=0") };
        QTest::newRow("what a report is about is not who reported")
            << QList<Input> { { QStringLiteral("Two outlets reported on Monday that Velt Motors closed a plant."),
                   pub } }
            << QStringList { QStringLiteral("e1 Two outlets reported that Velt Motors closed [2025-10-27/2025-10-27 "
                                            "day] statement articles=0") };
        QTest::newRow("a verb with its own preposition takes the place without another")
            << QList<Input> { { QStringLiteral("On Monday, Ortega stepped into Tarsis."), pub } }
            << QStringList { QStringLiteral("e1 Ortega steps into Tarsis [2025-10-27/2025-10-27 day] diplomacy "
                                            "articles=0") };
        QTest::newRow("a name far after the verb is not its object") << QList<Input> {
            { QStringLiteral("On Monday, Ortega released a long video attacking the policies of "
                             "Lindqvist."),
                pub }
        } << QStringList { QStringLiteral("e1 Ortega releases video [2025-10-27/2025-10-27 day] business articles=0") };
        QTest::newRow("a return to a former post is not the new post")
            << QList<Input> { { QStringLiteral("Velt Motors hired Lena Park on Monday."), pub },
                   { QStringLiteral("Lena Park will return as chief executive."), pub } }
            << QStringList { QStringLiteral("e1 Velt Motors hires Lena Park [2025-10-27/2025-10-27 day] politics "
                                            "articles=0") };
        QTest::newRow("a place named beside the event's place is part of it")
            << QList<Input> { { QStringLiteral("The collapse of the Harlow Bridge in Tarsis on Monday killed six."),
                                  pub },
                   { QStringLiteral("The freighter Ostra slammed into the Harlow Bridge on Monday."), pub } }
            << QStringList { QStringLiteral(
                   "e1 Ostra slams in Tarsis [2025-10-27/2025-10-27 day] disaster articles=0,1") };
        QTest::newRow("telling reporters is a press appearance of its own")
            << QList<Input> { { QStringLiteral("Ona Velt told reporters on Monday that the plant would close."), pub } }
            << QStringList { QStringLiteral(
                   "e1 Ona Velt tells reporters [2025-10-27/2025-10-27 day] statement articles=0") };
        QTest::newRow("a saying verb owns a date after a short phrase of its own")
            << QList<Input> { { QStringLiteral("Ortega spoke to the waiting reporters on Monday."), pub },
                   { QStringLiteral("Ortega said he would meet Lindqvist in 2027."), pub } }
            << QStringList { QStringLiteral("e1 Ortega speaks [2025-10-27/2025-10-27 day] statement articles=0") };
        QTest::newRow("a call told as speaking by phone and as a conversation")
            << QList<Input> { { QStringLiteral("Presidents Ortega and Lindqvist spoke by phone on Monday."), pub },
                   { QStringLiteral("Ortega held a long conversation with Lindqvist on Monday."), pub },
                   { QStringLiteral("Ortega spoke to reporters on Monday."), pub } }
            << QStringList { QStringLiteral(
                                 "e1 Ortega and Lindqvist speak [2025-10-27/2025-10-27 day] diplomacy articles=0,1"),
                   QStringLiteral("e2 Ortega speaks [2025-10-27/2025-10-27 day] statement articles=2") };
        // "On 30 June 2019, Halvorsen made a bold gesture." dates the visit the next sentence tells: a mention of it
        // too
        QTest::newRow("a visit to a zone and a step into the land it borders are one happening") << QList<Input> {
            { QStringLiteral("On 30 June 2019, Halvorsen made a bold gesture. During a visit to the Orm "
                             "Zone between North and South Valdoria, he briefly crossed into North "
                             "Valdorian territory to shake hands with Oduya."),
                pub },
            { QStringLiteral("In 2019 Halvorsen became the first leader to step into North Valdoria."), pub }
        } << QStringList { QStringLiteral("e1 Orm Zone visit [2019-06-30/2019-06-30 day] diplomacy articles=0,0,1") };
        QTest::newRow("one party named two ways is one party of a meeting")
            << QList<Input> { { QStringLiteral(
                                    "On 30 June 2019, Halvorsen made a bold gesture. During a visit to the Orm "
                                    "Zone, he briefly crossed the line to shake hands."),
                                  pub },
                   { QStringLiteral("In 2019 Erik Halvorsen became the first leader to step into the Orm Zone."), pub },
                   { QStringLiteral("Past Halvorsen–Oduya summits (Tarsis 2018, Orm Zone 2019) ended without a deal."),
                       pub } }
            << QStringList { QStringLiteral("e1 Tarsis summit [2018-01-01/2018-12-31 year] diplomacy articles=2"),
                   QStringLiteral("e2 Orm Zone visit [2019-06-30/2019-06-30 day] diplomacy articles=0,0,1,2") };
        QTest::newRow("parties that met more than once: their undated meeting names none of the dated ones")
            << QList<Input> { { QStringLiteral("Halvorsen and Oduya met in Tarsis on 12 June 2018."), {} },
                   { QStringLiteral("Halvorsen and Oduya met in Belmar in February 2019."), {} },
                   { QStringLiteral("The Belmar summit in February 2019 ended without a deal."), {} },
                   { QStringLiteral("Halvorsen and Oduya have met before."), {} } }
            << QStringList {
                   QStringLiteral(
                       "e1 Halvorsen and Oduya meet in Tarsis [2018-06-12/2018-06-12 day] diplomacy articles=0"),
                   QStringLiteral(
                       "e2 Halvorsen and Oduya meet in Belmar [2019-02-01/2019-02-28 month] diplomacy articles=1,2")
               };
        QTest::newRow("parties that met once: their undated meeting is that one")
            << QList<Input> { { QStringLiteral("Halvorsen and Oduya met in Belmar in February 2019."), {} },
                   { QStringLiteral("Halvorsen and Oduya have met before."), {} } }
            << QStringList { QStringLiteral(
                   "e1 Halvorsen and Oduya meet in Belmar [2019-02-01/2019-02-28 month] diplomacy articles=0,1") };
        QTest::newRow("a meeting is of its parties")
            << QList<Input> { { QStringLiteral("Presidents Ortega and Lindqvist met on Monday."), pub },
                   { QStringLiteral("Lindqvist met Moreau on Monday."), pub },
                   { QStringLiteral("Ortega met Lindqvist on Monday."), pub } }
            << QStringList { QStringLiteral(
                                 "e1 Lindqvist meets Moreau [2025-10-27/2025-10-27 day] diplomacy articles=1"),
                   QStringLiteral("e2 Ortega meets Lindqvist [2025-10-27/2025-10-27 day] diplomacy articles=0,2") };
        QTest::newRow("a happening an hour-anchor leans on joins the event it names")
            << QList<Input> { { QStringLiteral("Lena Park quit the firm on Friday, hours after the board removed Omar "
                                               "Haddad as chairman."),
                                  pub },
                   { QStringLiteral("The board fired Omar Haddad on Friday."), pub } }
            << QStringList { QStringLiteral("e1 Lena Park quits [2025-10-24/2025-10-24 day] business articles=0"),
                   QStringLiteral("e2 Omar Haddad fired [2025-10-24/2025-10-24 day] business articles=0,1") };
        QTest::newRow("a saying that names people but no speaker is not another speaker's")
            << QList<Input> { { QStringLiteral("Mara Aldane confirmed in a post on Monday that Velt Motors would "
                                               "stay."),
                                  pub },
                   { QStringLiteral("In the post Jon Vask said that Velt Motors had failed."), pub } }
            << QStringList { QStringLiteral("e1 Mara Aldane post [2025-10-27/2025-10-27 day] statement articles=0") };
        QTest::newRow("a demand pressed in the wake of a resignation is not the resignation")
            << QList<Input> { { QStringLiteral("Premier Ann Vogel resigned on Thursday."), pub },
                   { QStringLiteral("Jon Vask on Thursday pressed his demand for an early election in the wake of Ann "
                                    "Vogel's resignation."),
                       pub } }
            << QStringList { QStringLiteral("e1 Ann Vogel resigns [2025-10-30/2025-10-30 day] politics articles=0,1"),
                   QStringLiteral("e2 Jon Vask election [2025-10-30/2025-10-30 day] election articles=1") };
        QTest::newRow("a search ended and a search turned into a recovery are one happening")
            << QList<Input> { { QStringLiteral("The rescue for the missing divers became a recovery mission on "
                                               "Monday evening."),
                                  pub },
                   { QStringLiteral("The coast guard ended its search for the missing divers late on Monday."), pub } }
            << QStringList { QStringLiteral(
                   "e1 Rescue for the missing divers became [2025-10-27/2025-10-27 day] disaster articles=0,1") };
        QTest::newRow("an abbreviated place is where its full name is")
            << QList<Input> { { QStringLiteral("Ortega and Lindqvist held a meeting at the Northern Ports Council "
                                               "in Tarsis on 21 September 2025."),
                                  {} },
                   { QStringLiteral("In September 2025, Ortega met Lindqvist at the NPC."), {} } }
            << QStringList { QStringLiteral("e1 Ortega meets Lindqvist [2025-09-21/2025-09-21 "
                                            "day] diplomacy articles=0,1") };
        QTest::newRow("an abbreviation is not any place with other initials")
            << QList<Input> { { QStringLiteral("Ortega and Lindqvist held a meeting at the Southern Trade Forum in "
                                               "Tarsis on 21 September 2025."),
                                  {} },
                   { QStringLiteral("In September 2025, Ortega met Lindqvist at the NPC."), {} } }
            << QStringList { QStringLiteral(
                                 "e1 Ortega meets Lindqvist in NPC [2025-09-01/2025-09-30 month] diplomacy articles=1"),
                   QStringLiteral("e2 Ortega and Lindqvist meeting [2025-09-21/2025-09-21 day] diplomacy articles=0") };
        QTest::newRow("a bare naming means the happening going on now, not one years ago")
            << QList<Input> { { QStringLiteral("With Halvorsen's Asia tour underway, aides spoke to reporters."), pub },
                   { QStringLiteral("During Halvorsen's current tour of Asia, aides visited a school."), pub },
                   { QStringLiteral("Critics said the launch was timed to coincide with Halvorsen's trip. Halvorsen "
                                    "first visited Tarsis on 30 June 2019."),
                       pub } }
            << QStringList { QStringLiteral(
                                 "e1 Halvorsen visits Tarsis [2019-06-30/2019-06-30 day] diplomacy articles=2"),
                   QStringLiteral("e2 Halvorsen's Asia tour [2025-10-23/2025-10-29 week] diplomacy articles=0,1,2") };
        QTest::newRow("remains found in a search are not the search going on that day")
            << QList<Input> { { QStringLiteral("Divers recovered two bodies from the Tarsis River on Tuesday."), pub },
                   { QStringLiteral("The recovery effort on the Tarsis River continued on Tuesday."), pub },
                   { QStringLiteral("Two bodies were found in the Tarsis River on Tuesday."), pub } }
            << QStringList { QStringLiteral(
                                 "e1 Tarsis River recovered [2025-10-28/2025-10-28 day] disaster articles=0,2"),
                   QStringLiteral("e2 Tarsis River recovery [2025-10-28/2025-10-28 day] disaster articles=1") };
        QTest::newRow("business acts of one year are told apart by what was done")
            << QList<Input> { { QStringLiteral("In 2019, Velt Motors invested $2 billion in Corda Labs."), {} },
                   { QStringLiteral("In 2019, Velt Motors restructured its debt."), {} } }
            << QStringList {
                   QStringLiteral(
                       "e1 Velt Motors invests in Corda Labs [2019-01-01/2019-12-31 year] business articles=0"),
                   QStringLiteral(
                       "e2 Velt Motors restructures debt [2019-01-01/2019-12-31 year] business articles=1")
               };
        QTest::newRow("a release and a launch of one month are one act")
            << QList<Input> { { QStringLiteral("Velt Motors released the Arko sedan in March 2022."), {} },
                   { QStringLiteral("The March 2022 launch of the Arko sedan lifted sales."), {} } }
            << QStringList { QStringLiteral("e1 Arko launch [2022-03-01/2022-03-31 month] business articles=0,1") };
        QTest::newRow("updates and an update of one day are one saying")
            << QList<Input> { { QStringLiteral("Tarsis officials provided updates on Tuesday."), pub },
                   { QStringLiteral("Officials said in an update on Tuesday."), pub } }
            << QStringList { QStringLiteral(
                   "e1 Tarsis officials provided updates [2025-10-28/2025-10-28 day] statement articles=0,1") };
        QTest::newRow("a saying at a briefing and the briefing of that day are one")
            << QList<Input> { { QStringLiteral("Minister Ona Velt told reporters on Tuesday during a briefing in "
                                               "Tarsis that the bridge would reopen."),
                                  pub },
                   { QStringLiteral("Asked about the cost during an appearance in the Tarsis briefing room on "
                                    "Tuesday, the minister gave no figure."),
                       pub } }
            << QStringList { QStringLiteral("e1 Tarsis briefing [2025-10-28/2025-10-28 day] statement articles=0,1") };
        QTest::newRow("a news saying is the one its own article dates")
            << QList<Input> { { QStringLiteral("Jon Vask said on Monday that the plant would close."), pub },
                   { QStringLiteral("Jon Vask spoke to workers on Wednesday at the plant gates.\n\nVask said the "
                                    "closure could not be avoided."),
                       pub } }
            << QStringList { QStringLiteral("e1 Jon Vask says [2025-10-27/2025-10-27 day] statement articles=0"),
                   QStringLiteral("e2 Jon Vask speaks [2025-10-29/2025-10-29 day] statement articles=1,1") };
        QTest::newRow("a news saying fitting two sayings its own article dates is the later")
            << QList<Input> { { QStringLiteral("Jon Vask announced on Sunday that he would leave Velt Motors. Jon Vask "
                                               "posted on Wednesday that he would stay.\n\nVask wrote that the "
                                               "decision was final."),
                   pub } }
            << QStringList { QStringLiteral("e1 Jon Vask announces [2025-10-26/2025-10-26 day] statement articles=0"),
                   QStringLiteral("e2 Jon Vask posts [2025-10-29/2025-10-29 day] statement articles=0,0") };
        QTest::newRow("a news saying fitting two of its speaker's sayings is the one of its day")
            << QList<Input> { { QStringLiteral("Jon Vask said on 24 October 2025 that he was hopeful."), pub },
                   { QStringLiteral("Jon Vask said on 29 October 2025 that he was confident."), pub },
                   { QStringLiteral("Vask said the decision was final."), pub } }
            << QStringList { QStringLiteral("e1 Jon Vask says [2025-10-24/2025-10-24 day] statement articles=0"),
                   QStringLiteral("e2 Jon Vask says [2025-10-29/2025-10-29 day] statement articles=1,2") };
        QTest::newRow("a news saying fitting sayings a day apart joins neither")
            << QList<Input> { { QStringLiteral("Jon Vask said on 28 October 2025 that he was hopeful. Jon Vask said on "
                                               "29 October 2025 that he was confident."),
                                  pub },
                   { QStringLiteral("Vask said the decision was final."), pub } }
            << QStringList { QStringLiteral("e1 Jon Vask says [2025-10-28/2025-10-28 day] statement articles=0"),
                   QStringLiteral("e2 Jon Vask says [2025-10-29/2025-10-29 day] statement articles=0") };
        QTest::newRow("a news saying fitting sayings days before its article joins neither")
            << QList<Input> { { QStringLiteral("Jon Vask said on 24 October 2025 that he was hopeful."), pub },
                   { QStringLiteral("Jon Vask said on 26 October 2025 that he was hopeful."), pub },
                   { QStringLiteral("Vask said the decision was final."), pub } }
            << QStringList { QStringLiteral("e1 Jon Vask says [2025-10-24/2025-10-24 day] statement articles=0"),
                   QStringLiteral("e2 Jon Vask says [2025-10-26/2025-10-26 day] statement articles=1") };
        QTest::newRow("a news saying is its speaker's saying of its days, not an older one its article joined")
            << QList<Input> { { QStringLiteral("Velt Motors CEO Jon Vask spoke on 24 October 2025 in Tarsis."), pub },
                   { QStringLiteral("Jon Vask said on 29 October 2025 that he was confident."), pub },
                   { QStringLiteral("The Velt Motors CEO said the plant would stay open.\n\nVask said the decision "
                                    "was final."),
                       pub } }
            << QStringList { QStringLiteral(
                                 "e1 Vask speaks in Tarsis [2025-10-24/2025-10-24 day] statement articles=0"),
                   QStringLiteral("e2 Jon Vask says [2025-10-29/2025-10-29 day] statement articles=1,2,2") };
        const QList<Input> spell {
            { QStringLiteral("On October 24, 2025, Ivo Marr's militia began a march for justice."), {} },
            { QStringLiteral("A revolt swept Orvel over the weekend."), QDate(2025, 10, 27) },
            { QStringLiteral("Ivo Marr's march on Orvel over the weekend ended in talks."), QDate(2025, 10, 27) }
        };
        QTest::newRow("a happening dated to a day and to the days after it is one that lasted them")
            << spell
            << QStringList { QStringLiteral("e1 Ivo Marr march [2025-10-24/2025-10-26 week] military articles=0,1,2") };
        QTest::newRow("a happening of last week is no spell with one of the day before it")
            << QList<Input> { { QStringLiteral("On October 19, 2025, Ivo Marr's militia began a march for justice."),
                                  {} },
                   { QStringLiteral("A revolt swept Orvel last week."), pub },
                   { QStringLiteral("Ivo Marr's march on Orvel last week ended in talks."), pub } }
            << QStringList { QStringLiteral("e1 Ivo Marr march [2025-10-19/2025-10-19 day] military articles=0"),
                   QStringLiteral("e2 Ivo Marr march [2025-10-20/2025-10-26 week] military articles=1,2") };
        QTest::newRow("a definite noun of the one kind of event several outlets date names it")
            << (spell
                   + QList<Input> { { QStringLiteral("The armed mutiny that Per Lund led cost the army dearly."),
                       pub } })
            << QStringList { QStringLiteral(
                   "e1 Ivo Marr march [2025-10-24/2025-10-26 week] military articles=0,1,2,3") };
        QTest::newRow("a verb of the one kind of event several outlets date may tell of another")
            << (spell + QList<Input> { { QStringLiteral("Per Lund's men rebelled against the army."), pub } })
            << QStringList { QStringLiteral("e1 Ivo Marr march [2025-10-24/2025-10-26 week] military articles=0,1,2") };
        QTest::newRow("a bare naming is the happening its article named before, not an older one it dates")
            << QList<Input> { { QStringLiteral("Lena Ames's tour of Tarsis is currently underway."), pub },
                   { QStringLiteral("Lena Ames visited Orvel in 2019.\n\nAs President Lena Ames travels through "
                                    "Tarsis, aides wait.\n\nOrvel's muted response suggests a deal is doubtful, "
                                    "at least on this journey."),
                       pub } }
            << QStringList { QStringLiteral(
                                 "e1 Lena Ames visits Orvel [2019-01-01/2019-12-31 year] diplomacy articles=1"),
                   QStringLiteral("e2 Lena Ames tour [2025-10-23/2025-10-29 week] diplomacy articles=0,1,1") };
        QTest::newRow("a naming joins the appointments its article dates without saying whose")
            << QList<Input> { { QStringLiteral(
                                    "The appointments, approved by the board on Sunday, surprised the staff. "
                                    "Velt Motors named Ines Corda as acting chair."),
                   pub } }
            << QStringList { QStringLiteral(
                   "e1 Ines Corda appointment [2025-10-26/2025-10-26 day] business articles=0,0") };
        QTest::newRow("a mention naming people is no other happening its article dates without them")
            << QList<Input> { { QStringLiteral(
                                    "The parties agreed on Sunday to end the dispute. Later, Jon Vask agreed "
                                    "to sell his shares in Tarsis Mining."),
                   pub } }
            << QStringList { QStringLiteral(
                   "e1 Parties agree to end dispute [2025-10-26/2025-10-26 day] diplomacy articles=0") };
        QTest::newRow("one joining is the hiring of the other side")
            << QList<Input> { { QStringLiteral("Corvex chief Ivo Marr said on Monday that he had hired Ona Velt and "
                                               "Per Lund."),
                                  pub },
                   { QStringLiteral("When the feud seemed over with Ona Velt and Per Lund joining Corvex, the "
                                    "board met."),
                       pub } }
            << QStringList { QStringLiteral(
                   "e1 Ivo Marr hires Ona Velt [2025-10-27/2025-10-27 day] politics articles=0,1") };
        QTest::newRow("joining a firm a day before it told of the hiring is the hiring, not that day's appointments")
            << QList<Input> { { QStringLiteral(
                                    "Corvex chief Ivo Marr said on October 27, 2025 that he had hired Ona Velt."),
                                  pub },
                   { QStringLiteral("Velt Motors named Ines Corda as acting chair. The appointments, made late on "
                                    "Sunday, surprised the staff."),
                       pub },
                   { QStringLiteral("\u201CAfter I decided to join Corvex on Sunday night, my mind was at "
                                    "ease,\u201D Ona Velt said."),
                       pub } }
            << QStringList { QStringLiteral(
                                 "e1 Ines Corda appointment [2025-10-26/2025-10-26 day] politics articles=1,1"),
                   QStringLiteral("e2 Ivo Marr hires Ona Velt [2025-10-27/2025-10-27 day] politics articles=0,2 "
                                  "conflicts=date:0,1") };
    }

    // Prosecutors open cases as companies open plants: the words around the happening tell the field.
    void openingFollowsItsField_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("category");
        QTest::newRow("criminal case") << QStringLiteral(
            "On 3 May 2024, prosecutors opened a criminal case against Ona Velt.")
                                       << QStringLiteral("legal");
        QTest::newRow("plant") << QStringLiteral("On 3 May 2024, the company opened a new plant in Tarsis.")
                               << QStringLiteral("business");
        QTest::newRow("a bridge opened to traffic")
            << QStringLiteral("The Harlow Bridge was opened to traffic in June 1931.") << QStringLiteral("other");
    }

    // The kind's field follows the words around it: a ship striking a pier is an accident, missiles striking a
    // town are war; vehicles crossing a bridge are no diplomacy, a minister crossing a border is.
    void categoryFollowsTheWords_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("category");
        QTest::newRow("a ship struck a pier")
            << QStringLiteral("On 3 May 2024, a freighter struck the Tarsis pier.") << QStringLiteral("disaster");
        QTest::newRow("missiles struck a town")
            << QStringLiteral("On 3 May 2024, missiles fired by the army struck the town of Tarsis.")
            << QStringLiteral("military");
        QTest::newRow("cars crossed a bridge")
            << QStringLiteral("Cars crossed the old bridge on 3 May 2024 for the first time in a year.")
            << QStringLiteral("other");
        QTest::newRow("a minister crossed a border")
            << QStringLiteral("Foreign minister Ona Velt crossed the border into Belmar on 3 May 2024.")
            << QStringLiteral("diplomacy");
        QTest::newRow("a visit to a company is no business")
            << QStringLiteral("On 3 May 2024, Ona Velt visited a drone company in Tarsis.")
            << QStringLiteral("diplomacy");
        QTest::newRow("a chief executive's visit to a base is business")
            << QStringLiteral("On 3 May 2024, the company's chief executive Ona Velt visited an army base in Tarsis.")
            << QStringLiteral("business");
        QTest::newRow("soldiers crossing a border are war")
            << QStringLiteral("On 3 May 2024, Belmar soldiers crossed the border into Tarsis.")
            << QStringLiteral("military");
        QTest::newRow("the owner's word tells the field of a halt")
            << QStringLiteral("On 3 May 2024, the government's budget was scrapped.") << QStringLiteral("politics");
        QTest::newRow("a halted offensive is war")
            << QStringLiteral("On 3 May 2024, Belmar halted its offensive on Tarsis.") << QStringLiteral("military");
        QTest::newRow("a halted advance is war")
            << QStringLiteral("On 3 May 2024, the column called off its advance on Tarsis.")
            << QStringLiteral("military");
        QTest::newRow("a minister's news conference is a statement")
            << QStringLiteral("Minister Ona Velt spoke at a news conference on 3 May 2024.")
            << QStringLiteral("statement");
        QTest::newRow("a minister's speech to parliament is politics")
            << QStringLiteral("On 3 May 2024, Minister Ona Velt told parliament that the budget would pass.")
            << QStringLiteral("politics");
        QTest::newRow("a video released as troops advance is no business")
            << QStringLiteral("On 3 May 2024, the commander released a video as his troops advanced on the base.")
            << QStringLiteral("military");
    }

    void categoryFollowsTheWords()
    {
        QFETCH(QString, text);
        QFETCH(QString, category);
        const QList<Event> events = analyse({ { text, {} } });
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.first().category, category);
    }

    // One telling that names soldiers near a minister's tour makes no soldier's visit of it.
    void visitorsFieldNeedsHalfTheTellings()
    {
        const QList<Event> events = analyse({ { QStringLiteral("Ona Velt toured Tarsis on 3 May 2024."), {} },
            { QStringLiteral("On 3 May 2024 Ona Velt toured Tarsis."), {} },
            { QStringLiteral("Soldiers paraded on 3 May 2024 during the tour of Ona Velt in Tarsis."), {} } });
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.first().category, EventCategory::Diplomacy);
    }

    void openingFollowsItsField()
    {
        QFETCH(QString, text);
        QFETCH(QString, category);
        const QList<Event> events = analyse({ { text, {} } });
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.first().category, category);
    }

    void merge()
    {
        QFETCH(QList<Input>, inputs);
        QFETCH(QStringList, expected);
        QCOMPARE(render(analyse(inputs)), expected);
    }

    // A minister's resignation the day before a premier's, in an outlet that names both and takes the premier for whom
    // it is about: the minister's resignation of that day, not the premier's told a day off.
    void dayApartYieldsToItsOwnDay()
    {
        const auto mention = [](int article, const QString &text, const QString &theme, const QStringList &people,
                                 const QDate &day, double confidence) {
            EventMention m;
            m.article = article;
            m.text = text;
            m.span = { 0, int(text.size()) };
            m.trigger = QStringLiteral("resigned");
            m.theme = theme;
            m.participants = people;
            m.timex.span = { 0, 2 };
            m.timex.start = m.timex.end = day;
            m.timex.precision = DatePrecision::Day;
            m.timex.confidence = confidence;
            m.timex.value = day.toString(Qt::ISODate);
            return m;
        };
        const QString quist = QStringLiteral("Ada Quist");
        const QString vell = QStringLiteral("Lior Vell");
        const QList<Event> events = EventMerger::merge({
            mention(0, QStringLiteral("Premier Ada Quist resigned"), quist, { quist }, QDate(2025, 10, 16), 0.9),
            mention(1, QStringLiteral("Minister Lior Vell resigned from the cabinet of Premier Ada Quist"), quist,
                { vell, quist }, QDate(2025, 10, 15), 0.8),
            mention(2, QStringLiteral("Minister Lior Vell resigned"), vell, { vell }, QDate(2025, 10, 15), 0.8),
        });
        QCOMPARE(events.size(), 2);
        QCOMPARE(events.at(0).start, QDate(2025, 10, 15));
        QCOMPARE(events.at(0).mentions.size(), 2);
        QCOMPARE(events.at(0).mentions.at(0).article, 1);
        QCOMPARE(events.at(1).mentions.size(), 1);
    }

    // "the Corvex CEO resigned" is Lena Park's resignation where the corpus names her "Corvex CEO Lena Park", even in
    // another event; a title the corpus gives two people names neither.
    void aTitleAloneIsTheOnePersonWithIt()
    {
        const auto mention = [](int article, const QString &theme, const QDate &day) {
            EventMention m;
            m.article = article;
            m.text = theme + QStringLiteral(" resigned");
            m.span = { 0, int(m.text.size()) };
            m.trigger = QStringLiteral("resigned");
            m.theme = theme;
            m.participants = { theme };
            m.timex.span = { 0, 2 };
            m.timex.start = m.timex.end = day;
            m.timex.precision = DatePrecision::Day;
            m.timex.confidence = 0.9;
            m.timex.value = day.toString(Qt::ISODate);
            return m;
        };
        const QDate early(2025, 9, 1);
        const QDate day(2025, 10, 15);
        const QList<EventMention> named {
            mention(0, QStringLiteral("Corvex CEO Lena Park"), early),
            mention(1, QStringLiteral("Lena Park"), day),
            mention(2, QStringLiteral("Corvex CEO"), day),
        };
        QList<Event> events = EventMerger::merge(named);
        QCOMPARE(events.size(), 2);
        QCOMPARE(events.at(1).mentions.size(), 2);
        QList<EventMention> twoHoldIt = named;
        twoHoldIt.append(mention(3, QStringLiteral("Corvex CEO Ivo Marr"), early));
        events = EventMerger::merge(twoHoldIt);
        QCOMPARE(events.size(), 4);
    }

    void idsFollowStartDates()
    {
        const QList<Event> events = analyse({ { QStringLiteral("They met in Belmar in February 2019."), {} },
            { QStringLiteral("They met in Tarsis on 12 June 2018."), {} } });
        QCOMPARE(events.size(), 2);
        QCOMPARE(events.at(0).id, QStringLiteral("e1"));
        QVERIFY(events.at(0).start < events.at(1).start);
        QCOMPARE(events.at(1).place, QStringLiteral("Belmar"));
    }

    // Mentions kept in one list an article merge as the lists joined would: the merger reads them in place.
    void mergeByArticleIsMergeOfTheJoinedList()
    {
        const QStringList texts { QStringLiteral("Erik Halvorsen met Sani Oduya Bello in Belmar on 3 February 2019. "
                                                 "The two signed a pact there."),
            QStringLiteral("Halvorsen and Oduya met in Belmar on 3 February 2019."),
            QStringLiteral(
                "A bridge collapsed in Tarsis on 12 June 2018. Divers searched the river on 13 June 2018.") };
        Corpus corpus;
        QList<QList<EventMention>> byArticle;
        QList<EventMention> joined;
        for (int i = 0; i < texts.size(); ++i) {
            corpus.articles.append(TestSupport::makeArticle(texts.at(i), {}, QStringLiteral("a%1").arg(i)));
            byArticle.append(EventExtractor::extract(corpus.articles.constLast(), i));
            joined.append(byArticle.constLast());
        }
        const QStringList expected = render(EventMerger::merge(joined));
        QVERIFY(expected.size() >= 2);
        QCOMPARE(render(EventMerger::merge(byArticle)), expected);
    }

    void participantsMergeNameForms()
    {
        const QList<Event> events
            = analyse({ { QStringLiteral("Erik Halvorsen met Sani Oduya Bello in Belmar in February 2019."), {} },
                { QStringLiteral("Halvorsen and Oduya met in Belmar in February 2019."), {} } });
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.first().participants,
            (QStringList { QStringLiteral("Erik Halvorsen"), QStringLiteral("Sani Oduya Bello") }));
    }
};

QTEST_GUILESS_MAIN(TestEventMerger)
#include "tst_eventmerger.moc"
