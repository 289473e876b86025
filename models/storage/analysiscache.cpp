// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/analysiscache.h"

#include "analysisfingerprint.h"

#include "core/logging.h"
#include "storage/analysiscodec.h"
#include "storage/articlecodec.h"
#include "storage/projectstore.h"
#include "storage/writegate.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QScopeGuard>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUuid>
#include <QtConcurrent/QtConcurrentMap>

#include <utility>

namespace
{
// The per-article stage reads the text and the publication date (relative dates resolve against it),
// so both make the key: a date inferred anew from the corpus invalidates the cached analysis.
QByteArray cacheKey(const Article &article)
{
    return article.contentHash + '|' + article.published.toString(Qt::ISODate).toLatin1() + '|'
        + publishedBasisName(article.publishedBasis).toLatin1();
}
}

// A worker thread's read-only connection, and its prepared look-up of one article's analysis.
struct AnalysisCache::Reader {
    QString connection;
    std::optional<QSqlQuery> analysis;
};

AnalysisCache::AnalysisCache(ProjectStore &project, QString analyzerTag)
    : m_path(project.path())
    , m_readOnly(project.isReadOnly())
    , m_readerName(project.readerDatabaseName())
    , m_readerOptions(project.readerConnectOptions())
    , m_gate(project.writeGate())
    , m_tag(std::move(analyzerTag))
    , m_prefix(QStringLiteral("parallax-cache-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
}

AnalysisCache::~AnalysisCache()
{
    waitForPrefetch();
    QMutexLocker lock(&m_mutex);
    for (const std::shared_ptr<Reader> &reader : std::as_const(m_readers)) {
        // A prepared statement would keep its connection in use.
        reader->analysis.reset();
        QSqlDatabase::removeDatabase(reader->connection);
    }
}

void AnalysisCache::readIndex()
{
    if (m_indexRead.load())
        return;
    QMutexLocker indexing(&m_indexing);
    if (m_indexRead.load())
        return;
    QSqlQuery query(QSqlDatabase::database(reader().connection, false));
    query.setForwardOnly(true);
    QHash<QString, Known> known;
    if (query.exec(QStringLiteral("SELECT article_id, content_hash, analyzer FROM analysis_cache"))) {
        while (query.next())
            known.insert(query.value(0).toString(), { query.value(1).toByteArray(), query.value(2).toString() });
    } else {
        Logging::get("store")->warn(
            "analysis cache unreadable, analysing everything: {}", query.lastError().text().toStdString());
    }
    // A project no reopen has filled yet has no file table: every file is then read.
    QHash<QString, Known> knownFiles;
    if (query.exec(QStringLiteral("SELECT file, stamp, analyzer FROM article_cache"))) {
        while (query.next())
            knownFiles.insert(query.value(0).toString(), { query.value(1).toByteArray(), query.value(2).toString() });
    }
    query.finish();
    QMutexLocker lock(&m_mutex);
    m_known = std::move(known);
    m_knownFiles = std::move(knownFiles);
    m_indexRead = true;
}

QString AnalysisCache::defaultAnalyzerTag()
{
    // The version alone stays the same between builds whose analysis differs; the fingerprint does not.
    return QStringLiteral("codec%1/parallax %2/analysis %3")
        .arg(AnalysisCodec::version)
        .arg(QCoreApplication::applicationVersion(), QStringLiteral(PARALLAX_ANALYSIS_FINGERPRINT));
}

void AnalysisCache::install(Analyzer::Options &options)
{
    options.cached = [this](const Article &article) { return lookup(article); };
    options.store = [this](const Article &article, const ArticleAnalysis &analysis) { store(article, analysis); };
    options.cachedCorpus = [this](AnalysisResult &result) { return lookupCorpus(result); };
    options.storeCorpus = [this](const AnalysisResult &result) { storeCorpus(result); };
}

void AnalysisCache::install(CorpusLoader::Options &options)
{
    beginLoad();
    options.cached = [this](const QString &file, const QByteArray &stamp) { return lookupFile(file, stamp); };
    options.store = [this](const QString &file, const QByteArray &stamp, const ArticleBuilder::Built &built) {
        storeFile(file, stamp, built);
    };
}

QString AnalysisCache::fileTag() const
{
    return m_tag + QStringLiteral("/article%1").arg(ArticleCodec::version);
}

void AnalysisCache::beginLoad()
{
    QMutexLocker prefetching(&m_prefetching);
    if (m_prefetch.joinable())
        m_prefetch.join();
    {
        QMutexLocker reading(&m_readingFiles);
        QMutexLocker lock(&m_mutex);
        m_fileBlobs = {};
        m_filesRead = false;
        m_prefetchedCorpus.reset();
        m_prefetchReading = true;
    }
    m_prefetch = std::thread([this] { prefetch(); });
}

void AnalysisCache::waitForPrefetch()
{
    QMutexLocker prefetching(&m_prefetching);
    if (m_prefetch.joinable())
        m_prefetch.join();
}

void AnalysisCache::prefetch()
{
    // The loader's look-ups wait until the files are read here, so that every file it is given is of the snapshot
    // the corpus-level results are read from, however late this thread starts.
    const auto filesDone = [this] {
        m_prefetchReading = false;
        m_filesReadable.wakeAll();
    };
    // A connection of this thread's own, gone with it.
    const QString name = m_prefix + QStringLiteral("-prefetch");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(m_readerName);
        db.setConnectOptions(m_readerOptions);
        if (db.open()) {
            // One snapshot: the files and the corpus-level results as the last write left them together.
            db.transaction();
            {
                QMutexLocker reading(&m_readingFiles);
                if (!m_filesRead.load()) {
                    readFiles(db);
                    m_filesRead = true;
                }
                filesDone();
            }
            // The one row flush() keeps: taken by lookupCorpus() when it is this corpus's.
            QSqlQuery query(db);
            query.setForwardOnly(true);
            query.prepare(QStringLiteral("SELECT key, data FROM corpus_cache WHERE analyzer = ?"));
            query.addBindValue(m_tag);
            std::optional<CachedCorpus> corpus;
            if (query.exec() && query.next())
                corpus = CachedCorpus { query.value(0).toByteArray(), query.value(1).toByteArray() };
            query.finish();
            db.commit();
            QMutexLocker lock(&m_mutex);
            m_prefetchedCorpus = std::move(corpus);
        } else {
            Logging::get("store")->warn("analysis cache reader: {}", db.lastError().text().toStdString());
            QMutexLocker reading(&m_readingFiles);
            filesDone();
        }
    }
    QSqlDatabase::removeDatabase(name);
}

