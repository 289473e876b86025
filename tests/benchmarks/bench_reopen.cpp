// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Reopening a project whose whole analysis cache is valid, as the window's document does it (off the
// GUI thread, through the project's AnalysisCache for files and analyses), on benchmark corpora of 1,000 and 10,000
// articles: how long the files take to load (read, decode, extract, segment), the per-article stage served from the
// cache, the corpus-level stages (speakers, statements, alignment, event merging) that run again on every reopen, and
// the cache's size per article. The first open (which fills the cache) is reported too: to its result, and the cache
// written after it. Each figure with wall and CPU seconds and the machine's load. Usage: bench_reopen [ARTICLES…]
// (default 1000 10000); corpora are kept in $PARALLAX_BENCH_CORPORA (default /tmp/parallax-bench-corpora) and reused;
// PARALLAX_BENCH_HTML_SHARE sets the share of web pages (default 0.4, the generator's realistic mix);
// PARALLAX_BENCH_KEEP=1 keeps the project beside the corpus and reopens it on the next run without the first open (for
// profiling the reopen at 100,000 articles). Opening the project file is timed with and without its whole-file check
// (the clean-close record). PARALLAX_BENCH_DIGEST=1 prints a hash of the reopened result's dump.
#include "analysis/analyzer.h"
#include "analysis/dumpwriter.h"
#include "benchsupport.h"
#include "corpus/benchcorpus.h"
#include "corpus/corpusloader.h"
#include "storage/analysiscache.h"
#include "storage/cleancloserecord.h"
#include "storage/projectstore.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QHash>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <cstdio>

