// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "events/eventextractor.h"
#include "events/eventmerger.h"

#include "testsupport.h"

#include <QStandardPaths>
#include <QTest>

// Labels read from one article's words: who did what, in the words the text uses.
class TestEventLabeler : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void labels_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("the name a relative clause follows is the subject")
            << QStringLiteral("On 3 May 1998, the Harlow Bridge that spans the Tarsis River opened to traffic.")
            << QStringList { QStringLiteral("Harlow Bridge opens") };
        QTest::newRow("a relative clause's subject stands outside the mention")
            << QStringLiteral("Tarland, which exited the Keldor Union in 2020, struggled.")
            << QStringList { QStringLiteral("Tarland exits Keldor Union") };
        QTest::newRow("a company's act is told by what it acted on")
            << QStringLiteral("On 3 May 2024, Velt Motors built a supercomputer exclusively designed for research.")
            << QStringList { QStringLiteral("Velt Motors builds supercomputer") };
        QTest::newRow("a place after a preposition is not who acted")
            << QStringLiteral("On Monday, officials in Tarsis, Keldoria, said divers recovered two bodies.")
            << QStringList { QStringLiteral("Rescue in Tarsis") };
        QTest::newRow("a place the happening was in is not what was called off")
            << QStringLiteral("Two bodies were found in the Tarsis River, but the recovery was called off on Monday.")
            << QStringList { QStringLiteral("Recovery called off") };
        QTest::newRow("a happening noun is of the name its own phrase gives") << QStringLiteral(
            "Ortega, who was praised by Lindqvist on 3 May 2024 for the capture of the northern "
            "port of Tarsis, resigned.") << QStringList { QStringLiteral("Capture of Tarsis") };
        QTest::newRow("where one came from is not what one crossed")
            << QStringLiteral("On Monday, Ortega said his men crossed the border from Valdoria into Keldoria.")
            << QStringList { QStringLiteral("Ortega crosses into Keldoria") };
        QTest::newRow("a place after adjectives is not who acted")
            << QStringLiteral("The recovery in the frigid Tarsis River was called off on Monday.")
            << QStringList { QStringLiteral("Recovery called off") };
        QTest::newRow("a dateline's credit is not the clause's words") << QStringLiteral(
            "Oct. 27 (Velpress) -- The bodies of two divers were found on Monday, as recovery efforts "
            "were called off.") << QStringList { QStringLiteral("Recovery efforts called off") };
        QTest::newRow("a name before a noun modifies what was called off")
            << QStringLiteral("On Saturday, Ortega called off the Velt march.")
            << QStringList { QStringLiteral("Ortega calls off Velt march") };
        QTest::newRow("a name in an infinitive's phrase is not what was agreed")
            << QStringLiteral("On Saturday, Ortega agreed to halt his advance on Belmar.")
            << QStringList { QStringLiteral("Ortega agrees") };
        QTest::newRow("a verb's particle takes its object, not the place")
            << QStringLiteral("On Saturday, Ortega called off the Velt march towards Belmar.")
            << QStringList { QStringLiteral("Ortega calls off Velt march") };
        QTest::newRow("a noun whose own phrase names nobody is nobody's")
            << QStringLiteral("Ann Vogel kept her post after the axing of most of the council's plans on Monday.")
            << QStringList { QStringLiteral("Axing of the council's plans") };
        QTest::newRow("one told of a resignation is not who resigned")
            << QStringLiteral(
                   "Ann Vogel quit on Thursday. She phoned King Orm on Thursday to inform him of her resignation.")
            << QStringList { QStringLiteral("Ann Vogel quits") };
        QTest::newRow("the time of day goes with its date, and the clause's commas go")
            << QStringLiteral("The nominations, approved late in the evening on Friday, pleased the council.")
            << QStringList { QStringLiteral("Nominations approved") };
        QTest::newRow("a name's offices are no part of the label") << QStringLiteral(
            "On Monday, Keldor Prime Minister Ann Vogel resigned.") << QStringList { QStringLiteral("Vogel resigns") };
        QTest::newRow("a city entered is the verb's object")
            << QStringLiteral("On Monday, Velt fighters entered the northern city of Tarsis.")
            << QStringList { QStringLiteral("Velt enters Tarsis") };
        QTest::newRow("an undated mention names what the dated ones do not") << QStringLiteral(
            "Vogel traveled to Tarsis in February to prevent a Belmar invasion of Keldoria. Leaders discussed "
            "making Belmar pay for its war on Keldoria.") << QStringList { QStringLiteral("Keldoria war") };
        QTest::newRow("a happening its place names is named so")
            << QStringLiteral("On 3 May 2024, Vask toured Keldoria. Vask's Keldoria tour on 3 May 2024 drew crowds.")
            << QStringList { QStringLiteral("Vask's Keldoria tour") };
        QTest::newRow("a verb reaches its object through its preposition")
            << QStringLiteral("On Monday, Vogel returned as CEO of Velt.")
            << QStringList { QStringLiteral("Vogel returns as CEO of Velt") };
        QTest::newRow("over the budget, an object reached through a phrase goes")
            << QStringLiteral("On Monday, Ann Vogel returned as head of Velt Motors.")
            << QStringList { QStringLiteral("Ann Vogel returns") };
        QTest::newRow("a meeting with no named subject is with its object")
            << QStringLiteral("On Monday morning, I met council chair Ona Velt.")
            << QStringList { QStringLiteral("Meeting with Ona Velt") };
        QTest::newRow("a future verb is told without its auxiliary") << QStringLiteral(
            "Nominations will close on Monday.") << QStringList { QStringLiteral("Nominations close") };
        QTest::newRow("a future verb keeps an object that fits")
            << QStringLiteral("The council will vote on the budget on Monday.")
            << QStringList { QStringLiteral("Council votes on the budget") };
        QTest::newRow("an expected verb is told without its auxiliaries")
            << QStringLiteral("The search efforts are expected to continue on Tuesday.")
            << QStringList { QStringLiteral("Search efforts continue") };
        QTest::newRow("a clause opening on its verb is told by the verb's noun")
            << QStringLiteral("The envoy, who is due to tour a large solar panel plant on Wednesday, stayed home.")
            << QStringList { QStringLiteral("Tour of a large solar plant") };
        QTest::newRow("a passive names who acted after by")
            << QStringLiteral("She was appointed by the late King Orm III on Monday.")
            << QStringList { QStringLiteral("Orm III appoints") };
        QTest::newRow("a gerund reads as its noun")
            << QStringLiteral("Ortega was praised on 3 May 2024 for the capturing of the port of Tarsis.")
            << QStringList { QStringLiteral("Capture of Tarsis") };
        QTest::newRow("over the budget, the place goes first") << QStringLiteral(
            "On Monday, Velt fighters took control of all the army bases in the city of Belmarsk-on-Tarn.")
                                                               << QStringList { QStringLiteral("Velt takes control") };
        QTest::newRow("a label ends before a gerund's own phrase")
            << QStringLiteral("On Saturday, the unions agreed to a pause in pursuing strikes.")
            << QStringList { QStringLiteral("Unions agreed to a pause") };
        QTest::newRow("the verb of the dated saying, not of the sayings reported of it")
            << QStringLiteral("Ann Vogel hinted on Monday that she would run. Vogel said the council backed her. "
                              "Vogel said she was ready. Vogel said the vote would be close.")
            << QStringList { QStringLiteral("Ann Vogel hints") };
        QTest::newRow("the person most mentions name resigned, not one a mention's theme names")
            << QStringLiteral(
                   "On Wednesday, Ann Vogel was added to the departures from Berg's government, as she "
                   "resigned. Ann Vogel said on Wednesday she had resigned. In her resignation letter, Vogel "
                   "thanked staff. Vogel's departure surprised the council. Vogel's exit was expected.")
            << QStringList { QStringLiteral("Ann Vogel resigns") };
        QTest::newRow("over the budget, a name stays in the mention's shorter form") << QStringLiteral(
            "On Monday, Vogel released a video from her office. Annika Ravensworth Vogel released "
            "the video on Monday.") << QStringList { QStringLiteral("Vogel releases video") };
        QTest::newRow("a common noun alone is no place")
            << QStringLiteral("On Monday, Vogel vowed in the Port of Tarsis to rebuild the pier.")
            << QStringList { QStringLiteral("Vogel vows") };
        QTest::newRow("who claims a happening did not do it")
            << QStringLiteral("On Friday, Ortega claimed an enemy drone attack wrecked two of his trucks.")
            << QStringList { QStringLiteral("Enemy drone attack") };
        QTest::newRow("a clause over the budget reads as a headline")
            << QStringLiteral("On Saturday, the unions agreed to the suspension of strikes across the northern mines.")
            << QStringList { QStringLiteral("Unions agree to suspension") };
        QTest::newRow("a headline keeps the object that fits")
            << QStringLiteral("In 2019, the firm transitioned to shifts for all of its workers across the north.")
            << QStringList { QStringLiteral("Firm transitions to shifts") };
        QTest::newRow("dated nouns tied, the noun most mentions use names the happening")
            << QStringLiteral("On Saturday, the Velt militia began a march on Tarsis. The Velt rebellion on Saturday "
                              "shook Keldoria. Ortega vowed to crush the Velt rebellion. The rebellion failed.")
            << QStringList { QStringLiteral("Velt rebellion") };
        QTest::newRow("the noun most mentions use names the happening, not the one more dated ones use")
            << QStringLiteral("On Saturday, the Velt militia began a march on Tarsis. On Saturday, its columns kept up "
                              "the march on Tarsis. On Saturday, fighters led an armed rebellion of conscripts. The "
                              "Velt rebellion shook Keldoria. Ortega vowed to crush the Velt rebellion. Tarsis "
                              "mourned after the Velt rebellion.")
            << QStringList { QStringLiteral("Velt rebellion") };
        QTest::newRow("a name inside a longer word is not whose the happening was")
            << QStringLiteral("On Saturday, a rebellion of recruits from the Keldorian army shook Keldoria.")
            << QStringList { QStringLiteral("Rebellion of recruits") };
        QTest::newRow("a headline's object ends with its phrase")
            << QStringLiteral("In 2019, the firm transitioned to hybrid work for its two thousand northern staff.")
            << QStringList { QStringLiteral("Firm transitions") };
    }

    // Who took part, as the event lists them: names, not words that open a sentence capitalised.
    void participants_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("a sentence-initial adverb is no name") << QStringLiteral(
            "\"Too early to say,\" he said during an appearance in the Tarsis briefing room on Monday.")
                                                              << QStringList {};
        QTest::newRow("an initialism after an indefinite article modifies a noun")
            << QStringLiteral("Vask toured a plant in Tarsis on Monday and recorded a TV clip.")
            << QStringList { QStringLiteral("Vask") };
    }

    void participants()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        const Article article = TestSupport::makeArticle(text, QDate(2025, 10, 27));
        const QList<Event> events = EventMerger::merge(EventExtractor::extract(article, 0));
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.constFirst().participants, expected);
    }

    void labels()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        const Article article = TestSupport::makeArticle(text, QDate(2025, 10, 27));
        QStringList labels;
        for (const Event &e : EventMerger::merge(EventExtractor::extract(article, 0)))
            labels.append(e.label);
        QCOMPARE(labels, expected);
    }
};

QTEST_GUILESS_MAIN(TestEventLabeler)
#include "tst_eventlabeler.moc"