void AnalysisCache::readFiles(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT file, stamp, data FROM article_cache WHERE analyzer = ?"));
    query.addBindValue(fileTag());
    QHash<QString, CachedFile> blobs;
    // No table yet (no load has filled it): every file is parsed.
    if (query.exec()) {
        while (query.next())
            blobs.insert(query.value(0).toString(), { query.value(1).toByteArray(), query.value(2).toByteArray() });
    }
    // Rows of another version (or analyzer) are never read: their files are parsed and stored again.
    if (blobs.isEmpty() && query.exec(QStringLiteral("SELECT COUNT(*) FROM article_cache")) && query.next()
        && query.value(0).toLongLong() > 0)
        Logging::get("store")->info("cached files of another version: the files are read again");
    query.finish();
    QMutexLocker lock(&m_mutex);
    m_fileBlobs = std::move(blobs);
}

std::optional<ArticleBuilder::Built> AnalysisCache::lookupFile(const QString &file, const QByteArray &stamp)
{
    if (!m_filesRead.load()) {
        // The load's prefetch() reads every cached file at once, or else the first look-up does; the other
        // workers wait for it.
        QMutexLocker reading(&m_readingFiles);
        while (m_prefetchReading)
            m_filesReadable.wait(&m_readingFiles);
        if (!m_filesRead.load()) {
            readFiles(QSqlDatabase::database(reader().connection, false));
            m_filesRead = true;
        }
    }
    QByteArray blob;
    {
        QMutexLocker lock(&m_mutex);
        if (const auto it = m_fileBlobs.find(file); it != m_fileBlobs.end()) {
            if (it->stamp == stamp)
                blob = std::move(it->blob);
            m_fileBlobs.erase(it);
        }
    }
    std::optional<ArticleBuilder::Built> built = blob.isEmpty() ? std::nullopt : ArticleCodec::decode(std::move(blob));
    // The file's stamp changed (or the blob is unreadable): it is parsed again, and the analysis is
    // still taken from the cache when the parsed text has the same content hash.
    if (!built || !built->article) {
        ++m_fileMisses;
        return std::nullopt;
    }
    ++m_fileHits;
    return built;
}

QByteArray AnalysisCache::corpusKey(const Corpus &corpus) const
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(m_tag.toUtf8());
    for (const Article &a : corpus.articles) {
        for (const QString &field : { a.id, a.file, a.outlet, a.title }) {
            hash.addData(field.toUtf8());
            hash.addData(QByteArrayView("\0", 1));
        }
        hash.addData(cacheKey(a));
        hash.addData("\n");
    }
    return hash.result().toHex();
}