namespace
{
struct Clock {
    QElapsedTimer wall;
    double cpu = BenchSupport::cpuSeconds();
    Clock() { wall.start(); }
};

void report(int articles, const char *phase, const Clock &clock, const QString &extra = QString())
{
    std::printf("%7d  %-34s %8.2f s wall %8.2f s cpu  load %-5s %s\n", articles, phase,
        double(clock.wall.elapsed()) / 1000.0, BenchSupport::cpuSeconds() - clock.cpu,
        qPrintable(BenchSupport::loadAverage()), qPrintable(extra));
    std::fflush(stdout);
}

bool measure(int articles)
{
    BenchCorpus::Spec spec;
    spec.articles = articles;
    if (qEnvironmentVariableIsSet("PARALLAX_BENCH_HTML_SHARE"))
        spec.htmlShare = qEnvironmentVariable("PARALLAX_BENCH_HTML_SHARE").toDouble();
    const Result<BenchCorpus::Summary> made = BenchCorpus::ensure(BenchCorpus::defaultRoot(), spec);
    if (!made.ok()) {
        std::fprintf(stderr, "cannot generate the corpus: %s\n", qPrintable(made.error().message));
        return false;
    }
    const BenchCorpus::Summary &corpus = made.value();
    std::printf("%7d  corpus %s: %.1f MB%s\n", articles, qPrintable(corpus.folder), double(corpus.bytes) / 1e6,
        corpus.reused ? " (reused)" : "");
    QTemporaryDir dir;
    const bool keep = qEnvironmentVariableIntValue("PARALLAX_BENCH_KEEP") != 0;
    const QString path
        = keep ? corpus.folder + QStringLiteral(".parallax") : dir.filePath(QStringLiteral("bench.parallax"));
    const bool reuse = keep && QFileInfo::exists(path);
    auto opened
        = reuse ? ProjectStore::open(path, ProjectStore::Mode::ReadWrite) : ProjectStore::create(path, corpus.folder);
    if (!opened.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error().message));
        return false;
    }
    std::unique_ptr<ProjectStore> project = std::move(opened.value());
    if (reuse)
        std::printf("%7d  project %s (reused: no first open)\n", articles, qPrintable(path));

    if (!reuse) {
        // The first open: everything parsed and analysed; then the cache encoded and written.
        Clock clock;
        AnalysisCache cache(*project);
        Analyzer::Options options;
        cache.install(options);
        CorpusLoader::Options loadOptions;
        cache.install(loadOptions);
        const CorpusLoader::Result loaded = CorpusLoader::load(corpus.folder, loadOptions);
        const std::optional<AnalysisResult> result = Analyzer::run(loaded.corpus, options);
        if (!result)
            return false;
        report(articles, "first open: to the result", clock);
        Clock flushing;
        if (!cache.flush().ok())
            return false;
        report(articles, "first open: cache written after it", flushing);
    }
    const qint64 fileBytes = QFileInfo(path).size() + QFileInfo(path + QStringLiteral("-wal")).size();
    QSqlQuery sizes(project->database());
    sizes.exec(QStringLiteral("SELECT COUNT(*), AVG(LENGTH(data)) FROM analysis_cache"));
    sizes.next();
    std::printf("%7d  cache: %d rows, %.1f KB per article (analysis blob), project file %.1f KB per article\n",
        articles, sizes.value(0).toInt(), sizes.value(1).toDouble() / 1024.0, double(fileBytes) / 1024.0 / articles);
    if (sizes.exec(QStringLiteral("SELECT COUNT(*), AVG(LENGTH(data)) FROM article_cache")) && sizes.next())
        std::printf("%7d  file cache: %d rows, %.1f KB per article (compressed article blob)\n", articles,
            sizes.value(0).toInt(), sizes.value(1).toDouble() / 1024.0);
    if (sizes.exec(QStringLiteral("SELECT SUM(LENGTH(data)) FROM corpus_cache")) && sizes.next())
        std::printf("%7d  corpus cache: %.1f KB per article (compressed corpus-level results)\n", articles,
            sizes.value(0).toDouble() / 1024.0 / articles);

    // Opening the project file: with its whole-file check (what every open did before the clean-close
    // record, on the GUI thread), then as a reopen after a clean close does it (the check left out).
    project.reset();
    for (const bool recorded : { false, true }) {
        if (!recorded)
            CleanCloseRecord::forget(path);
        Clock opening;
        auto reopened = ProjectStore::open(path, ProjectStore::Mode::ReadWrite);
        if (!reopened.ok()) {
            std::fprintf(stderr, "%s\n", qPrintable(reopened.error().message));
            return false;
        }
        report(articles, recorded ? "open project: closed cleanly" : "open project: whole-file check", opening);
        project = std::move(reopened.value());
        if (!recorded)
            project.reset();
    }

    // The reopen, stage by stage.
    Clock total;
    AnalysisCache cache(*project);
    Clock loading;
    CorpusLoader::Options loadOptions;
    cache.install(loadOptions);
    const CorpusLoader::Result loaded = CorpusLoader::load(corpus.folder, loadOptions);
    report(articles, "reopen: load the files", loading,
        QStringLiteral("%1 files from the cache, %2 parsed, %3 MB resident")
            .arg(cache.fileHits())
            .arg(cache.fileMisses())
            .arg(BenchSupport::residentMb(), 0, 'f', 0));
    QHash<QString, ArticleAnalysis> perArticle;
    Analyzer::Options options;
    cache.install(options);
    Clock analysing;
    const std::optional<AnalysisResult> reopened = Analyzer::run(loaded.corpus, options);
    if (!reopened)
        return false;
    report(articles, "reopen: the analysis", analysing,
        cache.corpusHit() ? QStringLiteral("corpus-level results from the cache")
                          : QStringLiteral("%1 articles from the cache, %2 analysed, corpus stages run")
                                .arg(cache.hits())
                                .arg(cache.misses()));
    report(articles, "reopen: total", total,
        QStringLiteral("%1 quotes, %2 statements, %3 events, %4 MB resident")
            .arg(reopened->quotes.size())
            .arg(reopened->statements.size())
            .arg(reopened->events.size())
            .arg(BenchSupport::residentMb(), 0, 'f', 0));

    // What the reopen showed, as `parallax dump` writes it, hashed: two builds that read the cache differently must
    // print the same (PARALLAX_BENCH_DIGEST=1; after the timing, since it decodes every text).
    if (qEnvironmentVariableIntValue("PARALLAX_BENCH_DIGEST") != 0)
        std::printf("%7d  reopened result's dump: sha256 %s\n", articles,
            QCryptographicHash::hash(DumpWriter::toBytes(*reopened), QCryptographicHash::Sha256).toHex().constData());

    // A kept project made by another build (another analysis fingerprint or cache format) misses; writing
    // what this reopen made lets the next run measure a real reopen instead of measuring a first open again.
    if (reuse && (cache.fileMisses() > 0 || !cache.corpusHit())) {
        if (!cache.flush().ok())
            return false;
        std::printf(
            "%7d  the kept project was stale: its cache is rewritten, run again to measure a reopen\n", articles);
    }

    // The corpus-level stages alone (what a reopen ran before they were cached): the per-article
    // results handed over from memory. Left out with PARALLAX_BENCH_REOPEN_ONLY=1 (profiling the reopen).
    if (qEnvironmentVariableIntValue("PARALLAX_BENCH_REOPEN_ONLY") != 0)
        return true;
    for (const Article &article : loaded.corpus.articles) {
        if (std::optional<ArticleAnalysis> a = cache.lookup(article))
            perArticle.insert(article.id, *a);
    }
    Analyzer::Options fromMemory;
    fromMemory.cached = [&perArticle](const Article &article) -> std::optional<ArticleAnalysis> {
        const auto it = perArticle.constFind(article.id);
        return it == perArticle.cend() ? std::nullopt : std::optional<ArticleAnalysis>(*it);
    };
    Clock corpusStages;
    if (!Analyzer::run(loaded.corpus, fromMemory))
        return false;
    report(articles, "corpus stages alone", corpusStages);
    return true;
}
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QList<int> counts;
    for (const QString &argument : QCoreApplication::arguments().mid(1))
        counts.append(argument.toInt());
    if (counts.isEmpty())
        counts = { 1000, 10000 };
    std::printf("articles phase                              seconds\n");
    for (int articles : std::as_const(counts)) {
        if (articles <= 0 || !measure(articles))
            return 1;
    }
    return 0;
}
