// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/analyzer.h"
#include "core/error.h"
#include "corpus/corpusloader.h"

#include <QHash>
#include <QMutex>
#include <QThreadPool>
#include <QWaitCondition>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>
#include <thread>

class ProjectStore;
class QSqlDatabase;
class WriteGate;

// The project's per-article analysis cache, keyed by article id, content hash and analyzer tag,
// plugged into Analyzer::Options so that reopening a corpus re-analyses only changed articles; and
// its cache of loaded files, keyed by path and stamp (size, modification time), plugged into
// CorpusLoader::Options so that a reopen parses only files that changed; and the corpus-level results
// for the set of articles, so that a reopen with nothing changed analyses nothing.
// lookup() and lookupFile() are called from the analyzer's and loader's worker threads: they read
// through one read-only connection per thread, the files in one pass over their table per load (a
// query per file costs more than decoding it). Nothing is read on the thread that makes the cache.
// A load reads the files' table and the corpus-level results on a thread of its own from beginLoad(),
// in one read transaction: while the loader lists the folder, and not on the loader's or analyzer's
// threads, which would otherwise wait for the one thread reading (a fifth of an unchanged reopen).
// store(), storeFile() and storeCorpus() only queue what they are given; flush() encodes and
// compresses it and writes it, so that none of that work delays the analysis. flush() may run on any
// thread (the window runs it on a worker after the result is shown): it writes through a connection
// of its own, in short transactions, so that the project's own writes (annotations) wait for at most
// one of them. On a read-only project the cache is only read.
class AnalysisCache
{
public:
    explicit AnalysisCache(ProjectStore &project, QString analyzerTag = defaultAnalyzerTag());
    ~AnalysisCache();
    AnalysisCache(const AnalysisCache &) = delete;
    AnalysisCache &operator=(const AnalysisCache &) = delete;

    // Which analysis produced a blob: the codec version, the application version and the fingerprint of
    // the analysis's sources and data, so that a Parallax with different analyzers re-analyses instead of
    // trusting old results, even where its version number is the same.
    static QString defaultAnalyzerTag();

    // Sets options.cached and options.store to this cache.
    void install(Analyzer::Options &options);
    // Also starts a new load (beginLoad()).
    void install(CorpusLoader::Options &options);

    std::optional<ArticleAnalysis> lookup(const Article &article);
    void store(const Article &article, const ArticleAnalysis &analysis);
    // From now on store() writes the queue itself, on its caller's thread, whenever `rows` analyses wait
    // (0: never): a new project's analysis then holds a batch of per-article results, not the corpus's.
    // Call it after the load (a write ends the load, as flush() does); flush() reports a failed write.
    void writeBehind(int rows) { m_writeBehind = rows; }
    static constexpr int writeBehindRows = 500;
    // A load of the corpus starts: the file table and the corpus-level results are read afresh, at once,
    // on a thread of this load's. Each file's blob is handed out once per load, so the table is not held
    // in memory after the load.
    void beginLoad();
    // Loaded files by path and stamp (size, modification time): a reopen reads no unchanged file.
    std::optional<ArticleBuilder::Built> lookupFile(const QString &file, const QByteArray &stamp);
    void storeFile(const QString &file, const QByteArray &stamp, const ArticleBuilder::Built &built);
    // The corpus-level results, for exactly these articles (ids, files, outlets, titles, text hashes
    // and publication dates) and this analyzer: a reopen with nothing changed analyses nothing.
    bool lookupCorpus(AnalysisResult &result);
    void storeCorpus(const AnalysisResult &result);
    bool corpusHit() const { return m_corpusHit; }

    // Encodes and writes what store(), storeFile() and storeCorpus() queued and drops entries of
    // articles not in `keepIds` and of files not in `keepFiles` (when given). What could not be
    // written is lost (the next open analyses those articles, or reads those files, again).
    Error flush(const QStringList *keepIds = nullptr, const QStringList *keepFiles = nullptr);
    // Rows per write transaction in flush().
    static constexpr int rowsPerTransaction = 200;

