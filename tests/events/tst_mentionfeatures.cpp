// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "events/lexicon.h"
#include "events/mentionfeatures.h"

#include <QTest>

class TestMentionFeatures : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // The kinds of happening a mention is compared by: what it tells of, not what it names in passing.
    void kinds_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("trigger");
        QTest::addColumn<bool>("resignation");
        QTest::addColumn<bool>("rescue");
        QTest::newRow("a resignation") << QStringLiteral("Premier Ann Vogel resigned on Thursday")
                                       << QStringLiteral("resigned") << true << false;
        QTest::newRow("a call in the wake of a resignation")
            << QStringLiteral("Jon Vask renewed his call for a snap vote in the wake of Ann Vogel's resignation")
            << QStringLiteral("vote, resignation") << false << false;
        QTest::newRow("a call following a resignation")
            << QStringLiteral("Jon Vask called for an election following the resignation")
            << QStringLiteral("election, resignation") << false << false;
        QTest::newRow("a cue in another clause does not reach the trigger")
            << QStringLiteral("Ann Vogel told the assembly late on Monday, after the vote, of her resignation")
            << QStringLiteral("told, resignation") << true << false;
        QTest::newRow("a reacted-to happening alone is still the mention's kind")
            << QStringLiteral("in the wake of Ann Vogel's resignation") << QStringLiteral("resignation") << true
            << false;
        QTest::newRow("the end of a search") << QStringLiteral("The coast guard ended its search late on Monday")
                                             << QStringLiteral("ended") << false << true;
        QTest::newRow("a halt with remains found is not the search's end")
            << QStringLiteral("The bodies of two divers were found on Monday as recovery efforts were called off")
            << QStringLiteral("called off") << false << false;
        QTest::newRow("a halt of something else") << QStringLiteral("The port suspended all traffic on Monday")
                                                  << QStringLiteral("suspended") << false << false;
    }

    void kinds()
    {
        QFETCH(QString, text);
        QFETCH(QString, trigger);
        QFETCH(bool, resignation);
        QFETCH(bool, rescue);
        EventMention m;
        m.text = text;
        m.trigger = trigger;
        const MentionFeatures f = MentionFeatures::of(m);
        QCOMPARE(bool(f.families & Lexicon::Resignation), resignation);
        QCOMPARE(bool(f.families & Lexicon::Rescue), rescue);
    }

    // Who a mention is about, as the merger compares it: not one told of the happening, nor a name that only owns
    // another noun before a verb of someone else. `participants` starts with the extractor's theme.
    void themes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("trigger");
        QTest::addColumn<QStringList>("participants");
        QTest::addColumn<QString>("theme");
        QTest::addColumn<QStringList>("people");
        const auto names = [](std::initializer_list<const char *> list) {
            QStringList out;
            for (const char *n : list)
                out.append(QString::fromUtf8(n));
            return out;
        };
        QTest::newRow("the resigner") << QStringLiteral("Ann Vogel resigned on Thursday") << QStringLiteral("resigned")
                                      << names({ "Ann Vogel" }) << QStringLiteral("ann vogel")
                                      << names({ "ann vogel" });
        QTest::newRow("one told of her resignation")
            << QStringLiteral("and phoned King Orm on Thursday to inform him of her resignation")
            << QStringLiteral("resignation") << names({ "Orm" }) << QString() << QStringList {};
        QTest::newRow("one told of it by a telling verb")
            << QStringLiteral("Vask informed Tam Orr of his departure") << QStringLiteral("departure")
            << names({ "Tam Orr", "Vask" }) << QString() << names({ "vask" });
        QTest::newRow("the owner of her own resignation")
            << QStringLiteral("Ann Vogel announced her resignation") << QStringLiteral("resignation")
            << names({ "Ann Vogel" }) << QStringLiteral("ann vogel") << names({ "ann vogel" });
        QTest::newRow("an owner of another noun before a verb")
            << QStringLiteral("Tam Orr was added to the departures from Vogel's cabinet, as she resigned")
            << QStringLiteral("resigned") << names({ "Vogel", "Tam Orr" }) << QString() << names({ "tam orr" });
        QTest::newRow("an owner of the happening noun")
            << QStringLiteral("after Vogel's resignation on Monday") << QStringLiteral("resignation")
            << names({ "Vogel" }) << QStringLiteral("vogel") << names({ "vogel" });
    }

    void themes()
    {
        QFETCH(QString, text);
        QFETCH(QString, trigger);
        QFETCH(QStringList, participants);
        QFETCH(QString, theme);
        QFETCH(QStringList, people);
        EventMention m;
        m.text = text;
        m.trigger = trigger;
        m.participants = participants;
        m.theme = participants.constFirst();
        const MentionFeatures f = MentionFeatures::of(m);
        QCOMPARE(f.theme, theme);
        QCOMPARE(f.people, people);
    }

    // What the merger compares as the act: a plural noun as its singular, a business act by its group's word.
    void lemmas_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("trigger");
        QTest::addColumn<QString>("lemma");
        QTest::newRow("a plural happening noun") << QStringLiteral("Officials provided updates on Monday")
                                                 << QStringLiteral("updates") << QStringLiteral("update");
        QTest::newRow("a release is a launch") << QStringLiteral("Velt Motors released the Arko sedan in 2022")
                                               << QStringLiteral("released") << QStringLiteral("launch");
        QTest::newRow("an investment is investing") << QStringLiteral("Velt made a $2 billion investment in 2019")
                                                    << QStringLiteral("investment") << QStringLiteral("invest");
        QTest::newRow("building is no group's")
            << QStringLiteral("Velt built a plant in 2019") << QStringLiteral("built") << QStringLiteral("build");
    }

    void lemmas()
    {
        QFETCH(QString, text);
        QFETCH(QString, trigger);
        QFETCH(QString, lemma);
        EventMention m;
        m.text = text;
        m.trigger = trigger;
        QCOMPARE(MentionFeatures::of(m).lemma, lemma);
    }

    // Every trigger phrase gives its base form: "told reporters, briefing" is also a briefing.
    void everyPhraseGivesABaseForm()
    {
        EventMention m;
        m.text = QStringLiteral("Ona Velt told reporters on Tuesday during a briefing");
        m.trigger = QStringLiteral("told reporters, briefing");
        const MentionFeatures f = MentionFeatures::of(m);
        QCOMPARE(f.lemma, QStringLiteral("tell"));
        QCOMPARE(f.otherLemmas, QStringList { QStringLiteral("briefing") });
    }
};

QTEST_GUILESS_MAIN(TestMentionFeatures)
#include "tst_mentionfeatures.moc"
