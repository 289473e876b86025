// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "events/eventextractor.h"

#include "testsupport.h"

#include <QStandardPaths>
#include <QTest>

namespace
{
// "trigger | timex => value | place | participants | claim", one line per mention.
QStringList render(const QList<EventMention> &mentions)
{
    QStringList lines;
    for (const EventMention &m : mentions) {
        lines.append(
            QStringLiteral("%1 | %2 => %3 | %4 | %5 | %6")
                .arg(m.trigger, m.timex.text, m.timex.value, m.place, m.participants.join(QLatin1Char(';')), m.claim));
    }
    return lines;
}

// The texts of the mentions in an article of `text` published on 27 October 2025.
QStringList mentionTextsOf(const QString &text)
{
    QStringList texts;
    for (const EventMention &m : EventExtractor::extract(TestSupport::makeArticle(text, QDate(2025, 10, 27)), 0))
        texts.append(m.text);
    return texts;
}

// An article of `paragraphs` published on 27 October 2025, its first a title and paragraph `heading` a subhead.
Article withSubhead(const QStringList &paragraphs, int heading)
{
    Article article = TestSupport::makeArticle(paragraphs.join(QStringLiteral("\n\n")), QDate(2025, 10, 27), {}, true);
    article.headings.append(article.paragraphs.at(heading));
    return article;
}
}

