// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Steps between the analysis and what the window and the exports show must stay linear (or n log n) as
// corpora grow: each step runs at n and at 10n, and its CPU time may grow about ten-fold, not a
// hundred-fold. The bound is loose (40×: at 10n the tables no longer fit the processor's caches, and the
// machine may be busy); a quadratic step goes far past it.
#include "analysis/dumpwriter.h"
#include "analysis/statementevents.h"
#include "itemmodels/timelinefiltermodel.h"
#include "itemmodels/timelinemodel.h"
#include "presentation/comparisonhtml.h"
#include "presentation/renderingdiff.h"
#include "quotes/aligner.h"
#include "timeline/timelinequotes.h"

#include <QFile>
#include <QHash>
#include <QStandardPaths>
#include <QTest>

#include <ctime>
#include <functional>

using namespace Qt::StringLiterals;

namespace
{
double threadCpuMs()
{
    timespec t {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

// The best of three runs: other work on the machine only ever adds time.
double bestMs(const std::function<void()> &step)
{
    double best = 1e300;
    for (int i = 0; i < 3; ++i) {
        const double start = threadCpuMs();
        step();
        best = std::min(best, threadCpuMs() - start);
    }
    return best;
}

const QString Sentence
    = u"On Monday, Ana Ruiz told reporters: \u201cWe will keep the port open for every ship.\u201d"_s;

// `articles` articles of one dated sentence with a quote; `perStatement` renderings to a statement, so
// that the corpus has articles / perStatement statements; an event mentioned at every quote's cue.
// `quotesOnly` leaves the articles and events out, for steps that look at quotes and statements alone.
AnalysisResult corpus(int articles, int perStatement, bool quotesOnly = false)
{
    AnalysisResult r;
    const int quoteStart = int(Sentence.indexOf(u'\u201c')) + 1;
    const int quoteEnd = int(Sentence.indexOf(u'\u201d'));
    const TextSpan cue { int(Sentence.indexOf(u"told")), int(Sentence.indexOf(u"told")) + 4 };
    for (int a = 0; a < articles; ++a) {
        Quote q;
        q.id = u"a%1#q1"_s.arg(a);
        q.statement = u"s%1"_s.arg(a / perStatement + 1);
        if (a % perStatement == 0) {
            Statement s;
            s.id = q.statement;
            s.reference = q.id;
            r.statements.append(s);
        }
        r.statements.last().quotes.append(q.id);
        if (quotesOnly) {
            r.quotes.append(q);
            continue;
        }
        Article article;
        article.id = u"a%1"_s.arg(a);
        article.setText(Sentence);
        article.paragraphs = article.sentences = { { 0, int(Sentence.size()) } };
        article.published = QDate(2024, 5, 1 + a % 28);
        article.outlet = u"Outlet %1"_s.arg(a % 40);
        r.corpus.articles.append(article);
        q.article = a;
        q.span = { quoteStart, quoteEnd };
        q.text = Sentence.mid(quoteStart, quoteEnd - quoteStart);
        q.cueSpan = cue;
        q.speaker = u"Ana Ruiz"_s;
        r.quotes.append(q);
        r.statements.last().speaker = q.speaker;
        r.statements.last().similarity.append(1.0);
        Event e;
        e.id = u"e%1"_s.arg(a + 1);
        e.start = e.end = QDate(2024, 4, 1 + a % 28);
        e.precision = DatePrecision::Day;
        EventMention m;
        m.article = a;
        m.span = { 0, cue.end };
        e.mentions.append(m);
        r.events.append(e);
    }
    if (quotesOnly)
        return r;
    // Words aligned in columns, each rendering the same: a statement's alignment grows with its renderings.
    for (Statement &s : r.statements) {
        for (const QString &word : r.quotes.constFirst().text.split(u' ')) {
            AlignmentColumn column;
            column.cells = QStringList(s.quotes.size(), word);
            s.alignment.append(column);
        }
    }
    return r;
}

// An invented word for every number: letters only, so that the normaliser keeps each one a word of its own.
QString inventedWord(int n)
{
    QString word = u"v"_s;
    do {
        word.append(QChar(u'a' + n % 26));
        n /= 26;
    } while (n > 0);
    return word;
}

// A passage of `words` words (each of a vocabulary of words / 3 standing about three times, every fifth word
// "the") and `renderings` renderings of 4 to 8 of its words in a row, one word of each changed: many outlets
// quoting a long speech a phrase at a time.
QList<QString> shortRenderingsOfAPassage(int words, int renderings)
{
    quint32 state = 12345;
    const auto next = [&state](int bound) {
        state = state * 1664525u + 1013904223u;
        return int((state >> 8) % quint32(bound));
    };
    QStringList passage;
    for (int i = 0; i < words; ++i)
        passage.append(i % 5 == 4 ? u"the"_s : inventedWord(next(words / 3)));
    QList<QString> texts { passage.join(u' ') };
    for (int r = 0; r < renderings; ++r) {
        const int length = 4 + next(5);
        QStringList phrase = passage.mid(next(words - length), length);
        phrase[next(length)] = inventedWord(words + r);
        texts.append(phrase.join(u' '));
    }
    return texts;
}
}

class TestLinearSteps : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void growsLinearly_data()
    {
        QTest::addColumn<QString>("step");
        QTest::addColumn<int>("n");
        // n quotes across the corpus, or n renderings of one statement.
        QTest::newRow("quotes lane of the timeline") << u"quotesLane"_s << 10000;
        QTest::newRow("events of every statement") << u"statementEvents"_s << 10000;
        // n events, each from one of 40 outlets: the timeline filtered to 3 of them, then to all again.
        QTest::newRow("timeline filtered by outlet") << u"timelineFilter"_s << 10000;
        QTest::newRow("dump") << u"dump"_s << 2000;
        QTest::newRow("compare one statement's renderings") << u"compare"_s << 400;
        QTest::newRow("the renderings' cards and table") << u"comparisonHtml"_s << 400;
    }

    void growsLinearly()
    {
        QFETCH(QString, step);
        QFETCH(int, n);
        const auto measure = [&](int size) {
            const bool oneStatement = step == u"compare"_s || step == u"comparisonHtml"_s;
            const auto r = std::make_shared<const AnalysisResult>(corpus(size, oneStatement ? size : 4));
            TimelineModel timeline;
            TimelineFilterModel filter;
            if (step == u"timelineFilter"_s) {
                timeline.setResult(r);
                filter.setSourceModel(&timeline);
            }
            return bestMs([&] {
                if (step == u"timelineFilter"_s) {
                    filter.setOutlets({ u"Outlet 1"_s, u"Outlet 7"_s, u"Outlet 23"_s });
                    QCOMPARE(filter.rowCount(), 3 * size / 40);
                    filter.setOutlets({});
                    QCOMPARE(filter.rowCount(), size);
                } else if (step == u"quotesLane"_s) {
                    QCOMPARE(TimelineQuotes::fromResult(*r).size(), r->statements.size());
                } else if (step == u"statementEvents"_s) {
                    const StatementEvents events(*r);
                    for (const Statement &s : r->statements)
                        QVERIFY(events.saidOn(s).isValid() && !events.eventsFor(s.id).isEmpty());
                } else if (step == u"dump"_s) {
                    QFile null(u"/dev/null"_s);
                    QVERIFY(null.open(QIODevice::WriteOnly));
                    QVERIFY(DumpWriter::write(*r, &null));
                } else {
                    const RenderingDiff diff(*r);
                    const StatementComparison c = diff.compare(r->statements.constFirst().id);
                    QCOMPARE(c.renderings.size(), size);
                    if (step == u"comparisonHtml"_s) {
                        ComparisonHtml::Options options;
                        QVERIFY(!ComparisonHtml::renderingCards(c, options).isEmpty());
                        QVERIFY(!ComparisonHtml::alignmentTable(c, options).isEmpty());
                        // Each outlet renders it size / 40 times: its renderings are numbered 1 to size / 40.
                        QVERIFY(ComparisonHtml::renderingLabel(c, 0).endsWith(u" #1"_s));
                        QVERIFY(ComparisonHtml::renderingLabel(c, size - 1).endsWith(u" #%1"_s.arg(size / 40)));
                    }
                }
            });
        };
        const double small = std::max(0.5, measure(n));
        const double large = measure(10 * n);
        qInfo(
            "%s: %.1f ms at %d, %.1f ms at %d (%.1f times)", qPrintable(step), small, n, large, 10 * n, large / small);
        QVERIFY2(
            large / small < 40, qPrintable(u"%1 grew %2 times for 10 times the input"_s.arg(step).arg(large / small)));
    }

    // A statement's renderings are aligned in time that grows with their words: ten times the passage and ten
    // times its short renderings take about ten times as long, not a hundred (each rendering aligned against
    // the whole passage).
    void alignmentGrowsWithTheRenderingsWords()
    {
        const auto measure = [](int words, int renderings) {
            const QList<QString> texts = shortRenderingsOfAPassage(words, renderings);
            QList<Aligner::Rendering> input;
            for (const QString &text : texts)
                input.append(Aligner::Rendering::of(text));
            return bestMs([&] {
                const Aligner::Result aligned = Aligner::align(input, 0);
                QCOMPARE(aligned.similarity.size(), texts.size());
                // Each rendering finds its phrase: all its words but the changed one match.
                QVERIFY(aligned.similarity.constLast() >= 0.5);
            });
        };
        const double small = std::max(0.5, measure(1500, 300));
        const double large = measure(15000, 3000);
        qInfo("alignment: %.1f ms at 1,500 words and 300 renderings, %.1f ms at ten times both (%.1f times)", small,
            large, large / small);
        QVERIFY2(
            large / small < 40, qPrintable(u"alignment grew %1 times for 10 times the words"_s.arg(large / small)));
    }

    // Look-ups by id cost what hash look-ups cost, at any size. Their time is compared with that of a hash of
    // the same ids, which meets the same caches: a scan per look-up would make the ratio ten times larger
    // at 10n.
    void lookupsCostWhatAHashCosts()
    {
        const auto ratio = [](int size) {
            const AnalysisResult r = corpus(size, 4, true);
            const double lookups = bestMs([&] {
                int found = 0;
                for (const Quote &q : r.quotes)
                    found += r.quoteIndex(q.id) >= 0;
                for (const Statement &s : r.statements)
                    found += r.statementIndex(s.id) >= 0;
                QCOMPARE(found, int(r.quotes.size() + r.statements.size()));
            });
            QHash<QString, int> ids;
            for (int i = 0; i < r.quotes.size(); ++i)
                ids.insert(r.quotes.at(i).id, i);
            const double hash = bestMs([&] {
                int found = 0;
                for (const Quote &q : r.quotes)
                    found += ids.contains(q.id);
                QCOMPARE(found, int(r.quotes.size()));
            });
            return std::max(0.5, lookups) / std::max(0.5, hash);
        };
        const double small = ratio(50000);
        const double large = ratio(500000);
        qInfo("look-ups by id against a hash of the ids: %.2f at 50,000 quotes, %.2f at 500,000", small, large);
        QVERIFY2(large / small < 4, qPrintable(u"look-ups grew %1 times faster than a hash"_s.arg(large / small)));
    }
};

QTEST_MAIN(TestLinearSteps)
#include "tst_linearsteps.moc"
