// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/analyzer.h"
#include "corpus/corpusloader.h"

#include "testsupport.h"

#include <algorithm>

#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTest>

namespace
{
// An invented corpus of five outlets reporting two leaders' remarks, written with the constructions real
// news uses (cues before and after, "according to", appositions, pronouns, split and mismatched marks).
const AnalysisResult &harbour()
{
    static const AnalysisResult result = [] {
        CorpusLoader::Result loaded = CorpusLoader::load(TestSupport::testDataPath(QStringLiteral("data/harbour")));
        if (!loaded.ok())
            qFatal("cannot load the harbour corpus: %s", qPrintable(loaded.error.message));
        return Analyzer::run(std::move(loaded.corpus));
    }();
    return result;
}

// The article file prefix ("002") of a quote.
QString articleOf(const AnalysisResult &r, const Quote &q)
{
    return r.corpus.articles.at(q.article).file.left(3);
}

const Quote *findQuote(const QString &article, const QString &startsWith)
{
    for (const Quote &q : harbour().quotes) {
        if (articleOf(harbour(), q) == article && q.text.startsWith(startsWith))
            return &q;
    }
    return nullptr;
}

// "article: text start" of every rendering of the statement holding `quote`.
QStringList renderingsOf(const Quote &quote)
{
    const Statement &s = harbour().statements.at(harbour().statementIndex(quote.statement));
    QStringList out;
    for (const QString &id : s.quotes) {
        const Quote &q = harbour().quotes.at(harbour().quoteIndex(id));
        out.append(articleOf(harbour(), q) + QStringLiteral(": ") + q.text);
    }
    return out;
}

QStringList nameParts(const QString &name)
{
    QStringList parts = name.toLower().split(QRegularExpression(QStringLiteral("[\\s.-]+")), Qt::SkipEmptyParts);
    parts.removeDuplicates();
    return parts;
}
}

