// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/analysisjob.h"

#include "analysis/analyzer.h"
#include "core/logging.h"
#include "corpus/corpusloader.h"

#include <QtConcurrent/QtConcurrentRun>

#include <utility>

AnalysisJob::AnalysisJob(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<AnalysisResultPtr>();
    m_runner.setMaxThreadCount(1);
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, &AnalysisJob::onFinished);
}

AnalysisJob::~AnalysisJob()
{
    m_pending.clear();
    cancel();
    m_watcher.waitForFinished();
}

bool AnalysisJob::isRunning() const
{
    return m_watcher.isRunning();
}

void AnalysisJob::start(const QString &path, const CacheHooks &cache)
{
    if (isRunning()) {
        m_pending = path;
        m_pendingCache = cache;
        cancel();
        return;
    }
    m_path = path;
    m_cache = cache;
    launch();
}

void AnalysisJob::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

void AnalysisJob::cancelAndWait()
{
    m_pending.clear();
    m_pendingCache = {};
    cancel();
    m_watcher.waitForFinished();
}

void AnalysisJob::reportProgress(Stage stage, int done, int total)
{
    // Worker threads call this for every article; post at most one update per percent and stage.
    const int percent = total > 0 ? int(qint64(done) * 100 / total) : 0;
    const int key = int(stage) * 1000 + percent;
    if (m_lastPercent.exchange(key) == key)
        return;
    QMetaObject::invokeMethod(
        this, [this, stage, done, total] { Q_EMIT progressChanged(stage, done, total); }, Qt::QueuedConnection);
}

void AnalysisJob::launch()
{
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_lastPercent = -1;
    m_hits = 0;
    m_misses = 0;
    const std::shared_ptr<std::atomic_bool> cancelFlag = m_cancel;
    const QString path = m_path;
    const CacheHooks cache = m_cache;
    Logging::get("app")->info("loading {}", path.toStdString());
    Q_EMIT started(path);
    m_watcher.setFuture(QtConcurrent::run(&m_runner, [this, path, cancelFlag, cache]() -> Outcome {
        CorpusLoader::Options loadOptions;
        loadOptions.cancel = cancelFlag.get();
        loadOptions.progress = [this](int done, int total) { reportProgress(Stage::Loading, done, total); };
        loadOptions.cached = cache.cachedFile;
        loadOptions.store = cache.storeFile;
        if (cache.beginLoad)
            cache.beginLoad();
        CorpusLoader::Result loaded = CorpusLoader::load(path, loadOptions);
        if (cancelFlag->load() || loaded.cancelled)
            return {};
        if (!loaded.error.ok())
            return { nullptr, loaded.error };
        Analyzer::Options analyzeOptions;
        analyzeOptions.cancel = cancelFlag.get();
        analyzeOptions.progress = [this](int done, int total) { reportProgress(Stage::Analysing, done, total); };
        if (cache.cached) {
            analyzeOptions.cached = [this, &cache](const Article &article) {
                std::optional<ArticleAnalysis> found = cache.cached(article);
                ++(found ? m_hits : m_misses);
                return found;
            };
        }
        analyzeOptions.store = cache.store;
        if (cache.cachedCorpus) {
            // Taken whole from the cache: every article counts as taken from it.
            analyzeOptions.cachedCorpus = [this, &cache](AnalysisResult &result) {
                const bool found = cache.cachedCorpus(result);
                if (found)
                    m_hits += int(result.corpus.articles.size());
                return found;
            };
        }
        analyzeOptions.storeCorpus = cache.storeCorpus;
        std::optional<AnalysisResult> result = Analyzer::run(std::move(loaded.corpus), analyzeOptions);
        if (!result || cancelFlag->load())
            return {};
        return { std::make_shared<AnalysisResultPtr>(std::make_shared<const AnalysisResult>(std::move(*result))), {} };
    }));
}

void AnalysisJob::onFinished()
{
    const Outcome outcome = m_watcher.result();
    const AnalysisResultPtr result = outcome.result ? std::exchange(*outcome.result, nullptr) : nullptr;
    if (!m_pending.isEmpty()) {
        // A newer request superseded this run, whatever its outcome.
        m_path = std::exchange(m_pending, QString());
        m_cache = std::exchange(m_pendingCache, CacheHooks {});
        launch();
        return;
    }
    if (result) {
        if (usesCache())
            Logging::get("app")->info("analysis cache: {} article(s) reused, {} analysed", int(m_hits), int(m_misses));
        Q_EMIT finished(result);
    } else if (!outcome.error.ok()) {
        Logging::get("app")->warn("cannot load {}: {}", m_path.toStdString(), outcome.error.message.toStdString());
        Q_EMIT failed(outcome.error);
    } else {
        Q_EMIT cancelled();
    }
}
