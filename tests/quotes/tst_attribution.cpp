// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "quotes/attribution/articletokens.h"
#include "quotes/attribution/personfinder.h"
#include "quotes/quoteanalyzer.h"

#include "testsupport.h"

#include <QStandardPaths>
#include <QTest>

// The person finder and each rule of the attribution sieve, on short made-up sentences.
class TestAttribution : public QObject
{
    Q_OBJECT
private:
    // A corpus of one article a text, read by the per-article quote stage: what the corpus stage is given.
    struct ReadCorpus {
        Corpus corpus;
        QList<Quote> quotes;
        QStringList people;
        QStringList titles;
    };
    static ReadCorpus readArticles(const QStringList &texts)
    {
        ReadCorpus read;
        for (int i = 0; i < texts.size(); ++i) {
            read.corpus.articles.append(TestSupport::makeArticle(texts.at(i), {}, QStringLiteral("art%1").arg(i)));
            ArticleQuotes found = QuoteAnalyzer::analyzeArticle(read.corpus.articles.constLast(), i);
            read.quotes.append(found.quotes);
            read.people.append(found.people);
            read.titles.append(found.titles);
        }
        return read;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void people_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("names");
        QTest::newRow("title and hyphen")
            << QStringLiteral("Harbour Minister Tae Sol-bin met Foreign Minister Ona Vell.")
            << QStringList { QStringLiteral("Tae Sol-bin|harbour minister"),
                   QStringLiteral("Ona Vell|foreign minister") };
        QTest::newRow("lower-case title, then surname")
            << QStringLiteral("Chilean leader Ri Sol Han spoke. Later Ri left.")
            << QStringList { QStringLiteral("Ri Sol Han|chilean leader"), QStringLiteral("Ri|") };
        QTest::newRow("apposition") << QStringLiteral("Ines Bakar-Lund, a professor at Norrvik University, spoke.")
                                    << QStringList { QStringLiteral("Ines Bakar-Lund|professor") };
        QTest::newRow("places and organisations are not people")
            << QStringLiteral("The Harbour Times and the Norrvik Post wrote about South Valdoria, the United "
                              "Provinces and the Valdorian Central News Agency while the Okafor administration waited.")
            << QStringList {};
        QTest::newRow("subject of a speech verb")
            << QStringLiteral("In the end Okafor said nothing. Officials said more.")
            << QStringList { QStringLiteral("Okafor|") };
        QTest::newRow("a capitalised title before a common noun")
            << QStringLiteral("Ana Ruiz called for a General Election. The election may come soon.")
            << QStringList { QStringLiteral("Ana Ruiz|") };
        QTest::newRow("possessive and initial")
            << QStringLiteral("Marta J. Okonkwo’s plane landed; Okonkwo’s aides followed.")
            << QStringList { QStringLiteral("Marta J. Okonkwo|"), QStringLiteral("Okonkwo|") };
    }
    void people()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, names);
        const Article article = TestSupport::makeArticle(text);
        QStringList found;
        for (const PersonMention &m : PersonFinder::find(article)) {
            if (m.kind == PersonMention::Kind::Name)
                found.append(m.name + u'|' + m.role);
        }
        QCOMPARE(found, names);
    }

    void sieve_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        const auto one = [](const char *quote, const char *speaker, const char *rule, const char *cue) {
            return QStringList { QStringLiteral("%1 | %2 | %3 | %4")
                                     .arg(QLatin1String(quote), QLatin1String(speaker), QLatin1String(rule),
                                         QString::fromUtf8(cue)) };
        };
        QTest::newRow("said after") << QStringLiteral("“We will win,” Ana Ruiz said.")
                                    << one("We will win", "Ana Ruiz", "same-sentence-cue", "Ana Ruiz said");
        QTest::newRow("inverted") << QStringLiteral("“We will win,” said Ana Ruiz.")
                                  << one("We will win", "Ana Ruiz", "same-sentence-cue", "said Ana Ruiz");
        QTest::newRow("told reporters before")
            << QStringLiteral("Ana Ruiz told reporters, “We will win.”")
            << one("We will win.", "Ana Ruiz", "same-sentence-cue", "Ana Ruiz told reporters");
        QTest::newRow("acknowledged") << QStringLiteral("“It was a mistake,” Ana Ruiz acknowledged.")
                                      << one("It was a mistake", "Ana Ruiz", "same-sentence-cue",
                                             "Ana Ruiz acknowledged");
        QTest::newRow("according to a person")
            << QStringLiteral("“We will win,” according to Ana Ruiz.")
            << one("We will win", "Ana Ruiz", "same-sentence-cue", "according to Ana Ruiz");
        QTest::newRow("colon") << QStringLiteral("Ana Ruiz: “We will win.”")
                               << one("We will win.", "Ana Ruiz", "same-sentence-cue", "Ana Ruiz");
        QTest::newRow("dash") << QStringLiteral("“We will win.” — Ana Ruiz")
                              << one("We will win.", "Ana Ruiz", "same-sentence-cue", "Ana Ruiz");
        QTest::newRow("pronoun") << QStringLiteral("Ana Ruiz arrived in Paris on Monday. “We will win,” she said.")
                                 << one("We will win", "Ana Ruiz", "coreference", "she said");
        QTest::newRow("description") << QStringLiteral(
            "Opposition leader Ana Ruiz arrived. Bo Lind waited. “We will win,” the opposition "
            "leader insisted.") << one("We will win", "Ana Ruiz", "coreference", "the opposition leader insisted");
        QTest::newRow("age") << QStringLiteral("Ana Ruiz, 64, arrived in Paris. “We will win,” the 64-year-old said.")
                             << one("We will win", "Ana Ruiz", "coreference", "the 64-year-old said");
        QTest::newRow("outlet is not the speaker") << QStringLiteral(
            "Ana Ruiz called the vote a fraud, telling reporters, “We will win,” the Daily "
            "Planet reported.") << one("We will win", "Ana Ruiz", "same-sentence-cue", "Ana Ruiz … telling reporters");
        QTest::newRow("according to an outlet")
            << QStringLiteral("According to The Daily Planet, Ana Ruiz declared, “We will win.”")
            << one("We will win.", "Ana Ruiz", "same-sentence-cue", "Ana Ruiz declared");
        QTest::newRow("told AFP") << QStringLiteral("Minister Bo Lind told AFP that Ana Ruiz is “not serious”.")
                                  << one("not serious", "Bo Lind", "same-sentence-cue", "Bo Lind told AFP");
        QTest::newRow("apposition subject")
            << QStringLiteral("Bo Lind, a professor at Linden University, said Ana Ruiz is “not ready”.")
            << one("not ready", "Bo Lind", "same-sentence-cue", "Bo Lind … said");
        QTest::newRow("organisation subject")
            << QStringLiteral("Ana Ruiz spoke. The ministry confirmed that Ana Ruiz remains “open to talks”.")
            << one("open to talks", "the ministry", "same-sentence-cue", "The ministry confirmed");
        QTest::newRow("anonymous subject stops the sieve")
            << QStringLiteral("Ana Ruiz spoke. One official confirmed that Ana Ruiz remains “open to talks”.")
            << one("open to talks", "", "none", "");
        QTest::newRow("capitalised common noun opening a sentence is no organisation") << QStringLiteral(
            "Officials said the bridge would reopen “within weeks”.") << one("within weeks", "", "none", "");
        QTest::newRow("an organisation as object is not the subject")
            << QStringLiteral("A member of the board said the plan was “dead”.") << one("dead", "", "none", "");
        QTest::newRow("outlet alone") << QStringLiteral("“We will win,” the Daily Planet reported.")
                                      << one("We will win", "Daily Planet", "same-sentence-cue",
                                             "the Daily Planet reported");
        QTest::newRow("proper name of an office")
            << QStringLiteral("The Harbour Office said in a statement the channel was “safe again”.")
            << one("safe again", "Harbour Office", "same-sentence-cue", "The Harbour Office said");
        QTest::newRow("a bare body takes the fuller name given before")
            << QStringLiteral("Acme’s board met on Friday.\n\n“We have lost confidence,” the board said.")
            << one("We have lost confidence", "Acme board", "same-sentence-cue", "the board said");
        QTest::newRow("according to an organisation")
            << QStringLiteral("The closure was “a temporary measure”, according to the Harbour Authority.")
            << one("a temporary measure", "Harbour Authority", "same-sentence-cue",
                   "according to the Harbour Authority");
        QTest::newRow("inverted verb, organisation")
            << QStringLiteral("“We regret nothing,” said the ministry.")
            << one("We regret nothing", "the ministry", "same-sentence-cue", "said the ministry");
        QTest::newRow("inverted verb, capitalised outlet")
            << QStringLiteral("The harbour was “a graveyard of cranes”, said The Norrvik Ledger.")
            << one("a graveyard of cranes", "Norrvik Ledger", "same-sentence-cue", "said The Norrvik Ledger");
        QTest::newRow("the author of a document")
            << QStringLiteral(
                   "Acme named a new board.\n\nThe statement from Acme continued: “We are working out the details.”")
            << one("We are working out the details.", "Acme", "same-sentence-cue", "Acme continued");
        QTest::newRow("the author of a letter")
            << QStringLiteral("“We cannot work with the board,” a letter signed by Acme employees reads.")
            << one("We cannot work with the board", "Acme employees", "same-sentence-cue", "Acme employees reads");
        QTest::newRow("a document mentioned before speaks for its writer")
            << QStringLiteral("In a letter on Monday, the Acme employees asked the board to resign.\n\n“We cannot work "
                              "with you,” the letter reads.")
            << one("We cannot work with you", "Acme employees", "same-sentence-cue", "the Acme employees … reads");
        QTest::newRow("a document as “it”")
            << QStringLiteral("Ana Ruiz sent a letter to the council. “We cannot wait,” it reads.")
            << one("We cannot wait", "Ana Ruiz", "same-sentence-cue", "Ana Ruiz … reads");
        QTest::newRow("a document nobody wrote in the article")
            << QStringLiteral("Ana Ruiz arrived late.\n\n“We cannot wait,” the letter reads.")
            << one("We cannot wait", "", "none", "");
        QTest::newRow("according to a document by a person")
            << QStringLiteral("According to a note posted online by harbour spokeswoman Ana Ruiz, “the berths "
                              "will reopen”.")
            << one("the berths will reopen", "Ana Ruiz", "same-sentence-cue", "According to … Ana Ruiz");
        QTest::newRow("according to a document by an organisation, then a name")
            << QStringLiteral("According to a release sent out by the ministry, Ana Ruiz was removed after a "
                              "“careful review”.")
            << one("careful review", "the ministry", "same-sentence-cue", "According to … the ministry");
        QTest::newRow("a document's reader is no speaker")
            << QStringLiteral("Ana Ruiz left after a “loss of trust”, according to a memo seen by the agency.")
            << one("loss of trust", "", "none", "");
        QTest::newRow("the company is the business named beside it")
            << QStringLiteral("Acme, the company behind the Lumo app, named a new board. Its rival Bexa stayed "
                              "quiet.\n\n“We are working out the details,” the company said.")
            << one("We are working out the details", "Acme", "same-sentence-cue", "the company said");
        QTest::newRow("app-maker and the startup") << QStringLiteral(
            "App-maker Acme Labs fired its chief on Friday.\n\n“We had no choice,” the startup "
            "said.") << one("We had no choice", "Acme Labs", "same-sentence-cue", "the startup said");
        QTest::newRow("the company unnamed")
            << QStringLiteral("Ana Ruiz left on Friday.\n\n“We had no choice,” the company said.")
            << one("We had no choice", "the company", "same-sentence-cue", "the company said");
        QTest::newRow("an adverb between the subject and its verb")
            << QStringLiteral("Acme chief scientist Bo Lind now says he “deeply regrets my part in the vote”.")
            << one("deeply regrets my part in the vote", "Bo Lind", "same-sentence-cue", "Bo Lind now says");
        QTest::newRow("participle after an organisation that opens the sentence")
            << QStringLiteral("The board removed Ana Ruiz on Friday, saying she was “not candid”.")
            << one("not candid", "the board", "same-sentence-cue", "The board … saying");
        QTest::newRow("coordinated verbs")
            << QStringLiteral("Ana Ruiz said she has “fond memories” of Bo Lind but added that talks need “a new "
                              "start”.")
            << (one("fond memories", "Ana Ruiz", "same-sentence-cue", "Ana Ruiz said")
                   + one("a new start", "Ana Ruiz", "same-sentence-cue", "Ana Ruiz said"));
        QTest::newRow("neighbour sentence") << QStringLiteral("“Yes,” Ana Ruiz said. “We will win.”")
                                            << (one("Yes", "Ana Ruiz", "same-sentence-cue", "Ana Ruiz said")
                                                   + one("We will win.", "Ana Ruiz", "neighbour-cue", "Ana Ruiz said"));
        QTest::newRow("continuation") << QStringLiteral("“We will win,” Ana Ruiz said.\n\n“We will never give up.”")
                                      << (one("We will win", "Ana Ruiz", "same-sentence-cue", "Ana Ruiz said")
                                             + one("We will never give up.", "Ana Ruiz", "continuation",
                                                 "Ana Ruiz said"));
        QTest::newRow("title after an inverted verb")
            << QStringLiteral("“We will win,” said Deputy Foreign Minister Ana Ruiz at a briefing.")
            << one("We will win", "Ana Ruiz", "same-sentence-cue", "said Deputy Foreign Minister Ana Ruiz");
        QTest::newRow("organisation and abbreviated title after an inverted verb")
            << QStringLiteral("“We will stay,” said Harbour Police Col. Ana Ruiz.")
            << one("We will stay", "Ana Ruiz", "same-sentence-cue", "said Harbour Police Col. Ana Ruiz");
        QTest::newRow("a name right before its participle")
            << QStringLiteral("Ana Ruiz spoke after a night of talks, with Bo Lind vowing to be “ready to leave”.")
            << one("ready to leave", "Bo Lind", "same-sentence-cue", "Bo Lind vowing");
        QTest::newRow("surname alone opening sentences")
            << QStringLiteral("Okafor arrived late.\n\nOkafor said she would send “every resource” at once.")
            << one("every resource", "Okafor", "same-sentence-cue", "Okafor said");
        QTest::newRow("a plural noun opening a sentence is no name")
            << QStringLiteral("Witnesses said the ship was “drifting” before dawn.") << one("drifting", "", "none", "");
        QTest::newRow("participial apposition")
            << QStringLiteral("Bo Lind, quoted by the Daily Planet, added that the deal was “final”.")
            << one("final", "Bo Lind", "same-sentence-cue", "Bo Lind … added");
        QTest::newRow("coordinated verb after a verb of another kind")
            << QStringLiteral("Ana Ruiz arrived late and told voters they will see “results”.")
            << one("results", "Ana Ruiz", "same-sentence-cue", "Ana Ruiz arrived late and told voters");
        QTest::newRow("surname alone after the quote")
            << QStringLiteral("The vote is on Monday. “We will win,” Okafor said in a short address.")
            << one("We will win", "Okafor", "same-sentence-cue", "Okafor said");
        QTest::newRow("weekday between subject and verb")
            << QStringLiteral("Ana Ruiz on Saturday said the strike was “a betrayal”.")
            << one("a betrayal", "Ana Ruiz", "same-sentence-cue", "Ana Ruiz on Saturday said");
        QTest::newRow("a weekday is never a speaker")
            << QStringLiteral("The vote on Tuesday said little. “We will win.”") << one("We will win.", "", "none", "");
        QTest::newRow("participle takes the main subject, not the object")
            << QStringLiteral("Ana Ruiz condemned the strike led by Bo Lind, calling it “a betrayal”.")
            << one("a betrayal", "Ana Ruiz", "same-sentence-cue", "Ana Ruiz … calling");
        QTest::newRow("participle after the quote")
            << QStringLiteral("Ana Ruiz said “the hour has come”, accusing Bo Lind of “treason”.")
            << (one("the hour has come", "Ana Ruiz", "same-sentence-cue", "Ana Ruiz said")
                   + one("treason", "Ana Ruiz", "same-sentence-cue", "Ana Ruiz … accusing"));
        QTest::newRow("the verb before the quote introduces it")
            << QStringLiteral(
                   "Ana Ruiz said the early years were “the best of times” but added that nothing was settled.")
            << one("the best of times", "Ana Ruiz", "same-sentence-cue", "Ana Ruiz said");
        QTest::newRow("participle after a clause about someone else")
            << QStringLiteral("Ana Ruiz demanded a vote following Bo Lind resigning today, saying “enough is enough”.")
            << one("enough is enough", "Ana Ruiz", "same-sentence-cue", "Ana Ruiz … saying");
        QTest::newRow("participle after an opening clause")
            << QStringLiteral("After Bo Lind left, Ana Ruiz spoke, saying “we stay”.")
            << one("we stay", "Ana Ruiz", "same-sentence-cue", "Ana Ruiz spoke, saying");
        QTest::newRow("she added continues the speaker before")
            << QStringLiteral("Ana Ruiz said she had “grave doubts”. The prime minister, Eva Lind, met Ruiz on "
                              "Monday, aides said. She added: “Nothing is settled.”")
            << (one("grave doubts", "Ana Ruiz", "same-sentence-cue", "Ana Ruiz said")
                   + one("Nothing is settled.", "Ana Ruiz", "coreference", "She added"));
        QTest::newRow("he goes past an owner named before the person") << QStringLiteral(
            "Ari Okafor’s spokesman, Bo Lind, confirmed the delay. “It was unforeseen,” he "
            "said.") << one("It was unforeseen", "Bo Lind", "coreference", "he said");
        QTest::newRow("quote paragraph after reported speech") << QStringLiteral(
            "Mayor Ana Ruiz said that help had been promised.\n\n“I spoke with the minister "
            "directly.”") << one("I spoke with the minister directly.", "Ana Ruiz", "neighbour-cue", "Ana Ruiz said");
        QTest::newRow("a sentence adverb before a speech verb is no speaker")
            << QStringLiteral("Alternatively adds “a second layer of gravel” to the road.")
            << one("a second layer of gravel", "", "none", "");
        QTest::newRow("quote paragraph after narration stays unknown")
            << QStringLiteral("Mayor Ana Ruiz visited the site.\n\n“I spoke with the minister directly.”")
            << one("I spoke with the minister directly.", "", "none", "");
        QTest::newRow("cue after a clause that follows the quote")
            << QStringLiteral("“About 12,000 cars an hour” cross the bridge, Harbour Secretary Ana Ruiz said.")
            << one("About 12,000 cars an hour", "Ana Ruiz", "same-sentence-cue", "Ana Ruiz said");
        QTest::newRow("a cue set off by a comma far after the quote")
            << QStringLiteral("It is “too early to tell” how long the repairs will take and what they will cost the "
                              "port in the end, Harbour Secretary Ana Ruiz told reporters on Monday.")
            << one("too early to tell", "Ana Ruiz", "same-sentence-cue", "Ana Ruiz told reporters");
        QTest::newRow("a far verb that does not open a clause is no cue") << QStringLiteral(
            "It is “too early to tell” how long the repairs will take and what they will cost the "
            "port in the end because the union said so.") << one("too early to tell", "", "none", "");
        QTest::newRow("a cue after a quoted term")
            << QStringLiteral("The ship had “lost power” and its crew sent a “mayday” call, the Harbour Office said.")
            << (one("lost power", "Harbour Office", "same-sentence-cue", "the Harbour Office said")
                   + one("mayday", "Harbour Office", "continuation", "the Harbour Office said"));
        QTest::newRow("thanked") << QStringLiteral("Ana Ruiz thanked the crews for their “tireless work” at the port.")
                                 << one("tireless work", "Ana Ruiz", "same-sentence-cue", "Ana Ruiz thanked");
        QTest::newRow("a name given to someone is no speech") << QStringLiteral(
            "Ana Ruiz said the deal was done, speaking of Bo Lind, who is known as “the Fixer” "
            "in the port.") << one("the Fixer", "", "none", "");
        QTest::newRow("the words of a question put to someone")
            << QStringLiteral("Ana Ruiz said “time will tell” when asked whether Bo Lind is a “friend or a foe”.")
            << (one("time will tell", "Ana Ruiz", "same-sentence-cue", "Ana Ruiz said")
                   + one("friend or a foe", "", "none", ""));
        QTest::newRow("a status given in quotes is a name")
            << QStringLiteral("Ana Ruiz said the port had lost its status as a “safe harbour” for ships.")
            << one("safe harbour", "", "none", "");
        QTest::newRow("a participle with its own subject after “with”") << QStringLiteral(
            "Ana Ruiz said the rebels would be punished, with the capital declaring a “state of "
            "emergency”.") << one("state of emergency", "", "none", "");
        QTest::newRow("an agency's report quoted in the next paragraph")
            << QStringLiteral("“The talks went well,” the news agency, Nordpress, reported.\n\nAna Ruiz had met Bo "
                              "Lind at dawn to “settle the matter” and “agree on next steps”.")
            << (one("The talks went well", "Nordpress", "same-sentence-cue", "Nordpress, reported")
                   + one("settle the matter", "Nordpress", "continuation", "Nordpress, reported")
                   + one("agree on next steps", "Nordpress", "continuation", "Nordpress, reported"));
        QTest::newRow("a quote never closed holds its cue")
            << QStringLiteral("Bo Lind is said to be weighing a bid.\n\n“I cannot stay on as leader, Ana Ruiz said "
                              "outside the town hall.")
            << one("I cannot stay on as leader, Ana Ruiz said outside the town hall.", "Ana Ruiz", "same-sentence-cue",
                   "Ana Ruiz said");
        QTest::newRow("a phrase and a comma between the subject and its verb")
            << QStringLiteral("Ana Ruiz on social media, shared the news that the vote was “rigged”.")
            << one("rigged", "Ana Ruiz", "same-sentence-cue", "Ana Ruiz on social media, shared");
        QTest::newRow("an epithet for the person in focus")
            << QStringLiteral("Bo Lind led the revolt on Monday. “We will march on,” the warlord said.")
            << one("We will march on", "Bo Lind", "coreference", "the warlord said");
        QTest::newRow("a quote paragraph after the unmarked lines of a post")
            << QStringLiteral("Ana Ruiz said: “We will win.\n\nThe harbour needs a plan.\n\nFor our town. For our "
                              "jobs.\n\nVote now. — Ana Ruiz (@ana_ruiz) May 2, 2026\n\n“They cannot go on like this.")
            << (one("We will win.", "Ana Ruiz", "same-sentence-cue", "Ana Ruiz said")
                   + one("They cannot go on like this.", "Ana Ruiz", "continuation", "Ana Ruiz said"));
        QTest::newRow("a quote paragraph after another person's paragraph stays unknown")
            << QStringLiteral("Ana Ruiz said: “We will win.\n\nBo Lind left the harbour.\n\n“They cannot go on like "
                              "this.")
            << (one("We will win.", "Ana Ruiz", "same-sentence-cue", "Ana Ruiz said")
                   + one("They cannot go on like this.", "", "none", ""));
        QTest::newRow("the owner of a document as subject")
            << QStringLiteral("Acme’s explanation for the outage claimed that the staff had been “careless”.")
            << one("careless", "Acme", "same-sentence-cue", "Acme’s explanation for the outage claimed");
        QTest::newRow("the owner of a person is no speaker")
            << QStringLiteral("Acme’s lawyer for the case claimed that the staff had been “careless”.")
            << one("careless", "", "none", "");
        QTest::newRow("“it” is the organisation given as a source before")
            << QStringLiteral("The pier opened in 1921, according to the website of the Harbour Trust, a charity. "
                              "Norrvik is a port town.\n\n“The pier was a marvel of its day,” it said.")
            << one("The pier was a marvel of its day", "Harbour Trust", "same-sentence-cue",
                   "the Harbour Trust … said");
        QTest::newRow("“it” is the writer of a document given as a source before") << QStringLiteral(
            "The pier will close, according to a statement by Ana Ruiz on Monday.\n\n“Repairs "
            "cannot wait,” it said.") << one("Repairs cannot wait", "Ana Ruiz", "same-sentence-cue", "Ana Ruiz … said");
        QTest::newRow("“it” after no source stays unknown")
            << QStringLiteral("The pier will close on Monday.\n\n“Repairs cannot wait,” it said.")
            << one("Repairs cannot wait", "", "none", "");
        QTest::newRow("a name set off after its description")
            << QStringLiteral("“It was unforeseen,” the firm’s vice president, Bo Lind, said.")
            << one("It was unforeseen", "Bo Lind", "same-sentence-cue", "Bo Lind, said");
        QTest::newRow("an organisation set off after its description")
            << QStringLiteral("“Talks will resume,” the official news agency, Nordpress, reported.")
            << one("Talks will resume", "Nordpress", "same-sentence-cue", "Nordpress, reported");
        QTest::newRow("a description set off after the name")
            << QStringLiteral("“It was unforeseen,” Bo Lind, the harbour master, said.")
            << one("It was unforeseen", "Bo Lind", "same-sentence-cue", "Bo Lind, the harbour master, said");
        QTest::newRow("a description before the name it describes")
            << QStringLiteral("After Ana Ruiz announced the vote, the opposition leader insisted on “a say”.\n\n"
                              "Opposition leader Bo Lind later left.")
            << one("a say", "Bo Lind", "coreference", "the opposition leader insisted");
        QTest::newRow("an unnamed subject is not the one named further back")
            << QStringLiteral("After Ana Ruiz announced the vote, one official insisted on “a say”.")
            << one("a say", "", "none", "");
        // A medium at the end of the sentence only says where the words were reported when the sentence has its
        // own speech verb with a person as subject.
        QTest::newRow("a speaker's verb before a medium's report")
            << QStringLiteral("Ana Ruiz accused Bo Lind of “sabotage”, the Daily Ledger reported.")
            << one("sabotage", "Ana Ruiz", "same-sentence-cue", "Ana Ruiz accused");
        QTest::newRow("a speaker's verb before according to a medium") << QStringLiteral(
            "Ana Ruiz accused Bo Lind of “playing games with pensions”, according to the Daily "
            "Ledger.") << one("playing games with pensions", "Ana Ruiz", "same-sentence-cue", "Ana Ruiz accused");
        QTest::newRow("a medium's report alone")
            << QStringLiteral("“We will not back down,” the Daily Ledger reported.")
            << one("We will not back down", "Daily Ledger", "same-sentence-cue", "the Daily Ledger reported");
        QTest::newRow("according to a medium alone")
            << QStringLiteral("The harbour would close “within days”, according to the Daily Ledger.")
            << one("within days", "Daily Ledger", "same-sentence-cue", "according to the Daily Ledger");
        QTest::newRow("an unnamed speaker before a medium's report")
            << QStringLiteral("The finance minister has accused Bo Lind of “sabotage”, the Daily Ledger reported.")
            << one("sabotage", "", "none", "");
        QTest::newRow("a speech noun's owner")
            << QStringLiteral("Ana Ruiz questioned Bo Lind’s description of the deal as a “disaster”.")
            << one("disaster", "Bo Lind", "same-sentence-cue", "Bo Lind’s description");
        QTest::newRow("a speech noun's owner before the speaker's cue")
            << QStringLiteral("Bo Lind’s claim that the port was “closed for good” was wrong, Ana Ruiz said.")
            << one("closed for good", "Bo Lind", "same-sentence-cue", "Bo Lind’s claim");
        QTest::newRow("a speech verb after the speech noun")
            << QStringLiteral("Despite Bo Lind’s warning, Ana Ruiz said the port was “closed for good”.")
            << one("closed for good", "Ana Ruiz", "same-sentence-cue", "Ana Ruiz said");
        QTest::newRow("names inside the quote are not speakers")
            << QStringLiteral("Bo Lind arrived. “I like Ana Ruiz,” he said.")
            << one("I like Ana Ruiz", "Bo Lind", "coreference", "he said");
    }
    void speakerKind_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("kind");
        QTest::newRow("person") << QStringLiteral("“We will win,” Ana Ruiz said.") << QStringLiteral("person");
        QTest::newRow("organisation") << QStringLiteral("“We will win,” the Acme board said.")
                                      << QStringLiteral("organisation");
        QTest::newRow("unknown") << QStringLiteral("“We will win,” one official said.") << QStringLiteral("unknown");
    }
    void speakerKind()
    {
        QFETCH(QString, text);
        QFETCH(QString, kind);
        const QList<Quote> quotes = QuoteAnalyzer::analyzeArticle(TestSupport::makeArticle(text), 0).quotes;
        QCOMPARE(quotes.size(), 1);
        QCOMPARE(speakerKindName(quotes.constFirst().speakerKind), kind);
    }

    // Pronouns and descriptions only go to a person whose gender, as known so far, fits them.
    void gender_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("speaker"); // of the last quote
        QTest::newRow("honorific, she skips the man named last")
            << QStringLiteral("Mrs. Okafor met Bo Lind on Monday. “We will win,” she said.")
            << QStringLiteral("Okafor");
        QTest::newRow("honorific, he skips the woman named last")
            << QStringLiteral("Mr. Lind met Ana Okafor, the chairwoman, on Monday. “We will win,” he said.")
            << QStringLiteral("Lind");
        QTest::newRow("title: queen and king")
            << QStringLiteral("King Arno Vale greeted Queen Ida Sorel. “Welcome,” she said.")
            << QStringLiteral("Ida Sorel");
        QTest::newRow("apposition noun") << QStringLiteral(
            "Ana Okafor, a businesswoman, met Bo Lind. “We will win,” she said.")
                                         << QStringLiteral("Ana Okafor");
        QTest::newRow("given name") << QStringLiteral("Susan Okafor met Bo Lind. “We will win,” he said.")
                                    << QStringLiteral("Bo Lind");
        QTest::newRow("pronoun learned earlier") << QStringLiteral(
            "Ari Okafor arrived in Paris. She was tired.\n\nAri Okafor later met Bo Lind. “We will "
            "win,” he said.") << QStringLiteral("Bo Lind");
        QTest::newRow("unknown gender still resolves")
            << QStringLiteral("Ari Okafor met Bo Lind. “We will win,” he said.") << QStringLiteral("Ari Okafor");
        QTest::newRow("description of a woman")
            << QStringLiteral("Mr. Lind spoke after Ana Okafor. “We will win,” the woman said.")
            << QStringLiteral("Ana Okafor");
        QTest::newRow("age does not fit")
            << QStringLiteral("Ana Okafor, 64, met Bo Lind, 71. “We will win,” the 71-year-old said.")
            << QStringLiteral("Bo Lind");
        QTest::newRow("role learned from a title") << QStringLiteral(
            "Opposition leader Ana Okafor met Prime Minister Bo Lind. “We will win,” the prime "
            "minister said.") << QStringLiteral("Bo Lind");
        QTest::newRow("abbreviated title, then the full title")
            << QStringLiteral("Harbour Gov. Ana Okafor met Mayor Bo Lind. “We will win,” the governor said.")
            << QStringLiteral("Ana Okafor");
        QTest::newRow("the president, most recent of two")
            << QStringLiteral("President Ana Okafor met President Bo Lind. Later, “We will win,” the president said.")
            << QStringLiteral("Bo Lind");
    }
    void gender()
    {
        QFETCH(QString, text);
        QFETCH(QString, speaker);
        const QList<Quote> quotes = QuoteAnalyzer::analyzeArticle(TestSupport::makeArticle(text), 0).quotes;
        QVERIFY(!quotes.isEmpty());
        QCOMPARE(quotes.constLast().speaker, speaker);
    }

    // Headline quotes: the headline's own cue, else the body quote with the same words.
    void headline_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected"); // the headline quote: speaker | rule | cue
        QTest::newRow("colon") << QStringLiteral("Okafor: “We will never give up”\n\nAna Okafor spoke on Monday.")
                               << QStringLiteral("Ana Okafor | headline-cue | Okafor");
        QTest::newRow("a topic before a colon is no speaker")
            << QStringLiteral("Vote Looms: “We will never give up”\n\nThe minister spoke on Monday.")
            << QStringLiteral(" | none | ");
        QTest::newRow("name right before")
            << QStringLiteral("Okafor ‘Regrets’ Vote Delay\n\nAna Okafor met Bo Lind on Monday.")
            << QStringLiteral("Ana Okafor | headline-cue | Okafor");
        QTest::newRow("dash after") << QStringLiteral(
            "‘We will never give up’ – Okafor\n\nAna Okafor met Bo Lind on Monday.")
                                    << QStringLiteral("Ana Okafor | headline-cue | Okafor");
        QTest::newRow("says") << QStringLiteral(
            "Okafor Says ‘We Will Never Give Up’\n\nAna Okafor met Bo Lind on Monday.")
                              << QStringLiteral("Ana Okafor | headline-cue | Okafor Says");
        QTest::newRow("same words in the body")
            << QStringLiteral("Vote Looms: ‘Never Give Up’\n\nAna Okafor arrived. “We will never give up,” she told "
                              "supporters.")
            << QStringLiteral("Ana Okafor | same-words-in-body | same words in the article: she told supporters");
        QTest::newRow("other words in the body stay unknown")
            << QStringLiteral("Vote Looms: ‘Never Give Up’\n\nAna Okafor arrived. “We will win,” she said.")
            << QStringLiteral(" | none | ");
        QTest::newRow("a title without its article before a speech verb")
            << QStringLiteral("Tearful Mayor Urges Unity: “We Will Rebuild”\n\nMayor Ana Okafor met Bo Lind on Monday.")
            << QStringLiteral("Ana Okafor | coreference | Mayor Urges");
        QTest::newRow("a title after the quote") << QStringLiteral(
            "‘Heroes’ kept drivers off the pier before it fell, governor says\n\nGov. Ana Okafor met "
            "Bo Lind on Monday.") << QStringLiteral("Ana Okafor | coreference | governor says");
        QTest::newRow("a place before the title is part of the role")
            << QStringLiteral("Harbour Mayor Urges Unity: “We Will Rebuild”\n\nThe Harbour council and Harbour Mayor "
                              "Ana Okafor met Mayor Bo Lind of Norrvik.")
            << QStringLiteral("Ana Okafor | coreference | Harbour Mayor Urges");
        QTest::newRow("a place before the title that the holder lacks") << QStringLiteral(
            "Norrvik Mayor Urges Unity: “We Will Rebuild”\n\nHarbour Mayor Ana Okafor met the "
            "Norrvik council on Monday.") << QStringLiteral(" | none | ");
        QTest::newRow("a title nobody in the article holds")
            << QStringLiteral("Mayor Urges Unity: “We Will Rebuild”\n\nAna Okafor met Bo Lind on Monday.")
            << QStringLiteral(" | none | ");
        QTest::newRow("organisation before a colon is no speaker")
            << QStringLiteral("City Hall: “No Comment Today”\n\nThe vote is on Monday.")
            << QStringLiteral(" | none | ");
    }
    void headline()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        const Article article = TestSupport::makeArticle(text, {}, QStringLiteral("a"), true);
        const QList<Quote> quotes = QuoteAnalyzer::analyzeArticle(article, 0).quotes;
        QVERIFY(!quotes.isEmpty());
        const Quote &q = quotes.constFirst();
        QVERIFY(q.headline);
        QCOMPARE(QStringLiteral("%1 | %2 | %3").arg(q.speaker, attributionRuleName(q.rule), q.speakerCue), expected);
    }

    // A body quote that no rule credits takes the headline's speaker of the same words.
    void bodyEcho_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected"); // the last quote: speaker | rule
        QTest::newRow("the headline credits the same words")
            << QStringLiteral("Okafor Calls Pier Collapse ‘Terrible Accident’\n\nNORRVIK - the collapse of the pier a "
                              "“terrible accident” and pledged help.\n\nAna Okafor visited on Monday.")
            << QStringLiteral("Ana Okafor | same-words-in-body");
        QTest::newRow("other words stay unknown")
            << QStringLiteral("Okafor Calls Pier Collapse ‘Terrible Accident’\n\nNORRVIK - the collapse of the pier a "
                              "“grave loss” and pledged help.\n\nAna Okafor visited on Monday.")
            << QStringLiteral(" | none");
    }
    void bodyEcho()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        const Article article = TestSupport::makeArticle(text, {}, QStringLiteral("a"), true);
        const QList<Quote> quotes = QuoteAnalyzer::analyzeArticle(article, 0).quotes;
        QVERIFY(quotes.size() >= 2);
        const Quote &q = quotes.constLast();
        QVERIFY(!q.headline);
        QCOMPARE(QStringLiteral("%1 | %2").arg(q.speaker, attributionRuleName(q.rule)), expected);
    }

    void headingRole_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("speaker");
        QTest::newRow("a titled name in the heading")
            << QStringLiteral("Valdorian President Ana Ruiz Speaks Out\n\nCrowds cheered as Ruiz spoke for "
                              "an hour.\n\n“Strife must be cast aside,” the Valdorian president stressed.")
            << QStringLiteral("Ana Ruiz");
        QTest::newRow("title-case words after a title are no name") << QStringLiteral(
            "Mayor Urges Calm\n\nOn Saturday, Ruiz spoke for an hour.\n\n“Strife must be cast "
            "aside,” the mayor stressed.") << QString();
    }
    void headingRole()
    {
        QFETCH(QString, text);
        QFETCH(QString, speaker);
        const Article article = TestSupport::makeArticle(text, {}, QStringLiteral("a"), true);
        const QList<Quote> quotes = QuoteAnalyzer::analyzeArticle(article, 0).quotes;
        QVERIFY(!quotes.isEmpty());
        QCOMPARE(quotes.constLast().speaker, speaker);
        for (const PersonMention &m : PersonFinder::find(article))
            QVERIFY2(m.name != QStringLiteral("Urges Calm"), "a heading's title-case words taken for a name");
    }

    // A role the article gives without a name ("the opposition leader insisted") is the one person other
    // articles of the corpus give it to, when only one.
    void roleAcrossCorpus_data()
    {
        QTest::addColumn<QStringList>("texts");
        QTest::addColumn<QString>("speaker");
        const QString leader = QStringLiteral("The opposition leader insisted voters must have “their say”.");
        QTest::newRow("named in another article")
            << QStringList { leader, QStringLiteral("Opposition leader Bo Lind spoke in the port.") }
            << QStringLiteral("Bo Lind");
        QTest::newRow("the same person by surname")
            << QStringList { leader, QStringLiteral("Opposition leader Bo Lind spoke in the port."),
                   QStringLiteral("Opposition leader Lind left early.") }
            << QStringLiteral("Bo Lind");
        QTest::newRow("two people hold the role")
            << QStringList { leader, QStringLiteral("Opposition leader Bo Lind spoke in the port."),
                   QStringLiteral("Opposition leader Ana Ruiz left early.") }
            << QString();
        QTest::newRow("nobody holds the role")
            << QStringList { leader, QStringLiteral("Finance minister Bo Lind spoke in the port.") } << QString();
        QTest::newRow("before a medium's report") << QStringList {
            QStringLiteral("The finance minister has accused Bo Lind of “sabotage”, the Daily Ledger reported."),
            QStringLiteral("Finance minister Ana Ruiz met the board.")
        } << QStringLiteral("Ana Ruiz");
    }
    void roleAcrossCorpus()
    {
        QFETCH(QStringList, texts);
        QFETCH(QString, speaker);
        auto [corpus, quotes, people, titles] = readArticles(texts);
        QList<Statement> statements;
        QuoteAnalyzer::analyzeCorpus(corpus, people, titles, quotes, statements);
        QVERIFY(!quotes.isEmpty());
        QCOMPARE(quotes.constFirst().article, 0);
        QCOMPARE(quotes.constFirst().speaker, speaker);
        // The description is the cue, where it names someone.
        QCOMPARE(quotes.constFirst().speakerCue.isEmpty(), speaker.isEmpty());
        if (!speaker.isEmpty())
            QCOMPARE(corpus.articles.constFirst().slice(quotes.constFirst().cueSpan).toString(),
                quotes.constFirst().speakerCue);
        QCOMPARE(speakerKindName(quotes.constFirst().speakerKind),
            speaker.isEmpty() ? QStringLiteral("unknown") : QStringLiteral("person"));
    }

    // The quote stages tell when they have read the articles' texts for the last time: the texts may go then, and
    // the statements are those made with the texts kept.
    void textsReadBeforeGrouping()
    {
        const QStringList texts { QStringLiteral("Bo Lind said: “The harbour will reopen in spring.” He left early."),
            QStringLiteral("“The harbour will reopen in spring,” Lind told reporters in the port.") };
        auto [corpus, quotes, people, titles] = readArticles(texts);
        QList<Quote> kept = quotes;
        QList<Statement> keptStatements;
        QuoteAnalyzer::analyzeCorpus(corpus, people, titles, kept, keptStatements);
        QCOMPARE(keptStatements.size(), 1);
        QCOMPARE(keptStatements.constFirst().quotes.size(), 2);

        int calls = 0;
        QList<Statement> statements;
        QuoteAnalyzer::analyzeCorpus(corpus, people, titles, quotes, statements, [&articles = corpus.articles, &calls] {
            ++calls;
            for (Article &a : articles)
                a.setText(QString());
        });
        QCOMPARE(calls, 1);
        QCOMPARE(statements.size(), keptStatements.size());
        QCOMPARE(statements.constFirst().quotes, keptStatements.constFirst().quotes);
        QCOMPARE(statements.constFirst().reference, keptStatements.constFirst().reference);
        QCOMPARE(statements.constFirst().alignment.size(), keptStatements.constFirst().alignment.size());
    }

    void sieve()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        const Article article = TestSupport::makeArticle(text);
        QStringList found;
        for (const Quote &q : QuoteAnalyzer::analyzeArticle(article, 0).quotes) {
            found.append(
                QStringLiteral("%1 | %2 | %3 | %4").arg(q.text, q.speaker, attributionRuleName(q.rule), q.speakerCue));
            if (!q.speakerCue.isEmpty() && !q.speakerCue.contains(u'\u2026'))
                QCOMPARE(article.slice(q.cueSpan).toString().simplified(), q.speakerCue);
        }
        QCOMPARE(found, expected);
    }
};

QTEST_GUILESS_MAIN(TestAttribution)
#include "tst_attribution.moc"