    int hits() const { return m_hits; }
    int misses() const { return m_misses; }
    int fileHits() const { return m_fileHits; }
    int fileMisses() const { return m_fileMisses; }

private:
    struct Known {
        QByteArray hash;
        QString tag;
    };
    // A row as flush() writes it: key column, hash column, blob.
    struct Row {
        QString key;
        QByteArray hash;
        QByteArray blob;
    };
    struct PendingAnalysis {
        QString id;
        QByteArray key;
        ArticleAnalysis analysis;
    };
    struct PendingFile {
        QString file;
        QByteArray stamp;
        ArticleBuilder::Built built;
    };
    struct CachedFile {
        QByteArray stamp;
        QByteArray blob;
    };
    // The corpus-level results a load read with its files (AnalysisCache::prefetch()).
    struct CachedCorpus {
        QByteArray key;
        QByteArray blob;
    };
    // One of the cache's tables, as write() fills it.
    struct Table {
        QString name;
        QString key; // column
        QString hash; // column
        QHash<QString, Known> *known;
        QString tag;
    };
    struct Reader;
    Reader &reader();
    QString fileTag() const;
    QByteArray corpusKey(const Corpus &corpus) const;
    void readIndex();
    void readFiles(const QSqlDatabase &db);
    void prefetch();
    void waitForPrefetch();
    Error writeCorpus(const Row &row);
    Table analysisTable();
    Table fileTable();
    Error write(
        const Table &table, qsizetype count, const std::function<Row(qsizetype)> &encode, const QStringList &stale);

    QString m_path; // of the project file
    bool m_readOnly; // a read-only project: lookups only, nothing is queued or written
    QString m_readerName; // how worker threads open the project file, read-only
    QString m_readerOptions;
    std::shared_ptr<WriteGate> m_gate; // the project's: its own writes go before the next batch
    QString m_tag;
    QString m_prefix; // of this cache's reader connection names
    QHash<QString, Known> m_known; // read on first use (readIndex()), updated by flush()
    QHash<QString, Known> m_knownFiles; // by file path: the stamp and tag of each cached file
    std::atomic_bool m_indexRead = false;
    QMutex m_indexing; // one readIndex() at a time
    QHash<QString, CachedFile> m_fileBlobs; // this load's unclaimed file blobs, by path
    std::atomic_bool m_filesRead = false;
    QMutex m_readingFiles; // one readFiles() at a time
    bool m_prefetchReading = false; // guarded by m_readingFiles: this load's prefetch() has yet to read the files
    QWaitCondition m_filesReadable; // with m_readingFiles: prefetch() has read the files, or failed to
    std::thread m_prefetch; // this load's prefetch(), joined by the next load, flush() and the destructor
    QMutex m_prefetching; // guards m_prefetch
    std::optional<CachedCorpus> m_prefetchedCorpus; // guarded by m_mutex; taken by lookupCorpus()
    QMutex m_mutex; // guards m_known, m_knownFiles, m_fileBlobs, m_readers and the pending writes
    QMutex m_flushing; // one flush() at a time
    QHash<Qt::HANDLE, std::shared_ptr<Reader>> m_readers;
    QList<PendingAnalysis> m_pending;
    QList<PendingFile> m_pendingFiles;
    std::optional<AnalysisResult> m_pendingCorpus;
    std::atomic_int m_hits = 0;
    std::atomic_int m_misses = 0;
    std::atomic_int m_fileHits = 0;
    std::atomic_int m_fileMisses = 0;
    std::atomic_bool m_corpusHit = false;
    std::atomic_int m_writeBehind = 0;
    Error m_writeBehindError; // the first write of store()'s that failed, for flush() to report
    // Encode the rows of a batch side by side. Not the global pool: a write-behind flush runs on one of its
    // threads, and waiting there for work queued behind the other (waiting for the flush) never ended.
    QThreadPool m_encoders;
};
