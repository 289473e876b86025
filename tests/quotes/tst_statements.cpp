// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/analyzer.h"
#include "quotes/aligner.h"
#include "quotes/namecanonicalizer.h"
#include "quotes/statementgrouper.h"
#include "quotes/textnormalizer.h"
#include "quotes/unionfind.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QStandardPaths>
#include <QTest>

#include <algorithm>
#include <array>
#include <ctime>
#include <vector>

namespace
{
// A corpus of made-up articles, in the given order (the loader sorts; these tests deliberately may not).
AnalysisResult analyse(const QStringList &texts, bool reversed = false)
{
    Corpus corpus;
    for (int i = 0; i < texts.size(); ++i) {
        Article a = TestSupport::makeArticle(texts.at(i), {}, QStringLiteral("art%1").arg(i));
        a.outlet = QStringLiteral("Outlet %1").arg(i);
        corpus.articles.append(a);
    }
    if (reversed)
        std::reverse(corpus.articles.begin(), corpus.articles.end());
    return Analyzer::run(corpus);
}

// "speaker: article#q1 text / article#q2 text" per statement, in statement order.
QStringList statementLines(const AnalysisResult &r)
{
    QStringList lines;
    for (const Statement &s : r.statements) {
        QStringList parts;
        for (const QString &id : s.quotes)
            parts.append(id + u' ' + r.quotes.at(r.quoteIndex(id)).text);
        lines.append(s.id + u' ' + (s.speaker.isEmpty() ? QStringLiteral("unknown") : s.speaker) + QStringLiteral(": ")
            + parts.join(QStringLiteral(" / ")));
    }
    return lines;
}

QString kinds(const QList<AlignmentColumn> &columns)
{
    QStringList k;
    for (const AlignmentColumn &c : columns)
        k.append(diffKindName(c.kind));
    return k.join(u' ');
}
}