bool AnalysisCache::lookupCorpus(AnalysisResult &result)
{
    const QByteArray key = corpusKey(result.corpus);
    waitForPrefetch();
    std::optional<CachedCorpus> prefetched;
    {
        QMutexLocker lock(&m_mutex);
        prefetched = std::exchange(m_prefetchedCorpus, std::nullopt);
    }
    QByteArray blob;
    if (prefetched && prefetched->key == key) {
        blob = std::move(prefetched->blob);
    } else {
        // Another corpus's results (let go before these are read), or no load read them.
        prefetched.reset();
        QSqlQuery query(QSqlDatabase::database(reader().connection, false));
        query.prepare(QStringLiteral("SELECT data FROM corpus_cache WHERE key = ? AND analyzer = ?"));
        query.addBindValue(key);
        query.addBindValue(m_tag);
        // No table yet (nothing stored) or no row: the corpus is analysed.
        if (query.exec() && query.next())
            blob = query.value(0).toByteArray();
        query.finish();
    }
    m_corpusHit = !blob.isEmpty() && AnalysisCodec::decodeCorpus(blob, result);
    if (!blob.isEmpty() && !m_corpusHit)
        Logging::get("store")->info("cached corpus-level results of another version, or damaged: analysing again");
    return m_corpusHit;
}

void AnalysisCache::storeCorpus(const AnalysisResult &result)
{
    if (m_readOnly || m_corpusHit)
        return;
    // A shallow copy: its lists share their data with the result the window shows.
    QMutexLocker lock(&m_mutex);
    m_pendingCorpus = result;
}

Error AnalysisCache::writeCorpus(const Row &row)
{
    QSqlDatabase db = QSqlDatabase::database(m_prefix + QStringLiteral("-writer"), false);
    m_gate->enterBatch();
    const auto leave = qScopeGuard([this] { m_gate->leave(); });
    QSqlQuery query(db);
    const auto fail = [&query](const QSqlQuery &failed) -> Error {
        Error error { Error::Code::Io, failed.lastError().text() };
        query.exec(QStringLiteral("ROLLBACK"));
        return error;
    };
    if (!query.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return fail(query);
    // Made when first needed, like article_cache; one row: the results of the last analysis.
    if (!query.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS corpus_cache (key BLOB PRIMARY KEY, analyzer TEXT NOT "
                                   "NULL, data BLOB NOT NULL, updated TEXT NOT NULL)"))
        || !query.exec(QStringLiteral("DELETE FROM corpus_cache")))
        return fail(query);
    QSqlQuery put(db);
    put.prepare(QStringLiteral("INSERT INTO corpus_cache (key, analyzer, data, updated) VALUES (?, ?, ?, ?)"));
    put.addBindValue(row.hash);
    put.addBindValue(m_tag);
    put.addBindValue(row.blob);
    put.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    if (!put.exec())
        return fail(put);
    put.finish();
    if (!query.exec(QStringLiteral("COMMIT")))
        return fail(query);
    return {};
}

void AnalysisCache::storeFile(const QString &file, const QByteArray &stamp, const ArticleBuilder::Built &built)
{
    if (m_readOnly)
        return;
    QMutexLocker lock(&m_mutex);
    m_pendingFiles.append({ file, stamp, built });
}

AnalysisCache::Reader &AnalysisCache::reader()
{
    const Qt::HANDLE thread = QThread::currentThreadId();
    QMutexLocker lock(&m_mutex);
    if (const auto it = m_readers.constFind(thread); it != m_readers.cend())
        return **it;
    auto reader = std::make_shared<Reader>();
    reader->connection = m_prefix + QLatin1Char('-') + QString::number(m_readers.size());
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), reader->connection);
    db.setDatabaseName(m_readerName);
    db.setConnectOptions(m_readerOptions);
    if (!db.open())
        Logging::get("store")->warn("analysis cache reader: {}", db.lastError().text().toStdString());
    m_readers.insert(thread, reader);
    return *reader;
}