// Quotes, speakers and statements on a whole corpus: exactly, on an invented corpus checked by eye; and
// the invariants every result keeps, on both it and the sample corpus of real pages.
class TestQuoteSample : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(!harbour().quotes.isEmpty());
    }

    void invariants_data()
    {
        QTest::addColumn<QString>("fixture"); // a corpus of tests/data/, else the harbour corpus
        QTest::newRow("invented corpus") << QString();
        QTest::newRow("quote styles") << QStringLiteral("quote-styles");
        QTest::newRow("attribution") << QStringLiteral("attribution");
    }

    void invariants()
    {
        QFETCH(QString, fixture);
        const AnalysisResult &r = fixture.isEmpty() ? harbour() : TestSupport::fixtureAnalysis(fixture);
        QVERIFY(!r.quotes.isEmpty());
        const QString problem = TestSupport::quoteInvariantProblem(r);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QSet<QString> speakers;
        for (const Quote &q : r.quotes) {
            // A quote starts after a mark, unless it continues one cut by a cue.
            const QChar before = r.corpus.articles.at(q.article).text().at(q.span.start - 1);
            QVERIFY2(!before.isLetterOrNumber() || q.rule == AttributionRule::Continuation, qPrintable(q.id));
            if (!q.speaker.isEmpty())
                speakers.insert(q.speaker);
        }
        // One name per person: no speaker's name is a part of another's ("Whitfield" beside "Dana Whitfield").
        for (const QString &s : speakers) {
            for (const QString &other : speakers) {
                if (s == other)
                    continue;
                const QStringList parts = nameParts(other);
                const QStringList mine = nameParts(s);
                QVERIFY2(
                    !std::all_of(mine.cbegin(), mine.cend(), [&parts](const QString &p) { return parts.contains(p); }),
                    qPrintable(s + QStringLiteral(" is part of ") + other));
            }
        }
        // The same words by the same speaker in two outlets are one statement.
        QHash<QString, QString> statementOfWords;
        for (const Quote &q : r.quotes) {
            if (q.speaker.isEmpty() || q.text.size() < 20)
                continue;
            const QString key = q.speaker + u'|' + q.text.toLower().trimmed();
            const auto found = statementOfWords.constFind(key);
            if (found != statementOfWords.cend())
                QVERIFY2(found.value() == q.statement, qPrintable(q.text));
            else
                statementOfWords.insert(key, q.statement);
        }
        for (const Statement &s : r.statements) {
            QVERIFY(!s.quotes.isEmpty());
            QCOMPARE(s.similarity.size(), s.quotes.size());
            for (const AlignmentColumn &c : s.alignment)
                QCOMPARE(c.cells.size(), s.quotes.size());
            for (const QString &id : s.quotes)
                QCOMPARE(r.quotes.at(r.quoteIndex(id)).statement, s.id);
        }
    }

    void speakers_data()
    {
        QTest::addColumn<QString>("article");
        QTest::addColumn<QString>("quote");
        QTest::addColumn<QString>("speaker");
        QTest::addColumn<QString>("cue");
        QTest::newRow("she told reporters") << QStringLiteral("000") << QStringLiteral("happy to meet")
                                            << QStringLiteral("Dana Whitfield") << QStringLiteral("she told reporters");
        QTest::newRow("fragment after said") << QStringLiteral("000") << QStringLiteral("the good years")
                                             << QStringLiteral("Thomas Okafor") << QStringLiteral("Okafor said");
        QTest::newRow("next quote, neighbour cue")
            << QStringLiteral("001") << QStringLiteral("If you want to carry the message")
            << QStringLiteral("Dana Whitfield") << QStringLiteral("she said");
        QTest::newRow("according to an outlet") << QStringLiteral("001") << QStringLiteral("The crews will always")
                                                << QStringLiteral("Thomas Okafor") << QStringLiteral("Okafor declared");
        QTest::newRow("apposition") << QStringLiteral("001") << QStringLiteral("serious talks")
                                    << QStringLiteral("Ines Marlowe") << QString();
        QTest::newRow("told an agency") << QStringLiteral("001") << QStringLiteral("choosing his words")
                                        << QStringLiteral("Priya Raman") << QStringLiteral("Priya Raman told RNA");
        QTest::newRow("an administration speaks as an organisation")
            << QStringLiteral("001") << QStringLiteral("without conditions")
            << QStringLiteral("Whitfield administration") << QString();
        QTest::newRow("saying after subject")
            << QStringLiteral("002") << QStringLiteral("If you want to carry the word")
            << QStringLiteral("Dana Whitfield") << QString();
        QTest::newRow("nickname") << QStringLiteral("002") << QStringLiteral("the foghorn")
                                  << QStringLiteral("Dana Whitfield") << QString();
        QTest::newRow("acknowledged") << QStringLiteral("003") << QStringLiteral("We really couldn")
                                      << QStringLiteral("Dana Whitfield") << QStringLiteral("Whitfield acknowledged");
        QTest::newRow("mismatched marks") << QStringLiteral("004") << QStringLiteral("I have always got on")
                                          << QStringLiteral("Dana Whitfield") << QStringLiteral("she told reporters");
        QTest::newRow("quote paragraph continues") << QStringLiteral("004") << QStringLiteral("Nothing is fixed yet")
                                                   << QStringLiteral("Dana Whitfield") << QString();
        QTest::newRow("He added") << QStringLiteral("004") << QStringLiteral("If the Authority gives up")
                                  << QStringLiteral("Thomas Okafor") << QStringLiteral("He added");
        QTest::newRow("an outlet reported is not the speaker")
            << QStringLiteral("004") << QStringLiteral("I think they are") << QStringLiteral("Dana Whitfield")
            << QString();
    }
    void speakers()
    {
        QFETCH(QString, article);
        QFETCH(QString, quote);
        QFETCH(QString, speaker);
        QFETCH(QString, cue);
        const Quote *q = findQuote(article, quote);
        QVERIFY2(q, qPrintable(quote));
        QCOMPARE(q->speaker, speaker);
        if (!cue.isEmpty())
            QCOMPARE(q->speakerCue, cue);
        if (speaker.isEmpty())
            QCOMPARE(q->rule, AttributionRule::None);
    }

    void kinds()
    {
        QCOMPARE(findQuote(QStringLiteral("000"), QStringLiteral("hostile"))->kind, QuoteKind::Term);
        QCOMPARE(findQuote(QStringLiteral("000"), QStringLiteral("the good years"))->kind, QuoteKind::Fragment);
        QCOMPARE(findQuote(QStringLiteral("003"), QStringLiteral("He has held"))->kind, QuoteKind::Direct);
        const Quote *open = findQuote(QStringLiteral("003"), QStringLiteral("Open"));
        QVERIFY(open && open->headline);
        QVERIFY(findQuote(QStringLiteral("004"), QStringLiteral("The Foghorn"))->headline);
    }

    void statements_data()
    {
        QTest::addColumn<QString>("article");
        QTest::addColumn<QString>("quote");
        QTest::addColumn<QString>("speaker");
        QTest::addColumn<QStringList>("renderings");
        // Fragments, the whole remark and the remark split over a mismatched mark and a paragraph break.
        QTest::newRow("got on well")
            << QStringLiteral("002") << QStringLiteral("I have always") << QStringLiteral("Dana Whitfield")
            << QStringList { QStringLiteral("000: happy to meet"), QStringLiteral("000: got on well"),
                   QStringLiteral("002: I have always got on we"), QStringLiteral("004: I have always got on we"),
                   QStringLiteral("004: I'd be happy to meet hi"), QStringLiteral("004: Nothing is fixed yet, b") };
        QTest::newRow("the good years")
            << QStringLiteral("002") << QStringLiteral("Personally") << QStringLiteral("Thomas Okafor")
            << QStringList { QStringLiteral("000: the good years"), QStringLiteral("000: gives up its fixation"),
                   QStringLiteral("000: a fair settlement"), QStringLiteral("001: no reason to stay away"),
                   QStringLiteral("002: Personally, I still re"), QStringLiteral("003: fixation on cutting cre"),
                   QStringLiteral("004: Personally, I still re"), QStringLiteral("004: If the Authority gives") };
        // The answer and its condition, quoted in turn in one paragraph, are one statement.
        QTest::newRow("carry the word") << QStringLiteral("002") << QStringLiteral("If you want")
                                        << QStringLiteral("Dana Whitfield")
                                        << QStringList { QStringLiteral("001: Yes, I would"),
                                               QStringLiteral("001: If you want to carry t"),
                                               QStringLiteral("002: If you want to carry t"),
                                               QStringLiteral("004: If you want to carry t") };
        QTest::newRow("the foghorn") << QStringLiteral("002") << QStringLiteral("the foghorn")
                                     << QStringLiteral("Dana Whitfield")
                                     << QStringList { QStringLiteral("002: the foghorn"),
                                            QStringLiteral("004: The Foghorn"), QStringLiteral("004: the foghorn") };
        QTest::newRow("second government")
            << QStringLiteral("004") << QStringLiteral("I think they") << QStringLiteral("Dana Whitfield")
            << QStringList { QStringLiteral("001: a kind of second gover"),
                   QStringLiteral("004: I think they are a kind") };
        QTest::newRow("a single rendering")
            << QStringLiteral("003") << QStringLiteral("I worked very well") << QStringLiteral("Dana Whitfield")
            << QStringList { QStringLiteral("003: I worked very well wit") };
    }
    void statements()
    {
        QFETCH(QString, article);
        QFETCH(QString, quote);
        QFETCH(QString, speaker);
        QFETCH(QStringList, renderings);
        const Quote *q = findQuote(article, quote);
        QVERIFY2(q && !q->statement.isEmpty(), qPrintable(quote));
        // Compared by the expected opening words of each rendering.
        QStringList found = renderingsOf(*q);
        for (int i = 0; i < found.size() && i < renderings.size(); ++i)
            found[i].truncate(renderings.at(i).size());
        QCOMPARE(found, renderings);
        const Statement &s = harbour().statements.at(harbour().statementIndex(q->statement));
        QCOMPARE(s.speaker, speaker);
        QVERIFY(s.conflicts.isEmpty());
        const Quote &ref = harbour().quotes.at(harbour().quoteIndex(s.reference));
        for (const QString &id : s.quotes)
            QVERIFY(harbour().quotes.at(harbour().quoteIndex(id)).text.size() <= ref.text.size() + 10);
    }

    // Each utterance is one statement under the speaker's full name, however the texts shorten it.
    void onceEach()
    {
        QSet<QString> speakers;
        for (const Statement &s : harbour().statements)
            speakers.insert(s.speaker);
        QVERIFY(speakers.contains(QStringLiteral("Dana Whitfield")));
        QVERIFY(speakers.contains(QStringLiteral("Thomas Okafor")));
        for (const QString &name : { QStringLiteral("Whitfield"), QStringLiteral("Chair Whitfield"),
                 QStringLiteral("Okafor"), QStringLiteral("Thomas") })
            QVERIFY2(!speakers.contains(name), qPrintable(name));
        // Three outlets write "the good years": every one of those renderings is in one statement.
        int holding = 0;
        for (const Statement &s : harbour().statements) {
            holding += std::any_of(s.quotes.cbegin(), s.quotes.cend(), [](const QString &id) {
                return harbour().quotes.at(harbour().quoteIndex(id)).text.contains(QStringLiteral("good years"));
            });
        }
        QCOMPARE(holding, 1);
    }
};

QTEST_GUILESS_MAIN(TestQuoteSample)
#include "tst_quotesample.moc"
