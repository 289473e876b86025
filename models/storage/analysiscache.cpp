// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/analysiscache.h"

#include "core/logging.h"
#include "storage/analysiscodec.h"
#include "storage/projectstore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUuid>

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

AnalysisCache::AnalysisCache(ProjectStore &project, const QString &analyzerTag)
    : m_project(project)
    , m_tag(analyzerTag)
    , m_prefix(QStringLiteral("parallax-cache-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    QSqlQuery query(m_project.database());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT article_id, content_hash, analyzer FROM analysis_cache"))) {
        Logging::get("store")->warn(
            "analysis cache unreadable, analysing everything: {}", query.lastError().text().toStdString());
        return;
    }
    while (query.next())
        m_known.insert(query.value(0).toString(), { query.value(1).toByteArray(), query.value(2).toString() });
}

AnalysisCache::~AnalysisCache()
{
    QMutexLocker lock(&m_mutex);
    for (const QString &name : std::as_const(m_readers))
        QSqlDatabase::removeDatabase(name);
}

QString AnalysisCache::defaultAnalyzerTag()
{
    return QStringLiteral("codec%1/parallax %2")
        .arg(AnalysisCodec::version)
        .arg(QCoreApplication::applicationVersion());
}

void AnalysisCache::install(Analyzer::Options &options)
{
    options.cached = [this](const Article &article) { return lookup(article); };
    options.store = [this](const Article &article, const ArticleAnalysis &analysis) { store(article, analysis); };
}

QString AnalysisCache::readerConnection()
{
    const Qt::HANDLE thread = QThread::currentThreadId();
    QMutexLocker lock(&m_mutex);
    if (const auto it = m_readers.constFind(thread); it != m_readers.cend())
        return *it;
    const QString name = m_prefix + QLatin1Char('-') + QString::number(m_readers.size());
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(m_project.path());
    db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open())
        Logging::get("store")->warn("analysis cache reader: {}", db.lastError().text().toStdString());
    m_readers.insert(thread, name);
    return name;
}

std::optional<ArticleAnalysis> AnalysisCache::lookup(const Article &article)
{
    const auto known = m_known.constFind(article.id);
    if (known == m_known.cend() || known->hash != cacheKey(article) || known->tag != m_tag) {
        ++m_misses;
        return std::nullopt;
    }
    QSqlDatabase db = QSqlDatabase::database(readerConnection(), false);
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT data FROM analysis_cache WHERE article_id = ? AND content_hash = ?"));
    query.addBindValue(article.id);
    query.addBindValue(cacheKey(article));
    std::optional<ArticleAnalysis> analysis;
    if (query.exec() && query.next())
        analysis = AnalysisCodec::decode(query.value(0).toByteArray());
    if (!analysis) {
        ++m_misses;
        return std::nullopt;
    }
    ++m_hits;
    return analysis;
}

void AnalysisCache::store(const Article &article, const ArticleAnalysis &analysis)
{
    Pending pending { article.id, cacheKey(article), AnalysisCodec::encode(analysis) };
    QMutexLocker lock(&m_mutex);
    m_pending.append(std::move(pending));
}

StoreError AnalysisCache::flush(const QStringList *keepIds)
{
    QList<Pending> pending;
    {
        QMutexLocker lock(&m_mutex);
        pending.swap(m_pending);
    }
    QStringList stale;
    if (keepIds) {
        const QSet<QString> keep(keepIds->cbegin(), keepIds->cend());
        for (auto it = m_known.cbegin(); it != m_known.cend(); ++it) {
            if (!keep.contains(it.key()))
                stale.append(it.key());
        }
    }
    if (pending.isEmpty() && stale.isEmpty())
        return {};
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    const StoreError error = m_project.write([&](QSqlDatabase &db) -> StoreError {
        QSqlQuery put(db);
        put.prepare(QStringLiteral("INSERT OR REPLACE INTO analysis_cache (article_id, content_hash, analyzer, data, "
                                   "updated) VALUES (?, ?, ?, ?, ?)"));
        for (const Pending &p : std::as_const(pending)) {
            put.addBindValue(p.id);
            put.addBindValue(p.hash);
            put.addBindValue(m_tag);
            put.addBindValue(p.blob);
            put.addBindValue(now);
            if (!put.exec())
                return { StoreError::Code::Io, put.lastError().text() };
        }
        QSqlQuery drop(db);
        drop.prepare(QStringLiteral("DELETE FROM analysis_cache WHERE article_id = ?"));
        for (const QString &id : std::as_const(stale)) {
            drop.addBindValue(id);
            if (!drop.exec())
                return { StoreError::Code::Io, drop.lastError().text() };
        }
        return {};
    });
    if (!error.ok()) {
        Logging::get("store")->warn("analysis cache not saved: {}", error.message.toStdString());
        return error;
    }
    for (const Pending &p : std::as_const(pending))
        m_known.insert(p.id, { p.hash, m_tag });
    for (const QString &id : std::as_const(stale))
        m_known.remove(id);
    Logging::get("store")->info("analysis cache: {} stored, {} dropped", pending.size(), stale.size());
    return {};
}