std::optional<ArticleAnalysis> AnalysisCache::lookup(const Article &article)
{
    readIndex();
    const QByteArray key = cacheKey(article);
    bool known = false;
    {
        QMutexLocker lock(&m_mutex);
        const auto it = m_known.constFind(article.id);
        known = it != m_known.cend() && it->hash == key && it->tag == m_tag;
    }
    if (!known) {
        ++m_misses;
        return std::nullopt;
    }
    // Prepared once per thread: preparing the statement cost more than running it.
    Reader &r = reader();
    if (!r.analysis) {
        r.analysis.emplace(QSqlDatabase::database(r.connection, false));
        r.analysis->setForwardOnly(true);
        r.analysis->prepare(
            QStringLiteral("SELECT data FROM analysis_cache WHERE article_id = ? AND content_hash = ?"));
    }
    QSqlQuery &query = *r.analysis;
    query.bindValue(0, article.id);
    query.bindValue(1, key);
    std::optional<ArticleAnalysis> analysis;
    if (query.exec() && query.next())
        analysis = AnalysisCodec::decode(query.value(0).toByteArray(), int(article.textLength()));
    // Ends the statement's read transaction, so that this connection sees the next write.
    query.finish();
    if (!analysis) {
        ++m_misses;
        return std::nullopt;
    }
    ++m_hits;
    return analysis;
}

void AnalysisCache::store(const Article &article, const ArticleAnalysis &analysis)
{
    if (m_readOnly)
        return;
    {
        QMutexLocker lock(&m_mutex);
        m_pending.append({ article.id, cacheKey(article), analysis });
        if (m_writeBehind <= 0 || m_pending.size() < m_writeBehind)
            return;
    }
    const Error error = flush();
    QMutexLocker lock(&m_mutex);
    if (!error.ok() && m_writeBehindError.ok())
        m_writeBehindError = error;
}

Error AnalysisCache::flush(const QStringList *keepIds, const QStringList *keepFiles)
{
    if (m_readOnly)
        return {};
    // The load's reads are over before its results are written.
    waitForPrefetch();
    QMutexLocker flushing(&m_flushing);
    readIndex();
    QList<PendingAnalysis> pending;
    QStringList stale;
    QList<PendingFile> pendingFiles;
    QStringList staleFiles;
    std::optional<AnalysisResult> pendingCorpus;
    Error earlier;
    {
        const auto staleOf = [](const QHash<QString, Known> &known, const QStringList *keepList, QStringList &out) {
            if (!keepList)
                return;
            const QSet<QString> keep(keepList->cbegin(), keepList->cend());
            for (auto it = known.cbegin(); it != known.cend(); ++it) {
                if (!keep.contains(it.key()))
                    out.append(it.key());
            }
        };
        QMutexLocker reading(&m_readingFiles);
        QMutexLocker lock(&m_mutex);
        pending.swap(m_pending);
        pendingFiles.swap(m_pendingFiles);
        pendingCorpus.swap(m_pendingCorpus);
        earlier = std::exchange(m_writeBehindError, {});
        staleOf(m_known, keepIds, stale);
        staleOf(m_knownFiles, keepFiles, staleFiles);
        // The load is over: its unclaimed file blobs and corpus-level results need not stay in memory.
        m_fileBlobs = {};
        m_filesRead = false;
        m_prefetchedCorpus.reset();
    }
    if (pending.isEmpty() && stale.isEmpty() && pendingFiles.isEmpty() && staleFiles.isEmpty() && !pendingCorpus)
        return earlier;
    // A connection of this thread's own: QSqlDatabase connections must not cross threads.
    const QString name = m_prefix + QStringLiteral("-writer");
    Error error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(m_path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open()) {
            error = { Error::Code::Io, db.lastError().text() };
        } else {
            // The cache can be rebuilt: its commits need not wait for the disk (NORMAL is still safe
            // in WAL mode, and the annotations' FULL commits sync everything written before them).
            QSqlQuery(db).exec(QStringLiteral("PRAGMA synchronous = NORMAL"));
            // Each entry is encoded when its batch is written and then let go, so the queue shrinks
            // as it is written.
            // The encoders run on several threads, each on its own entries: the lists are not detached by them.
            PendingAnalysis *const analyses = pending.data();
            PendingFile *const files = pendingFiles.data();
            error = write(
                analysisTable(), pending.size(),
                [analyses](qsizetype i) {
                    const PendingAnalysis p = std::exchange(analyses[i], {});
                    return Row { p.id, p.key, AnalysisCodec::encode(p.analysis) };
                },
                stale);
            // Made when first needed rather than by a schema step, so that projects of every schema
            // version keep opening (read-only too) and an older Parallax ignores the table.
            QSqlQuery create(db);
            if (error.ok() && !(pendingFiles.isEmpty() && staleFiles.isEmpty())
                && !create.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS article_cache (file TEXT PRIMARY KEY, "
                                               "stamp BLOB NOT NULL, analyzer TEXT NOT NULL, data BLOB NOT NULL, "
                                               "updated TEXT NOT NULL)")))
                error = { Error::Code::Io, create.lastError().text() };
            if (error.ok()) {
                error = write(
                    fileTable(), pendingFiles.size(),
                    [files](qsizetype i) {
                        const PendingFile f = std::exchange(files[i], {});
                        return Row { f.file, f.stamp, ArticleCodec::encode(f.built) };
                    },
                    staleFiles);
            }
            if (error.ok() && pendingCorpus) {
                const QByteArray key = corpusKey(pendingCorpus->corpus);
                // Moved: nothing else holds a new project's result, which is let go as it is encoded.
                const Row row { QString(), key,
                    AnalysisCodec::encodeCorpus(*std::exchange(pendingCorpus, std::nullopt)) };
                error = writeCorpus(row);
            }
        }
    }
    QSqlDatabase::removeDatabase(name);
    if (error.ok())
        error = earlier;
    if (!error.ok()) {
        Logging::get("store")->warn("analysis cache not saved: {}", error.message.toStdString());
        return error;
    }
    Logging::get("store")->info("analysis cache: {} stored, {} dropped; {} files stored, {} dropped", pending.size(),
        stale.size(), pendingFiles.size(), staleFiles.size());
    return {};
}