class TestStatements : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void normalise_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<bool>("equal");
        QTest::newRow("ise/ize/ization") << QStringLiteral("denuclearising") << QStringLiteral("denuclearization")
                                         << true;
        QTest::newRow("ize/ing") << QStringLiteral("denuclearizing") << QStringLiteral("denuclearize") << true;
        QTest::newRow("our/or") << QStringLiteral("the colour") << QStringLiteral("The color") << true;
        QTest::newRow("tre/ter") << QStringLiteral("centre") << QStringLiteral("center") << true;
        QTest::newRow("I'm") << QStringLiteral("I’m open") << QStringLiteral("I am open") << true;
        QTest::newRow("n't") << QStringLiteral("we haven't") << QStringLiteral("We have not") << true;
        QTest::newRow("cannot") << QStringLiteral("cannot") << QStringLiteral("can't") << true;
        QTest::newRow("quote marks and punctuation")
            << QStringLiteral("“Hello,” there!") << QStringLiteral("hello there") << true;
        QTest::newRow("possessive") << QStringLiteral("Marlow’s") << QStringLiteral("Marlow") << true;
        QTest::newRow("accents") << QStringLiteral("déjà vu") << QStringLiteral("deja vu") << true;
        QTest::newRow("different words") << QStringLiteral("love") << QStringLiteral("like") << false;
        QTest::newRow("gonna") << QStringLiteral("It’s gonna take a while")
                               << QStringLiteral("it is going to take a while") << true;
        QTest::newRow("wanna") << QStringLiteral("we wanna stay") << QStringLiteral("We want to stay") << true;
        QTest::newRow("informal form only of adjacent words")
            << QStringLiteral("they were going, to be fair") << QStringLiteral("they were gonna be fair") << false;
        QTest::newRow("negation kept") << QStringLiteral("we will") << QStringLiteral("we will not") << false;
    }
    void normalise()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(bool, equal);
        QCOMPARE(TextNormalizer::keys(a) == TextNormalizer::keys(b), equal);
    }

    // Every run of the app has another Qt hash seed, which string hashes follow even when given a seed of their
    // own. The grouper orders candidates by these keys: a key that followed the seed would group the same quotes
    // differently from one run to the next. So a word's key is a number fixed here.
    void keysAreTheSameInEveryRun()
    {
        const std::vector<KeyedWord> words = TextNormalizer::keyedWords(QStringLiteral("Velmora harbour"));
        QCOMPARE(words.size(), size_t(2));
        QCOMPARE(words.at(0).key, 455297532u);
        QCOMPARE(words.at(1).key, 258364294u);
    }

    void displayIsUntouched()
    {
        const QList<NormalizedWord> words = TextNormalizer::words(QStringLiteral("“I’m open,” he said"));
        QCOMPARE(words.size(), 4);
        QCOMPARE(words.at(0).display, QStringLiteral("I’m"));
        QCOMPARE(words.at(1).display, QStringLiteral("open,”"));
    }

    void canonical_data()
    {
        QTest::addColumn<QStringList>("forms");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("titles stripped, full name")
            << QStringList { QStringLiteral("Marlow"), QStringLiteral("Marlow"), QStringLiteral("Edwin Marlow"),
                   QStringLiteral("Marlow") }
            << QStringList { QStringLiteral("Edwin Marlow"), QStringLiteral("Edwin Marlow"),
                   QStringLiteral("Edwin Marlow"), QStringLiteral("Edwin Marlow") };
        QTest::newRow("hyphen and given names")
            << QStringList { QStringLiteral("Park Min Ho"), QStringLiteral("Park Min-ho"), QStringLiteral("Min Ho"),
                   QStringLiteral("Park"), QStringLiteral("Park Min Ho") }
            << QStringList { QStringLiteral("Park Min Ho"), QStringLiteral("Park Min Ho"),
                   QStringLiteral("Park Min Ho"), QStringLiteral("Park Min Ho"), QStringLiteral("Park Min Ho") };
        QTest::newRow("most frequent full form")
            << QStringList { QStringLiteral("Edwin J. Marlow"), QStringLiteral("Edwin Marlow"),
                   QStringLiteral("Edwin Marlow") }
            << QStringList { QStringLiteral("Edwin Marlow"), QStringLiteral("Edwin Marlow"),
                   QStringLiteral("Edwin Marlow") };
        QTest::newRow("different people sharing a surname stay apart")
            << QStringList { QStringLiteral("Park Min Ho"), QStringLiteral("Park Min Ho"),
                   QStringLiteral("Park Su Jin"), QStringLiteral("Park") }
            << QStringList { QStringLiteral("Park Min Ho"), QStringLiteral("Park Min Ho"),
                   QStringLiteral("Park Su Jin"), QStringLiteral("Park Min Ho") };
        QTest::newRow("spelling variants of one part")
            << QStringList { QStringLiteral("Kier Marlow"), QStringLiteral("Keir Marlow"),
                   QStringLiteral("Keir Marlow"), QStringLiteral("Andrei Volkov"), QStringLiteral("Andrey Volkov"),
                   QStringLiteral("Andrey Volkov"), QStringLiteral("Alexandr Petrov"),
                   QStringLiteral("Alexander Petrov"), QStringLiteral("Alexander Petrov") }
            << QStringList { QStringLiteral("Keir Marlow"), QStringLiteral("Keir Marlow"),
                   QStringLiteral("Keir Marlow"), QStringLiteral("Andrey Volkov"), QStringLiteral("Andrey Volkov"),
                   QStringLiteral("Andrey Volkov"), QStringLiteral("Alexander Petrov"),
                   QStringLiteral("Alexander Petrov"), QStringLiteral("Alexander Petrov") };
        QTest::newRow("short given names a letter apart are different people")
            << QStringList { QStringLiteral("Mark Marlow"), QStringLiteral("Mary Marlow") }
            << QStringList { QStringLiteral("Mark Marlow"), QStringLiteral("Mary Marlow") };
        QTest::newRow("junior is someone else")
            << QStringList { QStringLiteral("Edwin Marlow"), QStringLiteral("Edwin Marlow Jr.") }
            << QStringList { QStringLiteral("Edwin Marlow"), QStringLiteral("Edwin Marlow Jr.") };
    }
    void canonical()
    {
        QFETCH(QStringList, forms);
        QFETCH(QStringList, expected);
        NameCanonicalizer names;
        for (const QString &f : forms)
            names.add(f);
        names.build();
        QStringList found;
        for (const QString &f : forms)
            found.append(names.canonical(f));
        QCOMPARE(found, expected);
        QCOMPARE(names.canonical(QString()), QString());
    }

    void grouping_data()
    {
        QTest::addColumn<QStringList>("articles");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("full, partial, spelling and fragment")
            << QStringList { QStringLiteral("“We will never stop denuclearising the region, and we will keep our "
                                            "promise,” Ana Ruiz said."),
                   QStringLiteral("Ana Ruiz said: “We will never stop denuclearizing the region.”"),
                   QStringLiteral("Ana Ruiz vowed to “keep our promise” on Monday.") }
            << QStringList { QStringLiteral("s1 Ana Ruiz: art0#q1 We will never stop denuclearising the region, and "
                                            "we will keep our promise / art1#q1 We will never stop denuclearizing "
                                            "the region. / art2#q1 keep our promise") };
        QTest::newRow("changed words")
            << QStringList { QStringLiteral(
                                 "“If the council wants to send the signal, we’re ready to listen,” Ana Ruiz said."),
                   QStringLiteral("“If the council wants to pass on the message, we’re ready to hear that offer,” Ana "
                                  "Ruiz said.") }
            << QStringList { QStringLiteral(
                   "s1 Ana Ruiz: art0#q1 If the council wants to send the signal, we’re ready to listen / "
                   "art1#q1 If the council wants to pass on the message, we’re ready to hear that offer") };
        QTest::newRow("different statements of one speaker stay apart")
            << QStringList { QStringLiteral("“I would be glad to visit him,” Ana Ruiz said."),
                   QStringLiteral("“I would like to phone them,” Ana Ruiz said. She is “ready for a call”.") }
            << QStringList { QStringLiteral("s1 Ana Ruiz: art0#q1 I would be glad to visit him"),
                   QStringLiteral("s2 Ana Ruiz: art1#q1 I would like to phone them"),
                   QStringLiteral("s3 Ana Ruiz: art1#q2 ready for a call") };
        QTest::newRow("look-alike sentences of one article stay apart")
            << QStringList { QStringLiteral("“I came to this office with a promise to mend every road in the county,” "
                                            "Ana Ruiz said.\n\nThe council met on Monday.\n\n“I cannot keep the "
                                            "promise to mend every road in the county that brought me to this office,” "
                                            "she said."),
                   QStringLiteral("“I cannot keep the promise to mend every road in the county that brought me to this "
                                  "office,” Ana Ruiz said.") }
            << QStringList { QStringLiteral("s1 Ana Ruiz: art0#q1 I came to this office with a promise to mend every "
                                            "road in the county"),
                   QStringLiteral("s2 Ana Ruiz: art0#q2 I cannot keep the promise to mend every road in the county "
                                  "that brought me to this office / art1#q1 I cannot keep the promise to mend every "
                                  "road in the county that brought me to this office") };
        QTest::newRow("short common words, other speakers")
            << QStringList { QStringLiteral("“No comment,” Ana Ruiz said."),
                   QStringLiteral("“No comment,” Bo Lind said.") }
            << QStringList { QStringLiteral("s1 Ana Ruiz: art0#q1 No comment"),
                   QStringLiteral("s2 Bo Lind: art1#q1 No comment") };
        QTest::newRow("word-for-word copies join their original")
            << QStringList { QStringLiteral("“We are open to talks at any time,” Ana Ruiz said."),
                   QStringLiteral("“We are open to talks at any time,” Ana Ruiz said on Monday."),
                   QStringLiteral("“We are open to talks, at any time,” Ana Ruiz told reporters."),
                   QStringLiteral("“We are open to serious talks at any time,” Ana Ruiz said.") }
            << QStringList { QStringLiteral("s1 Ana Ruiz: art0#q1 We are open to talks at any time / art1#q1 We are "
                                            "open to talks at any time / art2#q1 We are open to talks, at any time / "
                                            "art3#q1 We are open to serious talks at any time") };
        QTest::newRow("copies of a short quote keep their speakers apart")
            << QStringList { QStringLiteral("“No comment at all,” Ana Ruiz said."),
                   QStringLiteral("“No comment at all,” Bo Lind said."),
                   QStringLiteral("“No comment at all,” Ana Ruiz said again.") }
            << QStringList { QStringLiteral("s1 Ana Ruiz: art0#q1 No comment at all / art2#q1 No comment at all"),
                   QStringLiteral("s2 Bo Lind: art1#q1 No comment at all") };
        QTest::newRow("unknown speaker joins")
            << QStringList { QStringLiteral("“We will rebuild every school in the valley,” Ana Ruiz said."),
                   QStringLiteral("Officials promised to “rebuild every school in the valley” soon.") }
            << QStringList { QStringLiteral("s1 Ana Ruiz: art0#q1 We will rebuild every school in the valley / "
                                            "art1#q1 rebuild every school in the valley") };
        QTest::newRow("woven fragments and lone terms")
            << QStringList { QStringLiteral("“We will talk when they accept reality,” Ana Ruiz said."),
                   QStringLiteral("Ana Ruiz said talks need them to “accept reality” and “a new start”, citing "
                                  "“hostile” moves.") }
            << QStringList { QStringLiteral("s1 Ana Ruiz: art0#q1 We will talk when they accept reality / art1#q1 "
                                            "accept reality / art1#q2 a new start") };
        QTest::newRow("a rendering reworded in translation")
            << QStringList { QStringLiteral("“Reckless ambitions and private interests have pushed the palace guards "
                                            "to treason,” Ana Ruiz said."),
                   QStringLiteral("“Excessive ambitions and personal interests drove palace guards into treason,” "
                                  "Ana Ruiz said.") }
            << QStringList { QStringLiteral("s1 Ana Ruiz: art0#q1 Reckless ambitions and private interests have "
                                            "pushed the palace guards to treason / art1#q1 Excessive ambitions and "
                                            "personal interests drove palace guards into treason") };
        QTest::newRow("a spoken form and the written words")
            << QStringList { QStringLiteral("“It’s gonna cost money,” Ana Ruiz said."),
                   QStringLiteral("“That is going to cost money,” Ana Ruiz said.") }
            << QStringList { QStringLiteral(
                   "s1 Ana Ruiz: art0#q1 It’s gonna cost money / art1#q1 That is going to cost money") };
        QTest::newRow("a label credited by the same verb as a woven fragment")
            << QStringList { QStringLiteral("“The council must drop its reckless plan for the harbour,” Ana Ruiz "
                                            "said."),
                   QStringLiteral("Ana Ruiz urged the council to drop its “reckless plan” and treat the harbour as a "
                                  "“public good”.") }
            << QStringList { QStringLiteral("s1 Ana Ruiz: art0#q1 The council must drop its reckless plan for the "
                                            "harbour / art1#q1 reckless plan / art1#q2 public good") };
        QTest::newRow("a label credited by another verb stays apart")
            << QStringList { QStringLiteral("“The council must drop its reckless plan for the harbour,” Ana Ruiz "
                                            "said."),
                   QStringLiteral("Ana Ruiz accused the council of a “reckless plan”, vowing a “fresh start”.") }
            << QStringList { QStringLiteral("s1 Ana Ruiz: art0#q1 The council must drop its reckless plan for the "
                                            "harbour / art1#q1 reckless plan") };
        QTest::newRow("a label and a quote one verb credits")
            << QStringList { QStringLiteral("Ana Ruiz said the inquiry had been a “careful review” and that “the "
                                            "chief was not candid with the board, so he must go.”") }
            << QStringList { QStringLiteral("s1 Ana Ruiz: art0#q1 careful review / art0#q2 the chief was not candid "
                                            "with the board, so he must go") };
        QTest::newRow("a credited word joins the statement that holds it")
            << QStringList { QStringLiteral("“Those who broke the law committed treason against the republic,” Ana "
                                            "Ruiz said."),
                   QStringLiteral("“The courts will hear every case before winter,” Ana Ruiz said."),
                   QStringLiteral("Ana Ruiz called the plot “treason” on Monday.") }
            << QStringList { QStringLiteral("s1 Ana Ruiz: art0#q1 Those who broke the law committed treason against "
                                            "the republic / art2#q1 treason"),
                   QStringLiteral("s2 Ana Ruiz: art1#q1 The courts will hear every case before winter") };
        QTest::newRow("pieces of one remark in one paragraph")
            << QStringList { QStringLiteral("“We will reopen the harbour by spring,” Ana Ruiz said on Monday. “Every "
                                            "crane will be back at work.”") }
            << QStringList { QStringLiteral("s1 Ana Ruiz: art0#q1 We will reopen the harbour by spring / art0#q2 "
                                            "Every crane will be back at work.") };
        QTest::newRow("a speech quoted paragraph by paragraph")
            << QStringList { QStringLiteral("Ana Ruiz said: “We came to office in hard times.\n\n“Prices were rising "
                                            "every week.\n\n“We kept every school open.”\n\nThe vote is on Friday.") }
            << QStringList { QStringLiteral("s1 Ana Ruiz: art0#q1 We came to office in hard times. / art0#q2 Prices "
                                            "were rising every week. / art0#q3 We kept every school open.") };
        QTest::newRow("an unclosed paragraph goes on in the next, cue and all") << QStringList {
            QStringLiteral("Asked about the vote, Ana Ruiz said: “We will win it.\n\n“Then we rebuild "
                           "the port,” she added.\n\nThe vote is on Friday.")
        } << QStringList { QStringLiteral("s1 Ana Ruiz: art0#q1 We will win it. / art0#q2 Then we rebuild the port") };
        QTest::newRow("a closed quote and the next paragraph's cued one stay apart")
            << QStringList { QStringLiteral("Asked about the vote, Ana Ruiz said: “We will win it.”\n\n“Then we "
                                            "rebuild the port,” she added.") }
            << QStringList { QStringLiteral("s1 Ana Ruiz: art0#q1 We will win it."),
                   QStringLiteral("s2 Ana Ruiz: art0#q2 Then we rebuild the port") };
        QTest::newRow("points other articles quote apart stay apart")
            << QStringList { QStringLiteral("“We will cut taxes for every family this year,” Ana Ruiz said. “The new "
                                            "bridge will open in the autumn.”"),
                   QStringLiteral("“We will cut taxes for every family this year,” Ana Ruiz said."),
                   QStringLiteral("“The new bridge will open in the autumn,” Ana Ruiz said.") }
            << QStringList { QStringLiteral("s1 Ana Ruiz: art0#q1 We will cut taxes for every family this year / "
                                            "art1#q1 We will cut taxes for every family this year"),
                   QStringLiteral("s2 Ana Ruiz: art0#q2 The new bridge will open in the autumn. / art2#q1 The new "
                                  "bridge will open in the autumn") };
        QTest::newRow("pieces one verb credits join where no outlet quotes the lesser one alone")
            << QStringList { QStringLiteral("Bo Lind said Ana Ruiz had been “careless with the public purse” and that "
                                            "he could “no longer trust her judgement on the budget”."),
                   QStringLiteral("“Ana Ruiz has been careless with the public purse,” Bo Lind said. “I no longer "
                                  "trust her judgement on the budget.”"),
                   QStringLiteral("“Ana Ruiz has been careless with the public purse,” Bo Lind said on Monday.") }
            << QStringList { QStringLiteral("s1 Bo Lind: art0#q1 careless with the public purse / art0#q2 no longer "
                                            "trust her judgement on the budget / art1#q1 Ana Ruiz has been careless "
                                            "with the public purse / art1#q2 I no longer trust her judgement on the "
                                            "budget. / art2#q1 Ana Ruiz has been careless with the public purse") };
        QTest::newRow("pieces one verb credits stay apart where outlets quote each alone")
            << QStringList { QStringLiteral("Bo Lind said Ana Ruiz had been “careless with the public purse” and that "
                                            "he could “no longer trust her judgement on the budget”."),
                   QStringLiteral("“Ana Ruiz has been careless with the public purse,” Bo Lind said."),
                   QStringLiteral("“I no longer trust her judgement on the budget,” Bo Lind said.") }
            << QStringList { QStringLiteral("s1 Bo Lind: art0#q1 careless with the public purse / art1#q1 Ana Ruiz has "
                                            "been careless with the public purse"),
                   QStringLiteral("s2 Bo Lind: art0#q2 no longer trust her judgement on the budget / art2#q1 I no "
                                  "longer trust her judgement on the budget") };
        QTest::newRow("fragments outlets set beside one statement render part of it")
            << QStringList { QStringLiteral("Ana Ruiz promised work on “every pier, crane and warehouse along the "
                                            "river”.\n\n“We will keep working closely with the port authority until "
                                            "the harbour reopens,” she said."),
                   QStringLiteral("“We will keep working closely with the port authority until the harbour reopens,” "
                                  "Ana Ruiz said.\n\nThe work will cover “every pier, crane and warehouse on the "
                                  "river”, she said."),
                   QStringLiteral("“We will keep working closely with the port authority until the harbour reopens,” "
                                  "Ana Ruiz said on Monday.") }
            << QStringList { QStringLiteral("s1 Ana Ruiz: art0#q1 every pier, crane and warehouse along the river / "
                                            "art0#q2 We will keep working closely with the port authority until the "
                                            "harbour reopens / art1#q1 We will keep working closely with the port "
                                            "authority until the harbour reopens / art1#q2 every pier, crane and "
                                            "warehouse on the river / art2#q1 We will keep working closely with "
                                            "the port authority until the harbour reopens") };
        QTest::newRow("copies of one story setting a label beside a quote prove nothing")
            << QStringList { QStringLiteral("Ana Ruiz called the objections “a counsel of despair”.\n\n“We have "
                                            "waited eleven years for this harbour,” she said."),
                   QStringLiteral("Ana Ruiz called the objections “a counsel of despair”.\n\n“We have waited "
                                  "eleven years for this harbour,” she said."),
                   QStringLiteral("“We have waited eleven years for this harbour,” Ana Ruiz said on Monday.") }
            << QStringList { QStringLiteral("s1 Ana Ruiz: art0#q1 a counsel of despair / art1#q1 a counsel of despair"),
                   QStringLiteral("s2 Ana Ruiz: art0#q2 We have waited eleven years for this harbour / art1#q2 We "
                                  "have waited eleven years for this harbour / art2#q1 We have waited eleven years "
                                  "for this harbour") };
        QTest::newRow("fragments set beside different statements stay apart")
            << QStringList { QStringLiteral("Ana Ruiz promised work on “every pier, crane and warehouse along the "
                                            "river”.\n\n“We will keep working closely with the port authority until "
                                            "the harbour reopens,” she said."),
                   QStringLiteral("“The budget for the schools will rise by a tenth next year,” Ana Ruiz said.\n\nThe "
                                  "work will cover “every pier, crane and warehouse on the river”, she said."),
                   QStringLiteral("“We will keep working closely with the port authority until the harbour reopens,” "
                                  "Ana Ruiz said on Monday.") }
            << QStringList { QStringLiteral("s1 Ana Ruiz: art0#q1 every pier, crane and warehouse along the river / "
                                            "art1#q2 every pier, crane and warehouse on the river"),
                   QStringLiteral("s2 Ana Ruiz: art0#q2 We will keep working closely with the port authority until "
                                  "the harbour reopens / art2#q1 We will keep working closely with the port authority "
                                  "until the harbour reopens"),
                   QStringLiteral("s3 Ana Ruiz: art1#q1 The budget for the schools will rise by a tenth next year") };
        QTest::newRow("another speaker's reply stays apart")
            << QStringList { QStringLiteral("“We will win the vote,” Ana Ruiz said. “They will lose it badly,” Bo "
                                            "Lind replied.") }
            << QStringList { QStringLiteral("s1 Ana Ruiz: art0#q1 We will win the vote"),
                   QStringLiteral("s2 Bo Lind: art0#q2 They will lose it badly") };
        QTest::newRow("a paragraph that is only the quote goes on")
            << QStringList { QStringLiteral("“We will win the vote,” Ana Ruiz said at the rally.\n\n“Then we rebuild "
                                            "the port.”") }
            << QStringList { QStringLiteral(
                   "s1 Ana Ruiz: art0#q1 We will win the vote / art0#q2 Then we rebuild the port.") };
        QTest::newRow("an uncredited source goes on in a quote paragraph")
            << QStringList { QStringLiteral("“The plant will close in May,” one manager said.\n\n“All staff will be "
                                            "offered new posts.”") }
            << QStringList { QStringLiteral(
                   "s1 unknown: art0#q1 The plant will close in May / art0#q2 All staff will be offered new posts.") };
        QTest::newRow("two uncredited sources in one paragraph stay apart")
            << QStringList { QStringLiteral("“The plant will close in May,” one manager said. “Nobody told us "
                                            "anything about it,” a worker said.") }
            << QStringList { QStringLiteral("s1 unknown: art0#q1 The plant will close in May"),
                   QStringLiteral("s2 unknown: art0#q2 Nobody told us anything about it") };
        QTest::newRow("the next quote of a paragraph goes on")
            << QStringList { QStringLiteral("“We will open the new terminal in the spring,” Ana Ruiz said. “The ferry "
                                            "fares will stay as they are,” she added.") }
            << QStringList { QStringLiteral("s1 Ana Ruiz: art0#q1 We will open the new terminal in the spring / "
                                            "art0#q2 The ferry fares will stay as they are") };
        QTest::newRow("an answer to a question put after the quote before stays apart")
            << QStringList { QStringLiteral("“We will open the new terminal in the spring,” Ana Ruiz said. When asked "
                                            "about the ferry fares, she added, “That is for the harbour board to "
                                            "decide.”") }
            << QStringList { QStringLiteral("s1 Ana Ruiz: art0#q1 We will open the new terminal in the spring"),
                   QStringLiteral("s2 Ana Ruiz: art0#q2 That is for the harbour board to decide.") };
        QTest::newRow("a question before the first quote leaves the answer whole")
            << QStringList { QStringLiteral(
                   "Asked about the ferry fares, Ana Ruiz said: “That is for the harbour board "
                   "to decide.” “We will open the new terminal in the spring,” she added.") }
            << QStringList { QStringLiteral("s1 Ana Ruiz: art0#q1 That is for the harbour board to decide. / art0#q2 "
                                            "We will open the new terminal in the spring") };
        QTest::newRow("a passage every outlet quotes whole is one statement")
            << QStringList { QStringLiteral("Ana Ruiz said: “The council has lost the trust of the town.\n\n“After "
                                            "ten years of delay, the people of the harbour deserve a working ferry.”"),
                   QStringLiteral("She said: “The council has lost the trust of the town.\n\n“After ten years of "
                                  "delay, the people of the harbour deserve a working ferry and a dry quay.”"),
                   QStringLiteral("Ana Ruiz said the council “has lost the trust of the town”.") }
            << QStringList { QStringLiteral(
                   "s1 Ana Ruiz: art0#q1 The council has lost the trust of the town. / art0#q2 "
                   "After ten years of delay, the people of the harbour deserve a working "
                   "ferry. / art1#q1 The council has lost the trust of the town. / art1#q2 "
                   "After ten years of delay, the people of the harbour deserve a working "
                   "ferry and a dry quay. / art2#q1 has lost the trust of the town") };
        QTest::newRow("a passage one outlet quotes apart stays two statements")
            << QStringList { QStringLiteral("Ana Ruiz said: “The council has lost the trust of the town.\n\n“After "
                                            "ten years of delay, the people of the harbour deserve a working ferry.”"),
                   QStringLiteral("“The council has lost the trust of the town,” Ana Ruiz said.\n\nThe ferry has "
                                  "not run since May.\n\n“After ten years of delay, the people of the harbour "
                                  "deserve a working ferry and a dry quay,” she said."),
                   QStringLiteral("Ana Ruiz said the council “has lost the trust of the town”.") }
            << QStringList { QStringLiteral(
                                 "s1 Ana Ruiz: art0#q1 The council has lost the trust of the town. / art1#q1 "
                                 "The council has lost the trust of the town / art2#q1 has lost the trust "
                                 "of the town"),
                   QStringLiteral("s2 Ana Ruiz: art0#q2 After ten years of delay, the people of the harbour deserve a "
                                  "working ferry. / art1#q2 After ten years of delay, the people of the harbour "
                                  "deserve a working ferry and a dry quay") };
        QTest::newRow("an uncredited source goes on in the fragments after it")
            << QStringList { QStringLiteral("The council met on Monday. “The new pier will open in June,” the report "
                                            "said. It also found the work “well planned and fairly priced” and “close "
                                            "to finished”.") }
            << QStringList { QStringLiteral("s1 unknown: art0#q1 The new pier will open in June / art0#q2 well planned "
                                            "and fairly priced / art0#q3 close to finished") };
        QTest::newRow("an uncredited source named again after a full stop that lost its space")
            << QStringList { QStringLiteral("“The new pier will open in June,” the report said.The report further "
                                            "called the work “well planned and fairly priced”.") }
            << QStringList { QStringLiteral(
                   "s1 unknown: art0#q1 The new pier will open in June / art0#q2 well planned and fairly priced") };
        QTest::newRow("two unnamed sources of one paragraph stay apart")
            << QStringList { QStringLiteral("“The plant will close in May,” one official said. A witness called the "
                                            "decision “a betrayal of the whole town”.") }
            << QStringList { QStringLiteral("s1 unknown: art0#q1 The plant will close in May"),
                   QStringLiteral("s2 unknown: art0#q2 a betrayal of the whole town") };
        QTest::newRow("an uncredited source does not reach far down its paragraph")
            << QStringList { QStringLiteral("“The new pier will open in June,” the report said. The crew worked at "
                                            "night. The cranes came from Velmora. The quay was dredged. The ferry "
                                            "waited offshore. It also found the work “well planned and fairly "
                                            "priced”.") }
            << QStringList { QStringLiteral("s1 unknown: art0#q1 The new pier will open in June"),
                   QStringLiteral("s2 unknown: art0#q2 well planned and fairly priced") };
        QTest::newRow("a short uncredited fragment links no articles")
            << QStringList { QStringLiteral("“The new pier will open in June,” the report said. It also found the "
                                            "work “well planned”."),
                   QStringLiteral("“The old quay will close in May,” the survey said. It also found the plan "
                                  "“well planned”.") }
            << QStringList { QStringLiteral(
                                 "s1 unknown: art0#q1 The new pier will open in June / art0#q2 well planned"),
                   QStringLiteral("s2 unknown: art1#q1 The old quay will close in May / art1#q2 well planned") };
        QTest::newRow("copies of a short uncredited fragment chain no sources")
            << QStringList { QStringLiteral("“The new pier will open in June,” the report said. It also found the "
                                            "work “well planned”. “The old quay will close in May,” the survey said. "
                                            "It also found the plan “well planned”.") }
            << QStringList { QStringLiteral("s1 unknown: art0#q1 The new pier will open in June"),
                   QStringLiteral("s2 unknown: art0#q2 well planned / art0#q4 well planned"),
                   QStringLiteral("s3 unknown: art0#q3 The old quay will close in May") };
        QTest::newRow("a woven fragment joins the remark its neighbouring word renders")
            << QStringList { QStringLiteral("Ana Ruiz says the “waste” of the old board “must be ended” and her party "
                                            "will lead a “march for clean water” in the city."),
                   QStringLiteral("Ana Ruiz vowed to “end the waste left by the old board of the water company”."),
                   QStringLiteral("Ana Ruiz announced a “march for clean water” on Friday.") }
            << QStringList { QStringLiteral(
                                 "s1 Ana Ruiz: art0#q1 waste / art0#q2 must be ended / art1#q1 end the waste "
                                 "left by the old board of the water company"),
                   QStringLiteral("s2 Ana Ruiz: art0#q3 march for clean water / art2#q1 march for clean water") };
        QTest::newRow("a piece between two points quoted apart joins neither")
            << QStringList { QStringLiteral(
                                 "Ana Ruiz said: “The harbour must be rebuilt before the winter storms.\n\n"
                                 "“This morning I walked along the old pier with the mayor.\n\n“We will open "
                                 "a new ferry line to the islands in the spring.”"),
                   QStringLiteral("“The harbour must be rebuilt before the winter storms,” Ana Ruiz said."),
                   QStringLiteral("“We will open a new ferry line to the islands in the spring,” Ana Ruiz said.") }
            << QStringList { QStringLiteral(
                                 "s1 Ana Ruiz: art0#q1 The harbour must be rebuilt before the winter storms. / "
                                 "art1#q1 The harbour must be rebuilt before the winter storms"),
                   QStringLiteral("s2 Ana Ruiz: art0#q2 This morning I walked along the old pier with the mayor."),
                   QStringLiteral("s3 Ana Ruiz: art0#q3 We will open a new ferry line to the islands in the spring. / "
                                  "art2#q1 We will open a new ferry line to the islands in the spring") };
        QTest::newRow("a paragraph with its own words between stays apart")
            << QStringList { QStringLiteral("“We will win the vote,” Ana Ruiz said.\n\nShe spoke in the rain for an "
                                            "hour. “Then we rebuild the port,” she said.") }
            << QStringList { QStringLiteral("s1 Ana Ruiz: art0#q1 We will win the vote"),
                   QStringLiteral("s2 Ana Ruiz: art0#q2 Then we rebuild the port") };
    }
    void grouping()
    {
        QFETCH(QStringList, articles);
        QFETCH(QStringList, expected);
        const AnalysisResult r = analyse(articles);
        QCOMPARE(statementLines(r).join(u'\n'), expected.join(u'\n'));
        for (const Quote &q : r.quotes) {
            if (!q.statement.isEmpty())
                QVERIFY(r.statements.at(r.statementIndex(q.statement)).quotes.contains(q.id));
        }
    }

    // A line reprinted everywhere: copies join their original directly instead of each becoming a
    // candidate of every other, and a variant still finds the group.
    void manyCopies()
    {
        // The inputs view their words.
        const std::vector<int> line { 1, 2, 3, 4, 5, 6, 7, 8 };
        const std::vector<int> variant { 1, 2, 3, 4, 5, 6, 9, 8 };
        const std::vector<int> other { 11, 12, 13, 14, 15 };
        const std::vector<int> fragment { 3, 4, 5 };
        QList<GroupInput> inputs;
        for (int i = 0; i < 20000; ++i)
            inputs.append({ line, i % 2 ? 0 : -1 });
        inputs.append({ variant, 0 });
        inputs.append({ other, 0 });
        inputs.append({ other, 1 }); // a copy by another speaker: similar() across speakers
        inputs.append({ fragment, 0, true }); // a fragment of the reprinted line
        QElapsedTimer timer;
        timer.start();
        const QList<int> groups = StatementGrouper::group(inputs);
        qInfo("20,004 quotes, 20,000 of them copies: grouped in %lld ms", timer.elapsed());
        for (int i = 0; i < 20000; ++i)
            QCOMPARE(groups.at(i), 0);
        QCOMPARE(groups.at(20000), 0);
        QCOMPARE(groups.at(20001), 20001);
        QCOMPARE(groups.at(20002), 20001);
        QCOMPARE(groups.at(20003), 0);
    }

    // Paragraphs that each open a quote and never close it ("“He said this 1", "“He said this 2", …): every
    // quote shares its common bigrams with every other. Grouping must stay linear: 4n quotes may take
    // about 4 times as long as n, never the 16 times of comparing all pairs.
    void groupingScales()
    {
        const auto seconds = [](int n) {
            QList<GroupInput> inputs;
            std::vector<std::array<int, 4>> words(static_cast<size_t>(n)); // what the inputs view
            for (int i = 0; i < n; ++i) {
                GroupInput in;
                words[size_t(i)] = { 1, 2, 3, 1000 + i };
                in.words = words[size_t(i)];
                in.speaker = 0;
                in.article = 0;
                in.paragraph = i;
                in.isParagraph = true;
                inputs.append(in);
            }
            const std::clock_t start = std::clock(); // CPU time of all threads: other processes do not count
            const QList<int> groups = StatementGrouper::group(inputs);
            const double spent = double(std::clock() - start) / CLOCKS_PER_SEC;
            // Alike enough to be one statement: grouping them all is the work that must stay linear.
            return groups.count(0) == n ? spent : -1.0;
        };
        const double small = seconds(25000);
        const double large = seconds(100000);
        QVERIFY(small >= 0 && large >= 0);
        qInfo("grouping 25,000 and 100,000 alike quotes: %.3f s and %.3f s", small, large);
        QVERIFY2(large < 8 * small + 0.1, qPrintable(QStringLiteral("%1 s, then %2 s").arg(small).arg(large)));
    }

    // Sets kept apart refuse to join, through any of their members, unless forced.
    void unionFindKeepsApart()
    {
        UnionFind sets(6);
        QVERIFY(sets.keepApart(0, 3));
        QVERIFY(sets.unite(0, 1));
        QVERIFY(sets.unite(3, 4));
        QVERIFY(!sets.unite(1, 4));
        QVERIFY(sets.find(1) != sets.find(4));
        QVERIFY(sets.unite(4, 5));
        QVERIFY(!sets.unite(5, 0));
        QVERIFY(!sets.keepApart(3, 5));
        QVERIFY(sets.unite(5, 0, true));
        QCOMPARE(sets.find(5), 0);
        QCOMPARE(sets.find(3), 0);
    }

    void conflict()
    {
        const AnalysisResult r = analyse({ QStringLiteral("“We will never give up our weapons,” Ana Ruiz said."),
            QStringLiteral("“We will never give up our weapons,” Ana Ruiz said in a speech."),
            QStringLiteral("“We will never give up our weapons,” Bo Lind said.") });
        QCOMPARE(r.statements.size(), 1);
        const Statement &s = r.statements.constFirst();
        QCOMPARE(s.speaker, QStringLiteral("Ana Ruiz"));
        QCOMPARE(s.conflicts.size(), 1);
        QCOMPARE(s.conflicts.constFirst().speakers,
            QStringList({ QStringLiteral("Ana Ruiz"), QStringLiteral("Ana Ruiz"), QStringLiteral("Bo Lind") }));
        QCOMPARE(s.conflicts.constFirst().quotes,
            QStringList({ QStringLiteral("art0#q1"), QStringLiteral("art1#q1"), QStringLiteral("art2#q1") }));
    }

    // Two speakers credited as often: the one credited first, whatever order the hash keeps them in.
    void tiedSpeakersGoToTheEarliest()
    {
        const QString words = QStringLiteral("“We will never give up our weapons,” %1 said.");
        for (int run = 0; run < 8; ++run) {
            QHashSeed::resetRandomGlobalSeed();
            const AnalysisResult r = analyse({ words.arg(QStringLiteral("Cy Moss")),
                words.arg(QStringLiteral("Bo Lind")), words.arg(QStringLiteral("Ana Ruiz")),
                words.arg(QStringLiteral("Ana Ruiz")), words.arg(QStringLiteral("Bo Lind")) });
            QCOMPARE(r.statements.size(), 1);
            QCOMPARE(r.statements.constFirst().speaker, QStringLiteral("Bo Lind"));
        }
    }

    // A headline sums up its own article: a phrase it shares loosely with another article's quote was said
    // again on another occasion, and the two occasions stay apart.
    void headlineJoinsItsOwnArticle()
    {
        Corpus corpus;
        corpus.articles.append(TestSupport::makeArticle(
            QStringLiteral("Ruiz: “We cannot allow a circus of chaos”\n\nAna Ruiz spoke on the evening news. “We "
                           "cannot allow a circus of chaos, we cannot allow another gamble on the port,” she said."),
            {}, QStringLiteral("art0"), true));
        corpus.articles.append(TestSupport::makeArticle(
            QStringLiteral("In a written statement, Ana Ruiz said: “After ten years of failure, people in this county "
                           "deserve much better than a circus of chaos. We cannot keep paying higher bills for closed "
                           "libraries.”"),
            {}, QStringLiteral("art1")));
        const AnalysisResult r = Analyzer::run(corpus);
        QCOMPARE(statementLines(r).join(u'\n'),
            QStringLiteral("s1 Ana Ruiz: art0#q1 We cannot allow a circus of chaos / art0#q2 We cannot allow a circus "
                           "of chaos, we cannot allow another gamble on the port\n"
                           "s2 Ana Ruiz: art1#q1 After ten years of failure, people in this county deserve much "
                           "better than a circus of chaos. We cannot keep paying higher bills for closed libraries."));
    }

    // A credited word in a headline joins the statement its article renders, even where that article's rendering
    // is itself a credited word that joins the statement only through other articles.
    void headlineWordAfterItsArticle()
    {
        Corpus corpus;
        corpus.articles.append(TestSupport::makeArticle(
            QStringLiteral("“Those who broke the law committed treachery against the republic,” Ana Ruiz said."), {},
            QStringLiteral("art0")));
        corpus.articles.append(TestSupport::makeArticle(
            QStringLiteral("Ruiz calls palace plot ‘treachery’\n\nAna Ruiz called the plot “treachery” on "
                           "Monday."),
            {}, QStringLiteral("art1"), true));
        const AnalysisResult r = Analyzer::run(corpus);
        QCOMPARE(statementLines(r).join(u'\n'),
            QStringLiteral("s1 Ana Ruiz: art0#q1 Those who broke the law committed treachery against the republic / "
                           "art1#q1 treachery / art1#q2 treachery"));
    }

    void orderIndependence()
    {
        const QStringList texts { QStringLiteral("“We will win the vote and then rebuild the port,” Ana Ruiz said."),
            QStringLiteral("Ana Ruiz said they would “rebuild the port”. “We will win,” Bo Lind said."),
            QStringLiteral("“We will win the vote and rebuild the harbour,” Ana Ruiz told reporters.") };
        const AnalysisResult forward = analyse(texts);
        const AnalysisResult backward = analyse(texts, true);
        const auto describe = [](const AnalysisResult &r) {
            QStringList lines;
            for (const Statement &s : r.statements) {
                QStringList cells;
                for (const AlignmentColumn &c : s.alignment)
                    cells.append(c.cells.toList().join(u'|') + u':' + diffKindName(c.kind));
                lines.append(s.id + u' ' + s.quotes.join(u',') + u' ' + s.reference + u' ' + cells.join(u' '));
            }
            return lines;
        };
        QCOMPARE(describe(backward), describe(forward));
        QCOMPARE(forward.statements.size(), 2);
    }

    void align_data()
    {
        QTest::addColumn<QString>("reference");
        QTest::addColumn<QString>("witness");
        QTest::addColumn<QString>("kinds");
        QTest::addColumn<double>("similarity");
        QTest::newRow("same") << QStringLiteral("voters must win") << QStringLiteral("voters must win")
                              << QStringLiteral("same same same") << 1.0;
        QTest::newRow("normalisation") << QStringLiteral("Voters must win.") << QStringLiteral("voters must win")
                                       << QStringLiteral("normalisation same normalisation") << 1.0;
        QTest::newRow("spelling") << QStringLiteral("stop denuclearising us")
                                  << QStringLiteral("stop denuclearizing us")
                                  << QStringLiteral("same normalisation same") << 1.0;
        QTest::newRow("contraction") << QStringLiteral("I am glad of it") << QStringLiteral("I’m glad of it")
                                     << QStringLiteral("normalisation same same same") << 1.0;
        QTest::newRow("substitution") << QStringLiteral("voters must surely win")
                                      << QStringLiteral("voters must surely lose")
                                      << QStringLiteral("same same same substitution") << 0.75;
        QTest::newRow("omission") << QStringLiteral("voters must surely win today")
                                  << QStringLiteral("voters must win today")
                                  << QStringLiteral("same same omission same same") << 0.8;
        QTest::newRow("insertion") << QStringLiteral("voters must win today")
                                   << QStringLiteral("voters must really win today")
                                   << QStringLiteral("same same insertion same same") << 0.8;
        QTest::newRow("partial quote is no omission")
            << QStringLiteral("if voters accept reality the party must talk") << QStringLiteral("accept reality")
            << QStringLiteral("same same same same same same same same") << 1.0;
        QTest::newRow("reordering") << QStringLiteral("today voters must win the vote")
                                    << QStringLiteral("voters must win the vote today")
                                    << QStringLiteral("reordering same same same same same reordering") << 5.0 / 6;
        // A moved run of words is one block of reordering columns, never substitutions.
        QTest::newRow("moved block") << QStringLiteral("the talks failed because of the sanctions")
                                     << QStringLiteral("because of the sanctions the talks failed")
                                     << QStringLiteral("reordering reordering reordering same same same same "
                                                       "reordering reordering reordering")
                                     << 4.0 / 7;
        QTest::newRow("swapped blocks") << QStringLiteral("rebuild the port and hold the vote")
                                        << QStringLiteral("hold the vote and rebuild the port")
                                        << QStringLiteral("reordering reordering reordering reordering same same same "
                                                          "reordering reordering reordering reordering")
                                        << 3.0 / 7;
        QTest::newRow("repeated word inside a moved block")
            << QStringLiteral("voters meet him soon if they hope to meet")
            << QStringLiteral("if they hope to meet voters meet him soon")
            << QStringLiteral("reordering reordering reordering reordering same same same same same reordering "
                              "reordering reordering reordering")
            << 5.0 / 9;
        QTest::newRow("changed and added words are no move")
            << QStringLiteral("voters must win today") << QStringLiteral("voters should really win today")
            << QStringLiteral("same insertion substitution same same") << 0.6;
    }
    void align()
    {
        QFETCH(QString, reference);
        QFETCH(QString, witness);
        QFETCH(QString, kinds);
        QFETCH(double, similarity);
        const QList<Aligner::Rendering> renderings { Aligner::Rendering::of(reference),
            Aligner::Rendering::of(witness) };
        QCOMPARE(Aligner::fullest(renderings), renderings.at(0).words.size() >= renderings.at(1).words.size() ? 0 : 1);
        const Aligner::Result r = Aligner::align(renderings, 0);
        QCOMPARE(::kinds(r.columns), kinds);
        QCOMPARE(r.similarity.at(0), 1.0);
        QVERIFY2(qAbs(r.similarity.at(1) - similarity) < 1e-9, qPrintable(QString::number(r.similarity.at(1))));
        for (const AlignmentColumn &c : r.columns)
            QCOMPARE(c.cells.size(), 2);
    }

    // Two renderings of a speech quoted in full are too long for one table: they are aligned on the words each
    // holds once, and each stretch between two of those as usual.
    void alignLongRenderingsOnAnchors()
    {
        QStringList words;
        for (int i = 0; i < 3000; ++i)
            words.append(QStringLiteral("w%1").arg(i));
        QStringList edited = words;
        edited[1500] = QStringLiteral("altered");
        edited.remove(2000, 10);
        const QString full = words.join(u' ');
        const QString shorter = edited.join(u' ');
        const Aligner::Result r = Aligner::align({ Aligner::Rendering::of(full), Aligner::Rendering::of(shorter) }, 0);
        QCOMPARE(r.columns.size(), 3000);
        QStringList differences;
        for (const QString &row : TestSupport::alignmentRows(r.columns)) {
            if (!row.endsWith(QLatin1String(" same")))
                differences.append(row);
        }
        QCOMPARE(differences.size(), 11);
        QCOMPARE(differences.at(0), QStringLiteral("w1500|altered substitution"));
        QCOMPARE(differences.at(1), QStringLiteral("w2000|- omission"));
        QCOMPARE(differences.at(10), QStringLiteral("w2009|- omission"));
        QVERIFY(qAbs(r.similarity.at(1) - 2989.0 / 3000.0) < 1e-9);
    }

    // A rendering that reorders a long speech in many small pieces is not searched for moved blocks (the
    // search costs the product of the two lengths for every block: minutes here), yet every word it moved
    // is still shown as moved. The bound is generous: it guards against the search coming back.
    void longReorderedRenderingStaysQuick()
    {
        QStringList words;
        for (int i = 0; i < 3000; ++i)
            words.append(QStringLiteral("w%1").arg(i));
        QStringList reordered;
        for (int i = 2998; i >= 0; i -= 2)
            reordered << words.at(i) << words.at(i + 1);
        const QString full = words.join(u' ');
        const QString shuffled = reordered.join(u' ');
        QElapsedTimer timer;
        timer.start();
        const Aligner::Result r = Aligner::align({ Aligner::Rendering::of(full), Aligner::Rendering::of(shuffled) }, 0);
        QVERIFY2(timer.elapsed() < 20000, qPrintable(QStringLiteral("%1 ms").arg(timer.elapsed())));
        int moved = 0;
        for (const AlignmentColumn &c : r.columns) {
            QVERIFY(c.kind != DiffKind::Substitution);
            moved += c.kind == DiffKind::Reordering;
        }
        QVERIFY2(moved >= 2 * 2998, qPrintable(QString::number(moved)));
    }

    // Renderings that each insert a long passage of their own, every one in another place, would give the table a
    // column for every inserted word and a cell in it for every rendering: cells of renderings times words. It
    // keeps within a bound linear in the words (8 cells a word, or a million), and no word is lost: a
    // rendering's words past the bound share the last insertion column of their gap.
    void manyDistinctInsertionsStayLinear()
    {
        const int referenceWords = 300;
        const int renderingCount = 300;
        const int inserted = 300;
        QStringList words;
        for (int i = 0; i < referenceWords; ++i)
            words.append(QStringLiteral("harbour%1").arg(i));
        QStringList texts { words.join(u' ') };
        for (int r = 1; r < renderingCount; ++r) {
            QStringList own = words;
            for (int k = inserted - 1; k >= 0; --k)
                own.insert(r, QStringLiteral("ferry%1x%2").arg(r).arg(k));
            texts.append(own.join(u' '));
        }
        QList<Aligner::Rendering> renderings;
        qint64 totalWords = 0;
        for (const QString &text : std::as_const(texts)) {
            renderings.append(Aligner::Rendering::of(text));
            totalWords += qint64(renderings.constLast().words.size());
        }
        const Aligner::Result r = Aligner::align(renderings, 0);
        const qint64 cells = qint64(r.columns.size()) * renderingCount;
        QVERIFY2(cells <= std::max<qint64>(1'000'000, 8 * totalWords),
            qPrintable(QStringLiteral("%1 columns").arg(r.columns.size())));
        // Every rendering still reads in full, in its own order, and its insertion stays an insertion.
        for (int i = 0; i < renderingCount; ++i) {
            QStringList read;
            for (const AlignmentColumn &c : r.columns) {
                if (!c.cells.at(i).isNull())
                    read.append(c.cells.at(i));
            }
            QCOMPARE(read.join(u' '), texts.at(i));
            QCOMPARE(r.similarity.at(i), i == 0 ? 1.0 : double(referenceWords) / (referenceWords + inserted));
        }
        for (const AlignmentColumn &c : r.columns)
            QVERIFY(c.kind == DiffKind::Same || c.kind == DiffKind::Insertion);
    }

    // A short rendering of a long passage is aligned within a window around the places of its words in the
    // passage, and lands where it belongs: its changed word a substitution of the right word, and a phrase the
    // passage has twice matched where the rendering's further words follow it.
    void shortRenderingFindsItsPlaceInALongPassage()
    {
        QStringList words;
        for (int i = 0; i < 3000; ++i)
            words.append(i % 4 == 3 ? QStringLiteral("the") : QStringLiteral("quay%1").arg(i));
        words[700] = words[2400] = QStringLiteral("tide");
        words[701] = words[2401] = QStringLiteral("turns");
        words[2402] = QStringLiteral("dawn");
        const QString changed = QStringLiteral("quay1500 quay1501 altered the quay1504");
        const QString repeated = QStringLiteral("tide turns dawn");
        const Aligner::Result r
            = Aligner::align({ Aligner::Rendering::of(words.join(u' ')), Aligner::Rendering::of(changed),
                                 Aligner::Rendering::of(repeated) },
                0);
        QCOMPARE(r.similarity.at(1), 4.0 / 5.0);
        QCOMPARE(r.similarity.at(2), 1.0);
        QStringList differences;
        for (const QString &row : TestSupport::alignmentRows(r.columns)) {
            if (!row.endsWith(QLatin1String(" same")) && !row.endsWith(QLatin1String(" omission")))
                differences.append(row);
        }
        QCOMPARE(differences, QStringList { QStringLiteral("quay1502|altered|- substitution") });
        // The rendering's "tide" stands in the column of the passage's second "tide".
        int passageTides = 0;
        int tideAt = 0;
        for (const AlignmentColumn &c : r.columns) {
            passageTides += c.cells.at(0) == QLatin1String("tide");
            if (c.cells.at(2) == QLatin1String("tide"))
                tideAt = passageTides;
        }
        QCOMPARE(tideAt, 2);
    }

    // Thousands of short renderings of a long passage would each hold a row as long as the passage: past the bound,
    // runs of neighbouring columns become one, and every rendering still reads in full.
    void manyShortRenderingsOfALongPassageStayLinear()
    {
        const int referenceWords = 5000;
        const int renderingCount = 2000;
        QStringList words;
        for (int i = 0; i < referenceWords; ++i)
            words.append(QStringLiteral("pier%1").arg(i));
        QStringList texts { words.join(u' ') };
        for (int r = 1; r < renderingCount; ++r)
            texts.append(words.mid((r * 37) % (referenceWords - 3), 3).join(u' '));
        QList<Aligner::Rendering> renderings;
        qint64 totalWords = 0;
        for (const QString &text : std::as_const(texts)) {
            renderings.append(Aligner::Rendering::of(text));
            totalWords += qint64(renderings.constLast().words.size());
        }
        const Aligner::Result r = Aligner::align(renderings, 0);
        QVERIFY(!r.columns.isEmpty());
        QVERIFY2(qint64(r.columns.size()) * renderingCount <= std::max<qint64>(1'000'000, 8 * totalWords),
            qPrintable(QStringLiteral("%1 columns").arg(r.columns.size())));
        for (int i = 0; i < renderingCount; ++i) {
            QStringList read;
            for (const AlignmentColumn &c : r.columns) {
                if (!c.cells.at(i).isNull())
                    read.append(c.cells.at(i));
            }
            QCOMPARE(read.join(u' '), texts.at(i));
            QCOMPARE(r.similarity.at(i), 1.0);
        }
        for (const AlignmentColumn &c : r.columns)
            QCOMPARE(c.kind, DiffKind::Same);
    }

    void alignManyWitnesses()
    {
        const QString a = QStringLiteral("voters must win");
        const QString b = QStringLiteral("voters must win the vote");
        const QString c = QStringLiteral("voters surely must win");
        const QList<Aligner::Rendering> renderings { Aligner::Rendering::of(a), Aligner::Rendering::of(b),
            Aligner::Rendering::of(c) };
        const int ref = Aligner::fullest(renderings);
        QCOMPARE(ref, 1);
        const Aligner::Result r = Aligner::align(renderings, ref);
        QCOMPARE(TestSupport::alignmentRows(r.columns),
            QStringList({ QStringLiteral("voters|voters|voters same"), QStringLiteral("-|-|surely insertion"),
                QStringLiteral("must|must|must same"), QStringLiteral("win|win|win same"),
                QStringLiteral("-|the|- same"), QStringLiteral("-|vote|- same") }));
    }
};

QTEST_GUILESS_MAIN(TestStatements)
#include "tst_statements.moc"