class TestEventExtractor : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void mentions_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDate>("published");
        QTest::addColumn<QStringList>("expected");
        const QDate oct27(2025, 10, 27);
        QTest::newRow("fronted date, anaphoric year")
            << QStringLiteral(
                   "Relations peaked in 2018. Indeed, on June 12 of that year, Halvorsen and Oduya met in Tarsis.")
            << QDate()
            // the year's sentence is a mention too, told as the one that refers back to it
            << QStringList { QStringLiteral("met | June 12 of that year => 2018-06-12 | Tarsis | Halvorsen;Oduya | "),
                   QStringLiteral("met | June 12 of that year => 2018-06-12 | Tarsis | Halvorsen;Oduya | ") };
        QTest::newRow("quoted time inside the clause")
            << QStringLiteral("Orrin had called a party ballot \"to close by next Friday\", Velt noted in Tarsis.")
            << oct27 << QStringList { QStringLiteral("ballot | next Friday => 2025-11-07 |  | Orrin | ") };
        QTest::newRow("place with country, and a sentence referring back")
            << QStringLiteral("A follow-up summit was held in Belmar, Keldoria, in February 2019. The meeting broke up "
                              "without an agreement.")
            << QDate()
            << QStringList { QStringLiteral("summit | February 2019 => 2019-02 | Belmar, Keldoria |  | "),
                   QStringLiteral("meeting | February 2019 => 2019-02 | Belmar, Keldoria |  | ") };
        QTest::newRow("date in its own clause, descriptive place, claim")
            << QStringLiteral(
                   "In October 2025, just hours before Halvorsen's arrival in South Valdoria, North Valdoria "
                   "test-fired several cruise missiles off its northern coast.")
            << QDate()
            << QStringList { QStringLiteral("test-fired | October 2025 => 2025-10 | off the northern coast | "
                                            "North Valdoria | several cruise missiles"),
                   QStringLiteral("arrival | October 2025 => 2025-10 | South Valdoria | Halvorsen | ") };
        QTest::newRow("two happenings, two times")
            << QStringLiteral(
                   "Marlow, who took office in June after Tavo Renn Sel was ousted for declaring martial law "
                   "in November 2023, hoped for talks.")
            << oct27
            << QStringList { QStringLiteral("took office | June => 2025-06 |  | Marlow | "),
                   QStringLiteral("declaring martial law, ousted | November 2023 => 2023-11 |  | Tavo Renn Sel | ") };
        QTest::newRow("place and year list")
            << QStringLiteral("Past Halvorsen–Oduya summits (Tarsis 2018, Belmar 2019, and DMZ 2019) brought no "
                              "breakthroughs.")
            << QDate()
            << QStringList { QStringLiteral("summits | 2018 => 2018 | Tarsis | Halvorsen;Oduya | "),
                   QStringLiteral("summits | 2019 => 2019 | Belmar | Halvorsen;Oduya | "),
                   QStringLiteral("summits | 2019 => 2019 | DMZ | Halvorsen;Oduya | ") };
        QTest::newRow("speech to a legislature")
            << QStringLiteral("Last month, Oduya told North Valdoria's legislature there was no reason to talk.")
            << oct27
            << QStringList { QStringLiteral(
                   "told North Valdoria's legislature | Last month => 2025-09 |  | Oduya;North Valdoria | ") };
        QTest::newRow("recent test with a claim")
            << QStringLiteral("North Valdoria recently conducted tests of two hypersonic missiles.") << oct27
            << QStringList { QStringLiteral(
                   "tests | recently => PAST_REF |  | North Valdoria | two hypersonic missiles") };
        QTest::newRow("the article's present")
            << QStringLiteral("During his current Asia tour, Halvorsen spoke to reporters.") << oct27
            << QStringList { QStringLiteral("spoke |  => NEWS_REF |  | Halvorsen | "),
                   QStringLiteral("tour | current => PRESENT_REF | Asia | Halvorsen | ") };
        QTest::newRow("date given the sentence before")
            << QStringLiteral("Then, on June 30, 2019, Halvorsen made a gesture. During a visit to the DMZ, he crossed "
                              "into North Valdoria.")
            << QDate()
            << QStringList { QStringLiteral("visit, crossed | June 30, 2019 => 2019-06-30 | DMZ | Halvorsen | "),
                   QStringLiteral("visit, crossed | June 30, 2019 => 2019-06-30 | DMZ | Halvorsen | ") };
        QTest::newRow("war in parentheses")
            << QStringLiteral("The Valdorian War (1950–53) ended in an armistice.") << QDate()
            << QStringList { QStringLiteral("armistice | 1950–53 => 1950/1953 |  |  | ") };
        QTest::newRow("wished for") << QStringLiteral("Halvorsen said he would be willing to meet Oduya in 2026.")
                                    << oct27 << QStringList();
        QTest::newRow("a willingness to meet is wished for")
            << QStringLiteral("Halvorsen signalled a willingness to meet Oduya.") << oct27
            << QStringList { QStringLiteral("signalled |  => NEWS_REF |  | Halvorsen;Oduya | ") };
        QTest::newRow("denied") << QStringLiteral("No meeting was held in 2024.") << oct27 << QStringList();
        QTest::newRow("hoped for") << QStringLiteral("He hopes for a summit in March 2026.") << oct27 << QStringList();
        QTest::newRow("unlikely") << QStringLiteral("An aide recently said a summit is unlikely.") << oct27
                                  << QStringList();
        QTest::newRow("saying verb needs a firm time")
            << QStringLiteral("Last month, Oduya mentioned the talks.") << oct27
            << QStringList { QStringLiteral("mentioned | Last month => 2025-09 |  | Oduya | ") };
        // Without a time a mention only names the happening: the merger joins it to the dated one, or drops it.
        QTest::newRow("no time: a naming mention")
            << QStringLiteral("Halvorsen and Oduya met in Tarsis.") << oct27
            << QStringList { QStringLiteral("met |  => UNDATED | Tarsis | Halvorsen;Oduya | ") };
        QTest::newRow("an indefinite noun names no known happening")
            << QStringLiteral("Aides discussed a meeting in Tarsis.") << oct27 << QStringList();
        QTest::newRow("an indefinite noun a verb carries out names one")
            << QStringLiteral("Marr delivered an address to the nation.") << oct27
            << QStringList { QStringLiteral("address |  => UNDATED |  | Marr | ") };
        QTest::newRow("a definite noun names one")
            << QStringLiteral("Maria Ames's resignation shocked the council.") << oct27
            << QStringList { QStringLiteral("resignation |  => UNDATED |  | Maria Ames | ") };
        // "the incident" names the accident an article dates elsewhere
        QTest::newRow("an incident is a happening")
            << QStringLiteral("Crews worked to clear the wreck after the incident, which occurred early on Monday.")
            << oct27 << QStringList { QStringLiteral("incident | Monday => 2025-10-27 |  |  | ") };
        QTest::newRow("a relative clause of another doing dates not its noun")
            << QStringLiteral("Crews cleared the wreck after the collapse, which engineers studied on Monday.") << oct27
            << QStringList { QStringLiteral("collapse |  => UNDATED |  |  | ") };
        QTest::newRow("a family name shaped like a nationality")
            << QStringLiteral("Piet Harkman resigned in protest.") << oct27
            << QStringList { QStringLiteral("resigned |  => UNDATED |  | Piet Harkman | ") };
        QTest::newRow("the firm a person heads is no participant")
            << QStringLiteral("The Velt Motors boss quit the group in 2018.") << oct27
            << QStringList { QStringLiteral("quit | 2018 => 2018 |  |  | ") };
        QTest::newRow("the office of a country is no participant")
            << QStringLiteral("The RV President quit the group in 2018.") << oct27
            << QStringList { QStringLiteral("quit | 2018 => 2018 |  |  | ") };
        QTest::newRow("a happening pointed back to is not the nearest owner's")
            << QStringLiteral("As President Lena Ames travels through Tarsis, aides wait.\n\nOrvel's muted "
                              "response suggests a deal is doubtful, at least on this journey.")
            << oct27
            << QStringList { QStringLiteral("travels |  => UNDATED | Tarsis | Lena Ames | "),
                   QStringLiteral("journey |  => UNDATED |  |  | ") };
        QTest::newRow("the office of a people is no participant")
            << QStringLiteral("As the Tarsian Prime Minister toured Orvel in 2018, aides left.") << oct27
            << QStringList { QStringLiteral("toured | 2018 => 2018 | Orvel |  | ") };
        // A saying that reacts to a happening is a happening of its own; the one reacted to is only named.
        QTest::newRow("reaction: the time dates the saying")
            << QStringLiteral("Governor Lina Ames on Thursday reiterated her support for the council in response to "
                              "Mayor Piet Dunmore's resignation.")
            << oct27
            << QStringList { QStringLiteral("resignation |  => UNDATED |  | Piet Dunmore;Lina Ames | "),
                   QStringLiteral("reiterated | Thursday => 2025-10-23 |  | Lina Ames;Piet Dunmore | ") };
        QTest::newRow("reaction: a time next to the noun dates it")
            << QStringLiteral("Councillors gathered in the wake of Mayor Piet Dunmore's resignation on Thursday.")
            << oct27 << QStringList { QStringLiteral("resignation | Thursday => 2025-10-23 |  | Piet Dunmore | ") };
        // A time next to a saying verb dates the saying; a happening noun in what was said is only described.
        QTest::newRow("said: a noun in what was said takes no time")
            << QStringLiteral("President Ilse Marr on Saturday said an armed mutiny by the guards was a betrayal.")
            << oct27 << QStringList { QStringLiteral("said | Saturday => 2025-10-25 |  | Ilse Marr | ") };
        QTest::newRow("vowed to: a noun in the promise takes no time")
            << QStringLiteral("President Ilse Marr on Saturday vowed to crush an armed revolt by the guards.") << oct27
            << QStringList { QStringLiteral("vowed | Saturday => 2025-10-25 |  | Ilse Marr | ") };
        QTest::newRow("said: a noun with a time of its own keeps it")
            << QStringLiteral("Ilse Marr said on Monday that Sunday's collapse was avoidable.") << oct27
            << QStringList { QStringLiteral("said | Monday => 2025-10-27 |  | Ilse Marr | "),
                   QStringLiteral("collapse | Sunday => 2025-10-26 |  | Ilse Marr | ") };
        QTest::newRow("a speech with no name of its own is the subject's, past a dateline")
            << QStringLiteral("TARSIS, Oct. 25 (Agency) - President Ilse Marr warned the guards, led by Jon Vask, "
                              "that they would be punished, in a televised address on Saturday.")
            << oct27 << QStringList { QStringLiteral("address | Saturday => 2025-10-25 |  | Ilse Marr | ") };
        QTest::newRow("said: the noun is what was said's subject, past its own short phrase")
            << QStringLiteral("Dana Holt said the election for a new leader should be held by October 28.") << oct27
            << QStringList { QStringLiteral("election | October 28 => 2025-10-28 |  | Dana Holt | ") };
        QTest::newRow("a participle opening the sentence is no part of the name")
            << QStringLiteral("Beleaguered Prime Minister Dana Holt resigned on Friday.") << oct27
            << QStringList { QStringLiteral("resigned | Friday => 2025-10-24 |  | Dana Holt | ") };
        QTest::newRow("a saying in a post is its subject's")
            << QStringLiteral("Mara Aldane confirmed in a post on Monday that she would stay.") << oct27
            << QStringList { QStringLiteral("post, confirmed | Monday => 2025-10-27 |  | Mara Aldane | ") };
        // A saying the text does not date is its article's news, of the publication's week.
        QTest::newRow("an undated saying is the article's news")
            << QStringLiteral("Piet Lindqvist said the plant would close.") << oct27
            << QStringList { QStringLiteral("said |  => NEWS_REF |  | Piet Lindqvist | ") };
        // "at the time" puts the saying with what was told before, which the sentence does not date
        QTest::newRow("a saying at the time of what was told before is no news")
            << QStringLiteral("In a statement at the time, Piet Lindqvist said the plant would close.") << oct27
            << QStringList();
        // a deed in a relative clause on a common noun only says which people are meant
        QTest::newRow("the guards who ousted him tell no ouster")
            << QStringLiteral("Jon Vask resigned on Friday. Days earlier, Vask's exit drew a plea from one of the "
                              "guards who ousted him.")
            << oct27
            << QStringList { QStringLiteral("resigned | Friday => 2025-10-24 |  | Jon Vask | "),
                   QStringLiteral("exit |  => UNDATED |  | Vask | ") };
        QTest::newRow("a saying inside a quotation, a future one and a description are no news")
            << QStringLiteral("\"I told them so,\" Vask wrote on Friday. Lindqvist will say more. Ames, who speaks "
                              "for the council, smiled.")
            << oct27 << QStringList { QStringLiteral("wrote | Friday => 2025-10-24 |  | Vask | ") };
        QTest::newRow("a saying after a quotation begun in the sentence before")
            << QStringLiteral("\"We will rebuild the pier. It will take years,\" Ines Corda said.") << oct27
            << QStringList { QStringLiteral("said |  => NEWS_REF |  | Ines Corda | ") };
        QTest::newRow("a saying a few words before its date")
            << QStringLiteral("Ines Corda posted on the social media site Fotor on Monday.") << oct27
            << QStringList { QStringLiteral("posted | Monday => 2025-10-27 |  | Ines Corda;Fotor | ") };
        QTest::newRow("wrote that: a noun in what was written takes no time")
            << QStringLiteral("Jon Vask wrote on Fotor on Monday that he was sorry for his role in the dismissal.")
            << oct27
            << QStringList { QStringLiteral("dismissal |  => UNDATED |  | Jon Vask | "),
                   QStringLiteral("wrote | Monday => 2025-10-27 |  | Jon Vask;Fotor | ") };
        QTest::newRow("wrote that: past a parenthesis")
            << QStringLiteral("Jon Vask wrote on Fotor (once Pixa) on Monday that he was sorry for the dismissal.")
            << oct27
            << QStringList { QStringLiteral("dismissal |  => UNDATED |  | Jon Vask | "),
                   QStringLiteral("wrote | Monday => 2025-10-27 |  | Jon Vask;Fotor;Pixa | ") };
        QTest::newRow("a saying with a time no stronger trigger takes")
            << QStringLiteral("Two mayors voiced hope on Friday that the port would reopen after Ames resigned.")
            << oct27
            << QStringList { QStringLiteral("resigned |  => UNDATED |  | Ames | "),
                   QStringLiteral("voiced | Friday => 2025-10-24 |  |  | ") };
        QTest::newRow("a saying in an update")
            << QStringLiteral("The crew radioed for help, officials said in an update late on Saturday.") << oct27
            << QStringList { QStringLiteral("update | Saturday => 2025-10-25 |  |  | ") };
        QTest::newRow("a date inside a quotation dates nothing after it")
            << QStringLiteral("\"We should have done this on June 3, 2024. We did not want a war,\" Vask said as his "
                              "guards withdrew from Tarsis.")
            << oct27
            << QStringList { QStringLiteral("said |  => NEWS_REF |  | Vask;Tarsis | "),
                   QStringLiteral("withdrew |  => UNDATED |  | Vask;Tarsis | ") };
        QTest::newRow("a participle after a saying's noun is no happening of its own")
            << QStringLiteral("Vask spoke in an audio message released on Telegram on Saturday.") << oct27
            << QStringList();
        QTest::newRow("a speaker's now dates nothing")
            << QStringLiteral("\u201cOur divers now turn from a rescue to a recovery,\u201d Ames said.") << oct27
            << QStringList { QStringLiteral("said |  => NEWS_REF |  | Ames | ") };
        QTest::newRow("a year in parentheses dates no saying") << QStringLiteral(
            "Spokesman Dan Vell said President Lina Ames | News Desk President Lina Ames / Spokesman "
            "Dan Vell (2019)") << oct27 << QStringList();
        QTest::newRow("a relative clause's subject is the name it follows")
            << QStringLiteral("Tarland, which exited the trade bloc in 2020, struggled.") << oct27
            << QStringList { QStringLiteral("exited | 2020 => 2020 |  | Tarland | ") };
        QTest::newRow("just before: a year a paragraph before is another story")
            << QStringLiteral("Tarland has had a rough decade, and it left the trade bloc in 2020 amid protests.\n\n"
                              "However, speaking to reporters just before a summit as news of Ames's exit broke, "
                              "leaders expressed sympathy.")
            << oct27 << QStringList { QStringLiteral("exit |  => UNDATED |  | Ames | ") };
        QTest::newRow("two nouns, each with a time after it")
            << QStringLiteral("The resignation follows the sacking of treasurer Piet Lund last Friday and the "
                              "cancellation of the port levy on Monday.")
            << oct27
            << QStringList { QStringLiteral("sacking, resignation | last Friday => 2025-10-24 |  | Piet Lund | "),
                   QStringLiteral("cancellation | Monday => 2025-10-27 |  | Piet Lund | ") };
        QTest::newRow("a participle clause after a noun dates it")
            << QStringLiteral("The appointments, settled late on Saturday, ended a long search.") << oct27
            << QStringList { QStringLiteral("appointments | Saturday => 2025-10-25 |  |  | ") };
        QTest::newRow("the capturing of a city")
            << QStringLiteral("Last month the rebels completed the capturing of the port of Belmar.") << oct27
            << QStringList { QStringLiteral("capturing | Last month => 2025-09 |  | Belmar | ") };
        QTest::newRow("a time another noun owns is not a later noun's")
            << QStringLiteral("A tanker blamed for the collapse of the Harlow Bridge early on Saturday had an "
                              "accident in the port of Belmar, Keldoria, in 2016.")
            << oct27
            << QStringList { QStringLiteral("collapse | Saturday => 2025-10-25 |  | Harlow Bridge | "),
                   QStringLiteral("accident | 2016 => 2016 | Belmar, Keldoria | Harlow Bridge | ") };
        QTest::newRow("a time after since dates no happening before it")
            << QStringLiteral("Piet Lund said the plant he built since opening a shop in Tarsis eight years ago would "
                              "stay.")
            << oct27
            << QStringList { QStringLiteral("built |  => UNDATED | Tarsis | Piet Lund | "),
                   QStringLiteral("opening | eight years ago => 2017 | Tarsis | Piet Lund | ") };
        QTest::newRow("an address after two adjectives")
            << QStringLiteral("In an emergency televised address on Saturday, Ivo Marr called for calm.") << oct27
            << QStringList { QStringLiteral("address | Saturday => 2025-10-25 |  | Ivo Marr | ") };
        QTest::newRow("a march on a city is an uprising")
            << QStringLiteral("Ivo Marr said the march on Kestra over the weekend had shown the army's weakness.")
            << oct27
            << QStringList { QStringLiteral("march | the weekend => 2025-10-25/2025-10-26 |  | Ivo Marr;Kestra | ") };
        QTest::newRow("a month opening a sentence is no march")
            << QStringLiteral("March 2024, the rebels said, was the start of their revolt in Kestra.") << oct27
            << QStringList { QStringLiteral("revolt | March 2024 => 2024-03 | Kestra |  | ") };
        QTest::newRow("recovering bodies is a rescue")
            << QStringLiteral("Divers recovered two bodies on Saturday.") << oct27
            << QStringList { QStringLiteral("recovered | Saturday => 2025-10-25 |  |  | ") };
        QTest::newRow("recovering a recorder is none")
            << QStringLiteral("The safety board said Saturday it boarded the tanker and recovered its data recorder.")
            << oct27 << QStringList { QStringLiteral("said | Saturday => 2025-10-25 |  |  | ") };
        QTest::newRow("a sayer named by a common noun borrows no name")
            << QStringLiteral("The crew of the Vela radioed for help, officials said in an update on Saturday.")
            << oct27 << QStringList { QStringLiteral("update, said | Saturday => 2025-10-25 |  |  | ") };
        QTest::newRow("he: the saying is of the name the sentence before opened with")
            << QStringLiteral("Piet Lindqvist looked tired. Speaking outside the plant, he told reporters the line "
                              "would stop.")
            << oct27 << QStringList { QStringLiteral("told reporters |  => NEWS_REF |  | Piet Lindqvist | ") };
        // Asking is a saying reported without its words: the article's news, of the asker named before the verb.
        QTest::newRow("asking to meet is the asker's news")
            << QStringLiteral("Kell Orvin asked to meet Dara Velt in Tarsis.") << oct27
            << QStringList { QStringLiteral("asked |  => NEWS_REF |  | Kell Orvin;Dara Velt | ") };
        QTest::newRow("a request after another's answer is the asker's")
            << QStringLiteral("Dara Velt gave a curt answer after Kell Orvin requested talks.") << oct27
            << QStringList { QStringLiteral("requested |  => NEWS_REF |  | Kell Orvin | ") };
        QTest::newRow("asking is never a dated trigger")
            << QStringLiteral("Kell Orvin on Monday requested a meeting.") << oct27 << QStringList();
        QTest::newRow("one who was asked is no asker")
            << QStringLiteral("Kell Orvin was asked to resign.") << oct27 << QStringList();
        QTest::newRow("a vague present in another clause leaves a saying the article's news")
            << QStringLiteral("During his current tour of Tarsis, Kell Orvin signalled a willingness to talk.") << oct27
            << QStringList { QStringLiteral("signalled |  => NEWS_REF |  | Kell Orvin | "),
                   QStringLiteral("tour | current => PRESENT_REF | Tarsis | Kell Orvin | ") };
        QTest::newRow("a vague time of the saying's own clause makes it no news")
            << QStringLiteral("Kell Orvin recently said the plant would close.") << oct27 << QStringList();
        QTest::newRow("he: the speaker of the saying the sentence before reported")
            << QStringLiteral("During his current tour of Tarsis, Kell Orvin signalled a willingness to talk. "
                              "Speaking aboard his plane, he told reporters he would wait.")
            << oct27
            << QStringList { QStringLiteral("signalled |  => NEWS_REF |  | Kell Orvin | "),
                   QStringLiteral("tour | current => PRESENT_REF | Tarsis | Kell Orvin | "),
                   QStringLiteral("told reporters |  => NEWS_REF |  | Kell Orvin | ") };
        QTest::newRow("a place after a happening the saying tells of is that happening's")
            << QStringLiteral("Kell Orvin spoke candidly on the first leg of his tour in Tarsis.") << oct27
            << QStringList { QStringLiteral("spoke |  => NEWS_REF |  | Kell Orvin | "),
                   QStringLiteral("tour |  => UNDATED | Tarsis | Kell Orvin | ") };
        QTest::newRow("following: the happening reacted to is a clause of its own")
            << QStringLiteral("Lina Ames asked for calm following Mayor Piet Dunmore resigning on Thursday.") << oct27
            << QStringList { QStringLiteral("resigning | Thursday => 2025-10-23 |  | Piet Dunmore | ") };
        QTest::newRow("a saying named by its owner beside a stronger happening")
            << QStringLiteral("After Halvorsen's recent overture, Oduya resigned.") << oct27
            << QStringList { QStringLiteral("overture |  => UNDATED |  | Halvorsen | "),
                   QStringLiteral("resigned |  => UNDATED |  | Oduya | ") };
        QTest::newRow("an owner's saying stays named though the reply to it is denied")
            << QStringLiteral("Tarsis has so far not responded to Halvorsen's outreach.") << oct27
            << QStringList { QStringLiteral("outreach |  => UNDATED |  | Halvorsen | ") };
        QTest::newRow("a denied verb still denies its indefinite object")
            << QStringLiteral("Tarsis did not hold a summit.") << oct27 << QStringList();
        QTest::newRow("a weak verb other than a saying has its object before its time")
            << QStringLiteral("Lina Ames praised the crew after a barge hit the pier on Saturday.") << oct27
            << QStringList { QStringLiteral("hit | Saturday => 2025-10-25 |  | Lina Ames | ") };
        QTest::newRow("an owner's happening the news leans on, with no date, is named")
            << QStringLiteral("Hours after Mara Quell's ouster from the firm, Piet Dunmore resigned in protest.")
            << oct27
            << QStringList { QStringLiteral("resigned |  => UNDATED |  | Piet Dunmore | "),
                   QStringLiteral("ouster |  => UNDATED |  | Mara Quell | ") };
        QTest::newRow("a happening the news leans on told by a verb is not its noun's")
            << QStringLiteral("Just hours before the charges against Quell were dropped, Ames resigned.") << oct27
            << QStringList { QStringLiteral("resigned |  => UNDATED |  | Ames | ") };
        QTest::newRow("what a speaker did in a speech names the speech")
            << QStringLiteral(
                   "Just hours before the charges against Marr were dropped, Premier Quist had threatened in an "
                   "address to Varnians to punish the rebels.")
            << oct27 << QStringList { QStringLiteral("address |  => UNDATED |  | Quist | ") };
        QTest::newRow("the time the news leans on parts two undated happenings")
            << QStringLiteral(
                   "Quell's resignation came hours after Ames announced that Dunmore would be joining the firm.")
            << oct27
            << QStringList { QStringLiteral("resignation |  => UNDATED |  | Quell | "),
                   QStringLiteral("joining |  => UNDATED |  | Dunmore;Ames | ") };
        QTest::newRow("a negation does not reach past \"as\" and a subject")
            << QStringLiteral("No reply came as Halvorsen signalled a willingness to talk.") << oct27
            << QStringList { QStringLiteral("signalled |  => NEWS_REF |  | Halvorsen | ") };
        QTest::newRow("signalled is a saying")
            << QStringLiteral("Halvorsen signalled a willingness to talk.") << oct27
            << QStringList { QStringLiteral("signalled |  => NEWS_REF |  | Halvorsen | ") };
        QTest::newRow("an adjective or a quantity opening a sentence is no name")
            << QStringLiteral("Fast action by the crews saved lives before the pier collapsed on Saturday. Much of the "
                              "pier collapsed on Saturday.")
            << oct27
            << QStringList { QStringLiteral("collapsed | Saturday => 2025-10-25 |  |  | "),
                   QStringLiteral("collapsed | Saturday => 2025-10-25 |  |  | ") };
        QTest::newRow("a relative clause does not take the date of the sentence before")
            << QStringLiteral("Lena Park was reinstated as chief executive on Wednesday. She also reinstated Omar "
                              "Haddad, who resigned after her dismissal.")
            << oct27
            << QStringList { QStringLiteral("reinstated | Wednesday => 2025-10-22 |  | Lena Park | "),
                   QStringLiteral("resigned |  => UNDATED |  | Omar Haddad | "),
                   QStringLiteral("dismissal |  => UNDATED |  | Omar Haddad | "),
                   QStringLiteral("reinstated | Wednesday => 2025-10-22 |  | Lena Park | ") };
        QTest::newRow("a participle describing a noun is no happening")
            << QStringLiteral("On 3 May 2024 the minister praised the legally elected government.") << oct27
            << QStringList();
        QTest::newRow("a halt, not the activity it halts")
            << QStringLiteral("Rescue efforts at the mine were called off on Monday.") << oct27
            << QStringList { QStringLiteral("called off | Monday => 2025-10-27 |  |  | ") };
        QTest::newRow("a capitalised contraction is no name")
            << QStringLiteral("Lena Park wrote that in 2019 I'm sure we built the plant.") << oct27
            << QStringList { QStringLiteral("built | 2019 => 2019 |  | Lena Park | ") };
        QTest::newRow("had taken control: a capture told in the perfect")
            << QStringLiteral("On Friday, Ivo Marr said his guards had taken control of the port of Belmar.") << oct27
            << QStringList { QStringLiteral("taken control | Friday => 2025-10-24 |  | Ivo Marr;Belmar | ") };
        QTest::newRow("seized facilities: a military capture")
            << QStringLiteral("Rebels seized several military facilities in Tarsis on Friday.") << oct27
            << QStringList { QStringLiteral("seized | Friday => 2025-10-24 | Tarsis |  | ") };
        QTest::newRow("a place a site noun introduces")
            << QStringLiteral("Rebels seized the port in the northern Keldorian city of Tarsis on Friday.") << oct27
            << QStringList { QStringLiteral("seized | Friday => 2025-10-24 | Tarsis |  | ") };
        QTest::newRow("entered the city of: the city is the place")
            << QStringLiteral("Rebels entered the southern Keldorian city of Tarsis on Friday.") << oct27
            << QStringList { QStringLiteral("entered | Friday => 2025-10-24 | Tarsis |  | ") };
        // A report told before its dated attribution is the happening's mention, of the attribution's time.
        QTest::newRow("attributed after: the happening takes the saying's time")
            << QStringLiteral("Lena Park has agreed to return as chief executive of Velt Motors, the company "
                              "announced late on Friday.")
            << oct27
            << QStringList { QStringLiteral("return, agreed | Friday => 2025-10-24 |  | Lena Park;Velt Motors | ") };
        QTest::newRow("attributed after: only the main clause, a subordinate one keeps its own past")
            << QStringLiteral("Lena Park has returned to Velt Motors as chief after shareholders removed her, the firm "
                              "said on Friday.")
            << oct27
            << QStringList { QStringLiteral("removed |  => UNDATED |  | Lena Park | "),
                   QStringLiteral("returned | Friday => 2025-10-24 |  | Lena Park | ") };
        QTest::newRow("attributed after: what is to come is no happening of the saying's day")
            << QStringLiteral("Lena Park will return to Velt Motors as chief, it was announced on Friday.") << oct27
            << QStringList { QStringLiteral("return |  => UNDATED |  | Lena Park | "),
                   QStringLiteral("announced | Friday => 2025-10-24 |  | Lena Park | ") };
        QTest::newRow("attributed after: a quotation is the speaker's")
            << QStringLiteral("\"The plant collapsed,\" Lena Park said on Friday.") << oct27
            << QStringList { QStringLiteral("said | Friday => 2025-10-24 |  | Lena Park | ") };
        QTest::newRow("name of a war is no trigger")
            << QStringLiteral("In 2019 he honoured troops from the Valdorian War.") << oct27 << QStringList();
        // A capitalised happening word is part of a name, but a date set off after the name dates it.
        QTest::newRow("a named happening with a date set off after it")
            << QStringLiteral("Lena Park sits on a panel during the Tarsis Trade Summit, Nov. 16, 2025, in Belmar.")
            << oct27 << QStringList { QStringLiteral("Summit | Nov. 16, 2025 => 2025-11-16 |  | Lena Park | ") };
        // A dateline dates the report: what the lead tells done may take it, a happening it only names may be older.
        QTest::newRow("dateline: a named happening takes no time from it")
            << QStringLiteral("TARSIS, Oct. 27 (Agency) - President Ilse Marr has spoken of betrayal after the "
                              "uprising by the guards.")
            << oct27 << QStringList { QStringLiteral("uprising |  => UNDATED |  | Ilse Marr | ") };
        QTest::newRow("dateline: a verb of the lead takes its time")
            << QStringLiteral("TARSIS, Oct. 27 (Agency) - Divers found two bodies as the search was called off.")
            << oct27
            << QStringList { QStringLiteral("search |  => UNDATED |  | Divers | "),
                   QStringLiteral("found, called off | Oct. 27 => 2025-10-27 |  | Agency;Divers | ") };
        // A list item under a date heading has that date for a time of its own, a saying as well.
        QTest::newRow("date heading: a saying, its subject set off before it")
            << QStringLiteral("October 23\n\n- The deputy mayor, Jon Vask, urges the Tarsis guards to lay "
                              "down their arms.")
            << oct27 << QStringList { QStringLiteral("urges | October 23 => 2025-10-23 |  | Jon Vask;Tarsis | ") };
        QTest::newRow("date heading: a saying and its medium")
            << QStringLiteral("October 23\n\n- In a series of recordings posted on Fotor, Piet Lund says the council "
                              "must go.")
            << oct27
            << QStringList { QStringLiteral("says, posted | October 23 => 2025-10-23 |  | Piet Lund;Fotor | ") };
        QTest::newRow("replied by saying: a noun in what was said takes no time")
            << QStringLiteral("Piet Lund replied to Ilse Marr's criticism on Saturday by saying that she misjudged the "
                              "uprising.")
            << oct27
            << QStringList { QStringLiteral("uprising |  => UNDATED |  | Piet Lund | "),
                   QStringLiteral("replied | Saturday => 2025-10-25 |  | Piet Lund | ") };
        // "Ames speaks, Oct. 3, 2025": a caption's saying is no other occasion that would take the speaker's news.
        QTest::newRow("a dated caption in the present leaves the speaker's news")
            << QStringLiteral("Ilse Marr speaks, Oct. 3, 2025, in Tarsis.\n\nIlse Marr welcomed the agreement.")
            << oct27
            << QStringList { QStringLiteral("speaks | Oct. 3, 2025 => 2025-10-03 |  | Ilse Marr | "),
                   QStringLiteral("welcomed |  => NEWS_REF |  | Ilse Marr | ") };
        // An owner's saying is said, whatever word tells how; a plan stays a plan.
        QTest::newRow("an owner's saying with a word of intent before it")
            << QStringLiteral("Oduya ignored Halvorsen's open invitation.") << oct27
            << QStringList { QStringLiteral("invitation |  => UNDATED |  | Halvorsen;Oduya | ") };
        QTest::newRow("an owner's renewed saying")
            << QStringLiteral("Halvorsen's renewed outreach surprised Oduya.") << oct27
            << QStringList { QStringLiteral("outreach |  => UNDATED |  | Halvorsen;Oduya | ") };
        QTest::newRow("an owner's planned address is no saying")
            << QStringLiteral("Oduya ignored Halvorsen's planned address.") << oct27 << QStringList();
        QTest::newRow("indications are sayings")
            << QStringLiteral("Oduya has not answered Halvorsen's frequent indications.") << oct27
            << QStringList { QStringLiteral("indications |  => UNDATED |  | Halvorsen;Oduya | ") };
        QTest::newRow("an itinerary is a trip")
            << QStringLiteral("Halvorsen's itinerary is already tight.") << oct27
            << QStringList { QStringLiteral("itinerary |  => UNDATED |  | Halvorsen | ") };
        QTest::newRow("an itinerary's time is the plan's, not the trip's")
            << QStringLiteral("Officials printed Halvorsen's itinerary on Monday.") << oct27
            << QStringList { QStringLiteral("itinerary |  => UNDATED |  | Halvorsen | ") };
        QTest::newRow("a time the news leans on does not date the saying before it")
            << QStringLiteral(
                   "Quell's statement came hours after Ames announced that Dunmore would be joining the firm.")
            << oct27
            << QStringList { QStringLiteral("statement |  => UNDATED |  | Quell | "),
                   QStringLiteral("joining |  => UNDATED |  | Dunmore;Ames | ") };
        QTest::newRow("two owners' sayings in one clause are two")
            << QStringLiteral("Marr's statements only add fuel to the row that began with Ilse Quell's post on Fotor.")
            << oct27
            << QStringList { QStringLiteral("statements |  => UNDATED |  | Marr | "),
                   QStringLiteral("post |  => UNDATED |  | Ilse Quell;Fotor | ") };
        QTest::newRow("an appointment announced is the appointment")
            << QStringLiteral(
                   "Corvex chief Tom Vale announced on Monday that Lena Park, along with her deputy Ivo Marr, "
                   "would be joining the firm.")
            << oct27
            << QStringList { QStringLiteral(
                   "joining | Monday => 2025-10-27 |  | Lena Park;Corvex;Tom Vale;Ivo Marr | ") };
        QTest::newRow("a hiring a saying tells of, told apart from a dated saying")
            << QStringLiteral(
                   "On Monday, Belmar Bank announced a chief, Ona Velt – and Corvex said it would hire Lena Park.")
            << oct27
            << QStringList { QStringLiteral("hire |  => UNDATED |  | Lena Park;Corvex | "),
                   QStringLiteral("announced | Monday => 2025-10-27 |  | Belmar Bank | ") };
        QTest::newRow("a return announced as a habit is no return")
            << QStringLiteral("The council said the fair would return every spring.") << oct27 << QStringList();
        QTest::newRow("a halt announced is the halt")
            << QStringLiteral("Ivo Marr announced the halt of his convoy near Tarsis.") << oct27
            << QStringList { QStringLiteral("halt |  => UNDATED | Tarsis | Ivo Marr | ") };
        QTest::newRow("a return announced with its time between")
            << QStringLiteral("Ivo Marr announced on Saturday the return of his fighters to their bases.") << oct27
            << QStringList { QStringLiteral("return | Saturday => 2025-10-25 |  | Ivo Marr | ") };
        QTest::newRow("a return confirmed a few hours ago")
            << QStringLiteral("Ivo Marr confirmed a few hours ago the return of the convoy to its depot.") << oct27
            << QStringList { QStringLiteral("return | a few hours ago => 2025-10-26/2025-10-27 |  | Ivo Marr | ") };
        QTest::newRow("an address in the present, told before its dated attribution")
            << QStringLiteral("President Ona Velt addresses the nation, the palace said on Saturday.") << oct27
            << QStringList { QStringLiteral("addresses the nation | Saturday => 2025-10-25 |  | Ona Velt | ") };
        QTest::newRow("an offer accepted is an agreement")
            << QStringLiteral("Ivo Marr has accepted the offer of Ona Velt to stay in Tarsis.") << oct27
            << QStringList { QStringLiteral("accepted |  => UNDATED | Tarsis | Ivo Marr;Ona Velt | ") };
        QTest::newRow("responsibility accepted is no agreement")
            << QStringLiteral("Ivo Marr has accepted responsibility for the losses near Tarsis.") << oct27
            << QStringList();
        QTest::newRow("a crossing told in the base form")
            << QStringLiteral("The night saw Ivo Marr's fighters cross into Varnia from Tarsis.") << oct27
            << QStringList { QStringLiteral("cross into |  => UNDATED | Varnia | Ivo Marr;Tarsis | ") };
        QTest::newRow("cross as an adjective is no crossing")
            << QStringLiteral("Ona Velt was cross with Ivo Marr in Tarsis.") << oct27 << QStringList();
        QTest::newRow("talks that developed only went on")
            << QStringLiteral("Later, Ona Velt said she held talks with Ivo Marr and further negotiations developed "
                              "over the evening.")
            << oct27 << QStringList { QStringLiteral("said |  => NEWS_REF |  | Ona Velt;Ivo Marr | ") };
        QTest::newRow("meetings counted in the plural, undated, name no one meeting")
            << QStringLiteral("Oduya has fond memories of his meetings with Halvorsen.") << oct27 << QStringList();
        QTest::newRow("one meeting so named is named")
            << QStringLiteral("Oduya has fond memories of his meeting with Halvorsen.") << oct27
            << QStringList { QStringLiteral("meeting |  => UNDATED |  | Oduya;Halvorsen | ") };
        QTest::newRow("talks counted in the plural are one happening")
            << QStringLiteral("Oduya has fond memories of his talks with Halvorsen.") << oct27
            << QStringList { QStringLiteral("talks |  => UNDATED |  | Oduya;Halvorsen | ") };
        QTest::newRow("a time within a noun's phrase dates the noun, not the saying beside it")
            << QStringLiteral("Ona Velt said she was open to meeting Ivo Marr again during her current Varnia tour.")
            << oct27
            << QStringList { QStringLiteral("said |  => NEWS_REF | Varnia | Ona Velt;Ivo Marr | "),
                   QStringLiteral("tour | current => PRESENT_REF | Varnia | Ona Velt;Ivo Marr | ") };
        QTest::newRow("a meeting supposed is no meeting")
            << QStringLiteral("If Halvorsen and Oduya were to meet again in Tarsis, trade would come first.") << oct27
            << QStringList();
        QTest::newRow("a product developed is business")
            << QStringLiteral("Corvex developed a new engine in Tarsis.") << oct27
            << QStringList { QStringLiteral("developed |  => UNDATED | Tarsis | Corvex | ") };
        QTest::newRow("a product developed after any owner's word is business")
            << QStringLiteral("Corvex and I developed our new engine in Tarsis.") << oct27
            << QStringList { QStringLiteral("developed |  => UNDATED | Tarsis | Corvex | ") };
        QTest::newRow("a clause after a dated attribution is not dated by it")
            << QStringLiteral("Ona Velt addresses the nation, the Varn Palace said on October 25, 2025, as Keldoria "
                              "faced a rebellion by the Marr militia.")
            << oct27
            << QStringList { QStringLiteral(
                   "addresses the nation | October 25, 2025 => 2025-10-25 |  | Ona Velt;Varn Palace | ") };
        QTest::newRow("a conversation held names a happening")
            << QStringLiteral("Ona Velt had held a conversation with Ivo Marr.") << oct27
            << QStringList { QStringLiteral("conversation |  => UNDATED |  | Ona Velt;Ivo Marr | ") };
        QTest::newRow("a warning of a halt is only a warning")
            << QStringLiteral("Ona Velt warned on Monday that she would halt the talks.") << oct27
            << QStringList { QStringLiteral("talks |  => UNDATED |  | Ona Velt | "),
                   QStringLiteral("warned | Monday => 2025-10-27 |  | Ona Velt | ") };
        QTest::newRow("an announced act with a time of its own keeps it")
            << QStringLiteral(
                   "Tom Vale announced on Monday that Lena Park, his deputy, would be joining the board in June.")
            << oct27
            << QStringList { QStringLiteral("announced | Monday => 2025-10-27 |  | Tom Vale;Lena Park | "),
                   QStringLiteral("joining | June => 2025-06 |  | Tom Vale | ") };
        QTest::newRow("an appointment an announcement tells of is the appointment")
            << QStringLiteral("Tom Vale said on Monday he was still open to Lena Park staying at Belmar, despite an "
                              "announcement earlier that Park would join Corvex.")
            << oct27
            << QStringList { QStringLiteral("join |  => UNDATED |  | Corvex;Park | "),
                   QStringLiteral("said | Monday => 2025-10-27 | Belmar | Tom Vale | ") };
    }

    void mentions()
    {
        QFETCH(QString, text);
        QFETCH(QDate, published);
        QFETCH(QStringList, expected);
        QCOMPARE(render(EventExtractor::extract(TestSupport::makeArticle(text, published), 0)), expected);
    }

    // Where mentions of one clause tell of different happenings, each is mentioned by its own phrase.
    void mentionTexts_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("two owners' sayings")
            << QStringLiteral("Marr's statements only add fuel to the row that began with Ilse Quell's post on Fotor.")
            << QStringList { QStringLiteral("Marr's statements only add fuel to the row that began with"),
                   QStringLiteral("Ilse Quell's post on Fotor") };
        QTest::newRow("an owner's saying beside a stronger happening, with whom it was addressed to")
            << QStringLiteral("Halvorsen's renewed outreach to Ilse Oduya during his Keldoria tour has stirred debate.")
            << QStringList { QStringLiteral("Halvorsen's renewed outreach to Ilse Oduya"),
                   QStringLiteral(
                       "Halvorsen's renewed outreach to Ilse Oduya during his Keldoria tour has stirred debate") };
        // A sentence that gives the date and tells of no happening dates the one the next sentence tells by it.
        QTest::newRow("a year's sentence that the next one's date refers back to")
            << QStringLiteral("Relations between Valdoria and Tarsis warmed in 2017. On 3 May of that year, "
                              "Halvorsen and Oduya met in Belmar.")
            << QStringList { QStringLiteral("3 May of that year, Halvorsen and Oduya met in Belmar"),
                   QStringLiteral("Relations between Valdoria and Tarsis warmed in 2017") };
        QTest::newRow("a dated sentence whose person the next one tells of")
            << QStringLiteral("On 30 June 2019, Halvorsen made a bold gesture. During a visit to the Orm Zone, he "
                              "briefly crossed the line.")
            << QStringList { QStringLiteral("During a visit to the Orm Zone, he briefly crossed the line"),
                   QStringLiteral("On 30 June 2019, Halvorsen made a bold gesture") };
        QTest::newRow("a dated sentence of another happening") << QStringLiteral(
            "It took guards ten minutes to close the Orm Bridge late on Friday. It collapsed as the guards left.")
                                                               << QStringList { QStringLiteral(
                                                                      "It collapsed as the guards left") };
    }

    void mentionTexts()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        QCOMPARE(mentionTextsOf(text), expected);
    }

    // A headline (the first paragraph, as a title) in sentence case that tells of a saying is the article's news.
    void headlines_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("a saying in the present")
            << QStringLiteral("Piet Lindqvist says the plant will close\n\nThe plant employs four hundred people.")
            << QStringList { QStringLiteral("says |  => NEWS_REF |  | Piet Lindqvist | ") };
        QTest::newRow("Title Case hides the names")
            << QStringLiteral("Piet Lindqvist Says The Plant Will Close\n\nThe plant employs four hundred people.")
            << QStringList();
        QTest::newRow("no saying") << QStringLiteral("Plant to close by spring\n\nThe plant employs 400 people.")
                                   << QStringList();
        // A first paragraph that ends in a full stop is a sentence set apart, such as a caption: read as the body.
        QTest::newRow("a caption above the story")
            << QStringLiteral("Lena Park sits on a panel during the Tarsis Trade Summit, Nov. 16, 2025, in Belmar."
                              "\n\nThe plant employs four hundred people.")
            << QStringList { QStringLiteral("Summit | Nov. 16, 2025 => 2025-11-16 |  | Lena Park | ") };
        // The page's own headline in Title Case: a capital tells no name there, the body's names do.
        QTest::newRow("Title Case: a speaker the body names") << QStringLiteral(
            "Piet Lindqvist Says Plant Will Close\n\nThe plant that Piet Lindqvist runs employs "
            "four hundred people.") << QStringList { QStringLiteral("Says |  => NEWS_REF |  | Piet Lindqvist | ") };
        QTest::newRow("Title Case: signals") << QStringLiteral(
            "Mara Quell Signals She Is Open To Pay Talks\n\nMara Quell leads the union of four "
            "hundred workers.") << QStringList { QStringLiteral("Signals |  => NEWS_REF |  | Mara Quell | ") };
        QTest::newRow("Title Case: the speaker after the verb")
            << QStringLiteral("Plant Will Close Its Doors, Says Piet Lindqvist\n\nThe plant that Piet Lindqvist runs "
                              "employs four hundred people.")
            << QStringList { QStringLiteral("Says |  => NEWS_REF |  | Piet Lindqvist | ") };
        QTest::newRow("Title Case: opening the door to something is an offer") << QStringLiteral(
            "Mara Quell Opens Door Again To Pay Talks\n\nMara Quell leads the union of four "
            "hundred workers.") << QStringList { QStringLiteral("Opens Door |  => NEWS_REF |  | Mara Quell | ") };
        QTest::newRow("sentence case: opening the door to something is an offer")
            << QStringLiteral("Mara Quell opens the door to pay talks\n\nThe union has four hundred members.")
            << QStringList { QStringLiteral("opens the door |  => NEWS_REF |  | Mara Quell | ") };
        // A heading whose happening is dated by the day it was published tells that happening.
        QTest::newRow("a happening of the day") << QStringLiteral(
            "Mara Quell resigned today with her family by her side\n\nThe union has four hundred "
            "members.") << QStringList { QStringLiteral("resigned | today => 2025-10-27 |  | Mara Quell | ") };
        QTest::newRow("a heading of another day tells no news") << QStringLiteral(
            "Mara Quell resigned in 2019 with her family by her side\n\nThe union has four "
            "hundred members.") << QStringList();
        QTest::newRow("a happening of the day with nobody named")
            << QStringLiteral("Resigned today with her family by her side\n\nThe union has four hundred members.")
            << QStringList();
        QTest::newRow("an owner's saying named in a headline")
            << QStringLiteral("Dara Velt's cool reply to Kell Orvin's request for a meeting in Tarsis\n\nThe two "
                              "last met in spring.")
            << QStringList { QStringLiteral("request |  => UNDATED |  | Kell Orvin;Dara Velt | ") };
        QTest::newRow("a door opened for no one is no offer") << QStringLiteral(
            "Mara Quell Opens Door Of New Plant\n\nMara Quell leads the union of four hundred "
            "workers.") << QStringList();
    }

    void headlines()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        const Article article = TestSupport::makeArticle(text, QDate(2025, 10, 27), QStringLiteral("a"), true);
        QCOMPARE(render(EventExtractor::extract(article, 0)), expected);
    }

    // The page's Title Case headline telling a saying "during" a happening: the happening is mentioned by its own
    // phrase, and the saying's mention ends before it.
    void headlineSayingDuringAHappening()
    {
        const Article article = TestSupport::makeArticle(
            QStringLiteral("Mara Quell Opens Door Again To Pay Talks During Varnia Tour\n\nMara Quell leads the union "
                           "of four hundred workers."),
            QDate(2025, 10, 27), QStringLiteral("a"), true);
        QStringList texts;
        for (const EventMention &m : EventExtractor::extract(article, 0))
            texts.append(m.text);
        QCOMPARE(texts,
            QStringList(
                { QStringLiteral("Mara Quell Opens Door Again To Pay Talks"), QStringLiteral("During Varnia Tour") }));
    }

    // An undated happening named within the news saying's clause is mentioned by its own phrase, its owner's pronoun
    // with it, and the saying's mention ends before it.
    void newsSayingStopsAtANamedHappening_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("a deal the confirmation mentions")
            << QStringLiteral("The Varn Palace has confirmed that Ivo Marr will move to Tarsis as part of the deal "
                              "brokered by Ona Velt.")
            << QStringList { QStringLiteral(
                                 "The Varn Palace has confirmed that Ivo Marr will move to Tarsis as part of"),
                   QStringLiteral("the deal brokered by Ona Velt") };
        QTest::newRow("an owner's happening announced")
            << QStringLiteral("Mayor Ona Velt confirmed her resignation from the Tarsis council.")
            << QStringList { QStringLiteral("Mayor Ona Velt confirmed"),
                   QStringLiteral("her resignation from the Tarsis council") };
    }

    void newsSayingStopsAtANamedHappening()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        const Article article = TestSupport::makeArticle(text, QDate(2025, 10, 27), QStringLiteral("a"));
        QStringList texts;
        for (const EventMention &m : EventExtractor::extract(article, 0))
            texts.append(m.text);
        QCOMPARE(texts, expected);
    }

    // Only the page's own headline: a Title Case subhead in the body is no news of the article.
    void titleCaseSubheadsAreNotNews()
    {
        const QString subhead = QStringLiteral("Piet Lindqvist Says Plant Will Close");
        const QString body = QStringLiteral("The plant that Piet Lindqvist runs employs four hundred people.");
        // as the page's own headline it is the article's news
        const Article headline
            = TestSupport::makeArticle(subhead + QStringLiteral("\n\n") + body, QDate(2025, 10, 27), {}, true);
        QCOMPARE(render(EventExtractor::extract(headline, 0)),
            QStringList { QStringLiteral("Says |  => NEWS_REF |  | Piet Lindqvist | ") });
        // as a heading within the body it is not
        const Article article = withSubhead({ QStringLiteral("Union talks resume"), body, subhead }, 2);
        QCOMPARE(render(EventExtractor::extract(article, 0)), QStringList());
    }

    // A Title Case subhead above the body names a saying the body tells of a speaker it names, without a time: the
    // merger joins it to that saying's event or drops it.

    void titleCaseSubheadsNameSayings_data()
    {
        QTest::addColumn<QString>("subhead");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("an owner's saying")
            << QStringLiteral("Piet Lindqvist's Message to Mara Quell")
            << QStringList { QStringLiteral("Message |  => UNDATED |  | Piet Lindqvist | ") };
        QTest::newRow("an owner's renewed saying")
            << QStringLiteral("Piet Lindqvist's Renewed Outreach During the Plant Tour")
            << QStringList { QStringLiteral("Outreach |  => UNDATED |  | Piet Lindqvist | ") };
        QTest::newRow("a speaker the body does not name")
            << QStringLiteral("Ona Velt Signals She Is Open") << QStringList();
        QTest::newRow("a speaker's saying")
            << QStringLiteral("Piet Lindqvist Signals He Is Open")
            << QStringList { QStringLiteral("Signals |  => UNDATED |  | Piet Lindqvist | ") };
        QTest::newRow("a dated subhead") << QStringLiteral("Piet Lindqvist Resigned Today") << QStringList();
    }

    void titleCaseSubheadsNameSayings()
    {
        QFETCH(QString, subhead);
        QFETCH(QStringList, expected);
        const Article article = withSubhead({ QStringLiteral("Union talks resume"), subhead,
                                                QStringLiteral("The plant that Piet Lindqvist runs employs four "
                                                               "hundred people.") },
            1);
        QCOMPARE(render(EventExtractor::extract(article, 0)), expected);
    }

    // A subhead naming an owner's saying beside another happening mentions the saying by its own phrase.
    void titleCaseSubheadMentionsItsPhrase()
    {
        const Article article
            = withSubhead({ QStringLiteral("Union talks resume"),
                              QStringLiteral("Piet Lindqvist's Renewed Outreach During the Plant Tour"),
                              QStringLiteral("The plant that Piet Lindqvist runs employs four "
                                             "hundred people.") },
                1);
        const QList<EventMention> mentions = EventExtractor::extract(article, 0);
        QCOMPARE(mentions.size(), 1);
        QCOMPARE(mentions.constFirst().text, QStringLiteral("Piet Lindqvist's Renewed Outreach"));
    }

    // A Title Case subhead that names the happening its first sentence tells is a mention of it, from the phrase
    // that names it, with that sentence's time; one that names another happening, or none, is not.
    void subheadsNamingTheNextSentence_data()
    {
        QTest::addColumn<QString>("subhead");
        QTest::addColumn<QString>("named");
        QTest::newRow("names the tour") << QStringLiteral("Ona Velt's Outreach During the Tarsis Tour")
                                        << QStringLiteral("During the Tarsis Tour");
        QTest::newRow("names another happening") << QStringLiteral("A Look Back at the Belmar Summit") << QString();
    }

    void subheadsNamingTheNextSentence()
    {
        QFETCH(QString, subhead);
        QFETCH(QString, named);
        const Article article = withSubhead({ QStringLiteral("Velt hopes for talks"), subhead,
                                                QStringLiteral("During her current Tarsis tour, which includes stops "
                                                               "in Belmar and Corvale, Ona Velt has once again "
                                                               "signalled a willingness to meet Piet Lund.") },
            1);
        const QList<EventMention> mentions = EventExtractor::extract(article, 0);
        const auto find = [&](const QString &text) {
            return std::find_if(
                mentions.begin(), mentions.end(), [&](const EventMention &m) { return article.slice(m.span) == text; });
        };
        const auto tour = find(QStringLiteral("During her current Tarsis tour"));
        QVERIFY(tour != mentions.end());
        const auto subheadMention = std::find_if(mentions.begin(), mentions.end(), [&](const EventMention &m) {
            return m.span.overlaps(article.paragraphs.at(1)) && m.trigger == tour->trigger;
        });
        QCOMPARE(subheadMention == mentions.end() ? QString() : article.slice(subheadMention->span).toString(), named);
        // the subhead's mention is of the sentence's happening, at its time
        if (!named.isEmpty())
            QCOMPARE(subheadMention->timex.value, tour->timex.value);
    }

    // Who a happening about one person is about: a different person is a different happening.
    void themes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("trigger");
        QTest::addColumn<QString>("theme");
        QTest::newRow("possessive name") << QStringLiteral("Ona Velt's ouster shocked the staff.")
                                         << QStringLiteral("ouster") << QStringLiteral("Ona Velt");
        QTest::newRow("subject of its own clause, not the name before it")
            << QStringLiteral("Hours after Ona Velt's ouster, Piet Harkman resigned in protest.")
            << QStringLiteral("resigned") << QStringLiteral("Piet Harkman");
        QTest::newRow("possessive pronoun: the clause's subject")
            << QStringLiteral("Piet Harkman announced his departure from the firm.") << QStringLiteral("departure")
            << QStringLiteral("Piet Harkman");
        QTest::newRow("a pronoun in a later clause is the sentence subject")
            << QStringLiteral("Mara Quell left the hall in tears, saying she was dismissed on 4 May 2021.")
            << QStringLiteral("dismissed") << QStringLiteral("Mara Quell");
        QTest::newRow("the agent of a passive is not its theme")
            << QStringLiteral("She was appointed by the late Queen Mara Quell on 6 May 2021.")
            << QStringLiteral("appointed") << QString();
        QTest::newRow("she of a passive is the name the sentence before opens with") << QStringLiteral(
            "Ilse Marr will be the shortest-serving minister. She was appointed by Piet Lund on "
            "6 May 2021.") << QStringLiteral("appointed") << QStringLiteral("Ilse Marr");
        QTest::newRow("an owner before a participle clause is not its theme")
            << QStringLiteral("With her resignation, Ilse Marr became Valdoria's shortest-serving minister, quitting "
                              "just 40 days after taking over from Piet Lund.")
            << QStringLiteral("quitting") << QStringLiteral("Ilse Marr");
        QTest::newRow("an announced act is about the one announced") << QStringLiteral(
            "Tom Vale announced on Monday that Lena Park, along with Ivo Marr, would be joining the "
            "firm.") << QStringLiteral("joining") << QStringLiteral("Lena Park");
        QTest::newRow("who joins, not the firm joined") << QStringLiteral("Lena Park joined Corvex on Friday.")
                                                        << QStringLiteral("joined") << QStringLiteral("Lena Park");
        QTest::newRow("a speaker joining a firm: not the firm") << QStringLiteral(
            "\u201CAfter I decided to join Corvex on Sunday night, my mind was at ease,\u201D Lena "
            "Park said.") << QStringLiteral("join") << QString();
        QTest::newRow("who returns, not the firm returned to")
            << QStringLiteral("Lena Park returned as chief executive of Velt Motors on Friday.")
            << QStringLiteral("returned") << QStringLiteral("Lena Park");
        QTest::newRow("the agent of a passive after an adverb is not its theme")
            << QStringLiteral("Ilse Marr was only appointed by Piet Lund 40 days ago.") << QStringLiteral("appointed")
            << QStringLiteral("Ilse Marr");
        QTest::newRow("a pronoun fired by an owner's board is the one fired")
            << QStringLiteral("Ilse Marr's move to Velmont comes days after she was fired by Harkwell's board.")
            << QStringLiteral("fired") << QStringLiteral("Ilse Marr");
        QTest::newRow("a saying named before its sayer is the sayer's")
            << QStringLiteral("In the Orm Radio interview, Jon Vask said the plant would close.")
            << QStringLiteral("interview") << QStringLiteral("Jon Vask");
        QTest::newRow("a saying named before he who says it is that of the sentence before") << QStringLiteral(
            "Jon Vask also spoke about the budget. In the Orm Radio interview, he said the plant "
            "would close.") << QStringLiteral("interview") << QStringLiteral("Jon Vask");
        QTest::newRow("a saying named after its sayer's verb, in a clause of its own, is the sayer's")
            << QStringLiteral("Jon Vask said he was open to both offers when asked in a Tuesday Orm Radio interview.")
            << QStringLiteral("interview") << QStringLiteral("Jon Vask");
        QTest::newRow("a label before a colon is not the sentence's subject") << QStringLiteral(
            "Why it counts: Ilse Marr's move to Velmont comes just days after she was abruptly fired by "
            "Harkwell's board of directors for not being candid.") << QStringLiteral("fired")
                                                                              << QStringLiteral("Ilse Marr");
    }

    void themes()
    {
        QFETCH(QString, text);
        QFETCH(QString, trigger);
        QFETCH(QString, theme);
        const QList<EventMention> mentions = EventExtractor::extract(TestSupport::makeArticle(text, {}), 0);
        const auto it = std::find_if(
            mentions.begin(), mentions.end(), [&](const EventMention &m) { return m.trigger.startsWith(trigger); });
        QVERIFY2(it != mentions.end(), qPrintable(render(mentions).join(u'\n')));
        QCOMPARE(it->theme, theme);
    }

    void captionsAreNoReports()
    {
        const auto extract = [](const QString &text) {
            return EventExtractor::extract(TestSupport::makeArticle(text, QDate(2024, 5, 6)), 0);
        };
        QVERIFY(!extract(QStringLiteral("Maria Ames made a statement in Tarsis on 4 May 2024.")).isEmpty());
        QVERIFY(extract(QStringLiteral("A screen grab taken from footage released on 4 May 2024 shows Maria Ames "
                                       "making a statement in Tarsis."))
                    .isEmpty());
        QVERIFY(extract(QStringLiteral("In this photo taken on 4 May 2024, Maria Ames is seen making a statement."))
                    .isEmpty());
    }

    void spansAndArticle()
    {
        const QString text = QStringLiteral("Title line\n\nThey met in Belmar in February 2019.");
        const Article a = TestSupport::makeArticle(text, {}, QStringLiteral("x"), true);
        const QList<EventMention> mentions = EventExtractor::extract(a, 7);
        QCOMPARE(mentions.size(), 1);
        const EventMention &m = mentions.first();
        QCOMPARE(m.article, 7);
        QCOMPARE(a.slice(m.span), m.text);
        QCOMPARE(a.slice(m.timex.span), QStringLiteral("February 2019"));
        QCOMPARE(m.text, QStringLiteral("They met in Belmar in February 2019"));
        // A fronted date keeps its preposition: "In October 2025, …"
        const QList<EventMention> fronted = EventExtractor::extract(
            TestSupport::makeArticle(QStringLiteral("In October 2025, the North test-fired two missiles.")), 0);
        QCOMPARE(fronted.size(), 1);
        QCOMPARE(fronted.first().text, QStringLiteral("In October 2025, the North test-fired two missiles"));
    }

    // Where one clause tells of happenings at several times, or names one beside a dated one, each mention is its
    // own phrase: the merger and the reader see which words tell of which.
    void spansOfSharedClauses_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("two nouns, two times")
            << QStringLiteral("The exit follows the sacking of Piet Lund last Friday and the cancellation of the levy "
                              "on Monday.")
            << QStringList { QStringLiteral("The exit follows the sacking of Piet Lund last Friday"),
                   QStringLiteral("the cancellation of the levy on Monday") };
        QTest::newRow("what the news leans on is a mention of its own")
            << QStringLiteral("In May 2024, just hours before Halvorsen's visit to Tarsis, the North test-fired two "
                              "missiles.")
            << QStringList { QStringLiteral("the North test-fired two missiles"),
                   QStringLiteral("Halvorsen's visit to Tarsis") };
        QTest::newRow("a dated noun beside the news saying")
            << QStringLiteral("Ona Velt said she was open to meeting Ivo Marr again during her current Varnia tour.")
            << QStringList { QStringLiteral("Ona Velt said she was open to meeting Ivo Marr again"),
                   QStringLiteral("during her current Varnia tour") };
        QTest::newRow("a named noun beside a dated one")
            << QStringLiteral("Ivo Marr today led a protest in the wake of Mara Quell's resignation.")
            << QStringList { QStringLiteral("Mara Quell's resignation"),
                   QStringLiteral("Ivo Marr today led a protest in the wake of Mara Quell's resignation") };
    }

    void spansOfSharedClauses()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        QCOMPARE(mentionTextsOf(text), expected);
    }

    // A relative clause set off after a name tells its happening of that name: the mention starts with it.
    void relativeClausesStartWithTheirAntecedent_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("who, after a person") << QStringLiteral(
            "Tarsis Post reported on Monday that the party would pick a successor to Ivo Marr, who "
            "stepped down in March.") << QStringList { QStringLiteral("Ivo Marr, who stepped down in March") };
        QTest::newRow("which, after a country")
            << QStringLiteral("Trade with Valdoria, which left the customs pact in 2019, fell.")
            << QStringList { QStringLiteral("Valdoria, which left the customs pact in 2019") };
        QTest::newRow("no name before the clause")
            << QStringLiteral("Trade with the kingdom, which left the customs pact in 2019, fell.")
            << QStringList { QStringLiteral("which left the customs pact in 2019") };
        QTest::newRow("who, in a sentence going on about the same happening")
            << QStringLiteral("Mara Quell was dismissed by the board on Friday. Ivo Marr, who had quit after Quell was "
                              "ousted, will also return.")
            << QStringList { QStringLiteral("Mara Quell was dismissed by the board on Friday"),
                   QStringLiteral("Ivo Marr, who had quit after Quell was ousted"),
                   QStringLiteral("after Quell was ousted") };
    }

    void relativeClausesStartWithTheirAntecedent()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        QCOMPARE(mentionTextsOf(text), expected);
    }

    // "Ivo Marr, Corvex's president who quit": the title set off after a name is that name's, and so is the
    // relative clause after the title.
    void relativeClauseAfterATitleTellsOfTheName()
    {
        const QList<EventMention> mentions = EventExtractor::extract(
            TestSupport::makeArticle(QStringLiteral("Mara Quell will return to Corvex as its chief, it was announced "
                                                    "Wednesday. Ivo Marr, Corvex’s president who subsequently quit "
                                                    "after Quell’s firing, will also return."),
                QDate(2025, 10, 27)),
            0);
        const auto quit = std::find_if(mentions.begin(), mentions.end(),
            [](const EventMention &m) { return m.trigger.startsWith(QStringLiteral("quit")); });
        QVERIFY(quit != mentions.end());
        QCOMPARE(quit->text, QStringLiteral("who subsequently quit after Quell’s firing"));
        QCOMPARE(quit->participants.value(0), QStringLiteral("Ivo Marr"));
    }

    // "During an interview with Orm Radio, Vask said …": the interview named by the opening adverbial is where the
    // saying was made, so the saying's mention starts with it. Not what a clause opening with "as" tells.
    void aSayingTakesTheInterviewThatOpensTheSentence_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("during an interview")
            << QStringLiteral("During an interview with Orm Radio, Vask said the plant would close.")
            << QStringList { QStringLiteral("During an interview with Orm Radio, Vask said the plant would close") };
        QTest::newRow("at a briefing") << QStringLiteral("At a briefing in Tarsis, Vask said the plant would close.")
                                       << QStringList { QStringLiteral(
                                              "At a briefing in Tarsis, Vask said the plant would close") };
        QTest::newRow("as, with a verb") << QStringLiteral(
            "As the inspectors interview the crew, Orm Radio reported that the ship had lost power.")
                                         << QStringList { QStringLiteral(
                                                              "Orm Radio reported that the ship had lost power"),
                                                QStringLiteral("As the inspectors interview the crew") };
    }

    void aSayingTakesTheInterviewThatOpensTheSentence()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        QCOMPARE(mentionTextsOf(text), expected);
    }

    void headingsAndBoilerplateAreSkipped()
    {
        Article a = TestSupport::makeArticle(
            QStringLiteral("Summit held in June 2018\n\nPhoto: the summit in Tarsis, 12 June 2018\n\nNothing else."),
            {}, QStringLiteral("x"), true);
        a.boilerplate.append(a.paragraphs.at(1));
        QVERIFY(EventExtractor::extract(a, 0).isEmpty());
    }

    void noPublicationDateKeepsRelativeUnresolved()
    {
        const QList<EventMention> mentions = EventExtractor::extract(
            TestSupport::makeArticle(QStringLiteral("Last month, Oduya told the legislature he would not talk.")), 0);
        QCOMPARE(mentions.size(), 1);
        QVERIFY(!mentions.first().timex.isResolved());
        QCOMPARE(mentions.first().timex.basis, DateBasis::RelativeToPublication);
        QCOMPARE(mentions.first().timex.value, QStringLiteral("PUB-1M"));
    }
};

QTEST_GUILESS_MAIN(TestEventExtractor)
#include "tst_eventextractor.moc"
