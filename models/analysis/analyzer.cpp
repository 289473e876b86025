// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/analyzer.h"

#include "analysis/stringpool.h"

#include "core/logging.h"
#include "events/eventanalyzer.h"
#include "events/eventmerger.h"
#include "quotes/quoteanalyzer.h"

#include <QtConcurrent/QtConcurrentMap>

#include <numeric>

#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace
{
// What was freed in the malloc arenas of other threads, which the corpus stages on this thread mostly do not reuse,
// goes back to the system as whole pages instead (one arena for every thread kept the peak higher still).
void releaseFreedPages()
{
#ifdef __GLIBC__
    malloc_trim(0);
#endif
}
}

ArticleAnalysis Analyzer::analyzeArticle(const Article &article, int articleIndex)
{
    ArticleQuotes quotes = QuoteAnalyzer::analyzeArticle(article, articleIndex);
    ArticleAnalysis analysis;
    analysis.quotes = std::move(quotes.quotes);
    analysis.people = std::move(quotes.people);
    analysis.titles = std::move(quotes.titles);
    analysis.mentions = EventAnalyzer::analyzeArticle(article, articleIndex);
    // Each article's mentions are kept in its own list until the event merge: the lists' growth slack adds up.
    analysis.mentions.squeeze();
    return analysis;
}

AnalysisResult Analyzer::run(Corpus corpus)
{
    return *run(std::move(corpus), Options {});
}

std::optional<AnalysisResult> Analyzer::run(Corpus corpus, const Options &options)
{
    const int total = int(corpus.articles.size());
    if (options.cachedCorpus) {
        // Nothing changed since the last analysis: no article is looked at again.
        AnalysisResult cached;
        cached.corpus = corpus;
        if (options.cachedCorpus(cached)) {
            cached.buildIndexes();
            if (options.progress)
                options.progress(total, total);
            Logging::get("app")->info(
                "analysis of {} articles taken from the cache: {} quotes, {} statements, {} events", total,
                cached.quotes.size(), cached.statements.size(), cached.events.size());
            return cached;
        }
    }
    std::atomic_int done = 0;
    QList<int> indices(total);
    std::iota(indices.begin(), indices.end(), 0);

    const auto cancelled = [&options] { return options.cancel && options.cancel->load(); };
    const bool parking = options.parkMentions && options.unparkMentions;
    QList<QByteArray> parked(parking ? total : 0);
    QByteArray *parkedData = parked.data(); // detached here, once, not by each worker
    QList<ArticleAnalysis> perArticle = QtConcurrent::blockingMapped(indices, [&](int index) {
        if (cancelled())
            return ArticleAnalysis {};
        const Article &article = corpus.articles.at(index);
        std::optional<ArticleAnalysis> analysis = options.cached ? options.cached(article) : std::nullopt;
        if (analysis) {
            for (Quote &q : analysis->quotes)
                q.article = index;
            for (EventMention &m : analysis->mentions)
                m.article = index;
        } else {
            analysis = analyzeArticle(article, index);
            if (options.store)
                options.store(article, *analysis);
        }
        if (parking) {
            parkedData[index] = options.parkMentions(analysis->mentions);
            analysis->mentions = {};
        }
        if (options.progress)
            options.progress(++done, total);
        return *analysis;
    });
    if (cancelled())
        return std::nullopt;

    AnalysisResult result;
    result.corpus = std::move(corpus);
    QStringList people;
    QStringList titles;
    // The flat lists at their exact size, each article's lists freed once moved: they would otherwise
    // stay alive, and the flat ones hold growth slack, through the corpus stages (the peak of memory). The mentions
    // stay in their articles' lists, which the merger reads in place: a joined copy beside them was the merge's peak.
    qsizetype quoteCount = 0;
    qsizetype peopleCount = 0;
    qsizetype titleCount = 0;
    for (const ArticleAnalysis &a : std::as_const(perArticle)) {
        quoteCount += a.quotes.size();
        peopleCount += a.people.size();
        titleCount += a.titles.size();
    }
    result.quotes.reserve(quoteCount);
    people.reserve(peopleCount);
    titles.reserve(titleCount);
    for (ArticleAnalysis &a : perArticle) {
        result.quotes.append(std::move(a.quotes));
        people.append(std::move(a.people));
        titles.append(std::move(a.titles));
        a.quotes = {};
        a.people = {};
        a.titles = {};
    }
    // The per-article lists were made on the pool's threads.
    releaseFreedPages();
    // The texts go as soon as the quote stages have read them: grouping and alignment, then the event merge, are
    // the peaks of memory.
    const auto textsRead = [&result, &options] {
        if (options.texts == Options::Texts::Pack) {
            result.packedTexts = PackedTexts(result.corpus);
        } else if (options.texts == Options::Texts::Drop) {
            for (Article &a : result.corpus.articles)
                a.setText(QString());
        }
        // The texts were made on the loader's threads (a dump at 10,000 articles peaked 47 MB higher without).
        if (options.texts != Options::Texts::Keep)
            releaseFreedPages();
    };
    QuoteAnalyzer::analyzeCorpus(result.corpus, people, titles, result.quotes, result.statements, textsRead);
    QList<QList<EventMention>> mentions;
    mentions.reserve(perArticle.size());
    for (ArticleAnalysis &a : perArticle)
        mentions.append(std::move(std::exchange(a, {}).mentions));
    perArticle = {};
    if (parking) {
        QList<EventMention> *unparkedData = mentions.data();
        StringPool pool;
        QtConcurrent::blockingMap(indices, [&](int index) {
            QList<EventMention> unparked = options.unparkMentions(std::exchange(parkedData[index], {}));
            for (EventMention &m : unparked)
                m.article = index;
            // Each article's copies go at once, so that the next article's decoding reuses their memory.
            pool.share(unparked);
            unparkedData[index] = std::move(unparked);
        });
        parked = {};
        releaseFreedPages();
    }
    result.events = EventMerger::merge(mentions);
    // The events hold what they need of the mentions; the lists would otherwise live through storeCorpus.
    mentions = {};
    // The mentions were decoded on the pool's threads, and the merge's own lists were let go: what the cache's
    // flush encodes next (a new project's peak of memory) is made on threads of its own.
    releaseFreedPages();
    result.buildIndexes(); // here on the worker, not on the first look-up from the window
    if (options.storeCorpus)
        options.storeCorpus(result);
    Logging::get("app")->info("analysed {} articles: {} quotes, {} statements, {} events", total, result.quotes.size(),
        result.statements.size(), result.events.size());
    return result;
}
