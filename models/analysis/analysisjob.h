// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/analysisresult.h"
#include "analysis/articleanalysis.h"
#include "core/error.h"
#include "corpus/articlebuilder.h"

#include <QFutureWatcher>
#include <QObject>
#include <QThreadPool>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

using AnalysisResultPtr = std::shared_ptr<const AnalysisResult>;
Q_DECLARE_METATYPE(AnalysisResultPtr)

// Loads and analyses a corpus folder off the GUI thread (CorpusLoader::load, then Analyzer::run),
// reporting progress and honouring cancel. Starting again while busy cancels the running load first.
class AnalysisJob : public QObject
{
    Q_OBJECT
public:
    enum class Stage { Loading, Analysing };
    Q_ENUM(Stage)

    // A per-article cache (a project's AnalysisCache), as Analyzer::Options takes it. Both are called
    // from worker threads; whatever they use must outlive the run (cancelAndWait() ends it early).
    struct CacheHooks {
        std::function<std::optional<ArticleAnalysis>(const Article &)> cached;
        std::function<void(const Article &, const ArticleAnalysis &)> store;
        // Loaded files by path and stamp, as CorpusLoader::Options takes them.
        std::function<std::optional<ArticleBuilder::Built>(const QString &, const QByteArray &)> cachedFile;
        std::function<void(const QString &, const QByteArray &, const ArticleBuilder::Built &)> storeFile;
        // The corpus-level results, as Analyzer::Options takes them.
        std::function<bool(AnalysisResult &)> cachedCorpus;
        std::function<void(const AnalysisResult &)> storeCorpus;
        // Called on the worker before the files are loaded (a cache may read what it holds then).
        std::function<void()> beginLoad;
        bool isEmpty() const
        {
            return !cached && !store && !cachedFile && !storeFile && !cachedCorpus && !storeCorpus && !beginLoad;
        }
    };

    explicit AnalysisJob(QObject *parent = nullptr);
    ~AnalysisJob() override; // cancels and waits: worker callbacks never outlive the job

    void start(const QString &path, const CacheHooks &cache = {});
    void cancel();
    // Cancels, drops a pending start and returns once no worker runs any more.
    void cancelAndWait();
    bool isRunning() const;
    QString path() const { return m_path; }
    // Whether the current (or last) run was given cache hooks.
    bool usesCache() const { return !m_cache.isEmpty(); }
    // Articles of the last run taken from the cache, and analysed afresh (both 0 without a cache).
    int cacheHits() const { return m_hits; }
    int cacheMisses() const { return m_misses; }

Q_SIGNALS:
    void started(const QString &path);
    // Throttled to whole percent steps.
    void progressChanged(AnalysisJob::Stage stage, int done, int total);
    void finished(AnalysisResultPtr result);
    void failed(const Error &error);
    void cancelled();

private:
    struct Outcome {
        // A box that onFinished() empties: the finished future keeps its outcome for as long as the job
        // lives, and it must not hold the last reference to an analysis (freeing 10,000 articles' results
        // takes about 150 ms, which would then happen on the GUI thread).
        std::shared_ptr<AnalysisResultPtr> result;
        Error error;
    };
    void launch();
    void onFinished();
    void reportProgress(Stage stage, int done, int total);

    // The job's own thread, outside the global pool: a pool thread waiting for the loader's and the analyzer's
    // work on that pool left them one core of two.
    QThreadPool m_runner;
    QFutureWatcher<Outcome> m_watcher;
    std::shared_ptr<std::atomic_bool> m_cancel;
    std::atomic_int m_lastPercent = -1;
    QString m_path;
    CacheHooks m_cache;
    std::atomic_int m_hits = 0;
    std::atomic_int m_misses = 0;
    // Started while busy: runs once the cancelled load has wound down.
    QString m_pending;
    CacheHooks m_pendingCache;
};