AnalysisCache::Table AnalysisCache::analysisTable()
{
    return { QStringLiteral("analysis_cache"), QStringLiteral("article_id"), QStringLiteral("content_hash"), &m_known,
        m_tag };
}

AnalysisCache::Table AnalysisCache::fileTable()
{
    return { QStringLiteral("article_cache"), QStringLiteral("file"), QStringLiteral("stamp"), &m_knownFiles,
        fileTag() };
}

Error AnalysisCache::write(
    const Table &table, qsizetype count, const std::function<Row(qsizetype)> &encode, const QStringList &stale)
{
    QSqlDatabase db = QSqlDatabase::database(m_prefix + QStringLiteral("-writer"), false);
    QSqlQuery query(db);
    const auto fail = [&query](const QSqlQuery &failed) -> Error {
        Error error { Error::Code::Io, failed.lastError().text() };
        query.exec(QStringLiteral("ROLLBACK"));
        return error;
    };
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    QSqlQuery put(db);
    put.prepare(QStringLiteral("INSERT OR REPLACE INTO %1 (%2, %3, analyzer, data, updated) VALUES (?, ?, ?, ?, ?)")
                    .arg(table.name, table.key, table.hash));
    QSqlQuery drop(db);
    drop.prepare(QStringLiteral("DELETE FROM %1 WHERE %2 = ?").arg(table.name, table.key));
    // Short transactions: the project's other writer (the window's annotations and event edits)
    // waits for the write lock at most one of them.
    for (qsizetype from = 0; from < count + stale.size(); from += rowsPerTransaction) {
        const qsizetype to = std::min(from + rowsPerTransaction, count + stale.size());
        // Encoded (and compressed) before the transaction, so that the write lock is held only for the
        // writing, and side by side: encoding was most of a new project's cache write.
        QList<qsizetype> indices;
        for (qsizetype i = from; i < std::min(to, count); ++i)
            indices.append(i);
        const QList<Row> rows = QtConcurrent::blockingMapped(&m_encoders, indices, encode);
        m_gate->enterBatch();
        const auto leave = qScopeGuard([this] { m_gate->leave(); });
        if (!query.exec(QStringLiteral("BEGIN IMMEDIATE")))
            return fail(query);
        for (const Row &row : std::as_const(rows)) {
            put.bindValue(0, row.key);
            put.bindValue(1, row.hash);
            put.bindValue(2, table.tag);
            put.bindValue(3, row.blob);
            put.bindValue(4, now);
            if (!put.exec())
                return fail(put);
        }
        for (qsizetype i = std::max(from, count); i < to; ++i) {
            drop.bindValue(0, stale.at(i - count));
            if (!drop.exec())
                return fail(drop);
        }
        put.finish();
        drop.finish();
        if (!query.exec(QStringLiteral("COMMIT")))
            return fail(query);
        // What is committed is known, so a load that starts now reads it.
        QMutexLocker lock(&m_mutex);
        for (const Row &row : std::as_const(rows))
            table.known->insert(row.key, { row.hash, table.tag });
        for (qsizetype i = std::max(from, count); i < to; ++i)
            table.known->remove(stale.at(i - count));
    }
    return {};
}
