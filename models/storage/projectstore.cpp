// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/projectstore.h"

#include "core/logging.h"
#include "storage/projectschema.h"
#include "storage/projectvalidator.h"
#include "storage/writegate.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace
{
StoreError sqlError(const QString &what, const QSqlError &error)
{
    Logging::get("store")->error("{}: {}", what.toStdString(), error.text().toStdString());
    return { StoreError::Code::Io, QCoreApplication::translate("ProjectStore", "%1: %2").arg(what, error.text()) };
}

// Takes the project's lock, clearing one left by a crashed process. Never waits: a second
// instance is told at once that the project is in use.
StoreResult<std::unique_ptr<QLockFile>> acquireLock(const QString &path)
{
    auto lock = std::make_unique<QLockFile>(ProjectStore::lockPath(path));
    // Only a dead owner makes a lock stale: a window may hold its project for days.
    lock->setStaleLockTime(0);
    if (lock->tryLock(0))
        return lock;
    if (lock->error() == QLockFile::LockFailedError) {
        qint64 pid = 0;
        QString host;
        QString application;
        lock->getLockInfo(&pid, &host, &application);
        return StoreError { StoreError::Code::Locked,
            QCoreApplication::translate(
                "ProjectStore", "%1 is already open in another Parallax (process %2 on %3); close it there first")
                .arg(QFileInfo(path).fileName())
                .arg(pid)
                .arg(host.isEmpty() ? QCoreApplication::translate("ProjectStore", "this computer") : host) };
    }
    return StoreError { StoreError::Code::Io,
        QCoreApplication::translate("ProjectStore", "cannot lock %1 (is its folder writable?)")
            .arg(QDir::toNativeSeparators(lock->fileName())) };
}

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}
}

QString ProjectStore::lockPath(const QString &projectPath)
{
    return projectPath + QStringLiteral(".lock");
}

ProjectStore::ProjectStore(const QString &path, Mode mode)
    : m_path(QFileInfo(path).absoluteFilePath())
    , m_mode(mode)
    , m_connection(QStringLiteral("parallax-project-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
    , m_gate(std::make_shared<WriteGate>())
{
}

ProjectStore::~ProjectStore()
{
    if (m_db.isOpen() && m_mode == Mode::ReadWrite) {
        // Fold the WAL back into the file, so a closed project is one self-contained file.
        QSqlQuery query(m_db);
        query.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    }
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connection);
}

StoreResult<std::unique_ptr<ProjectStore>> ProjectStore::create(const QString &path, const QString &corpusPath)
{
    if (QFileInfo::exists(path))
        return StoreError { StoreError::Code::AlreadyExists,
            QCoreApplication::translate("ProjectStore", "%1 already exists").arg(path) };
    if (!QFileInfo(corpusPath).isDir())
        return StoreError { StoreError::Code::InvalidArgument,
            QCoreApplication::translate("ProjectStore", "%1 is not a folder").arg(corpusPath) };
    auto lock = acquireLock(path);
    if (!lock.ok())
        return lock.error();

    // Build the new file under a temporary name and rename it into place, so that a crash
    // never leaves a half-made project under the real name.
    const QString staging = path + QStringLiteral(".new");
    QFile::remove(staging);
    {
        std::unique_ptr<ProjectStore> store(new ProjectStore(staging, Mode::ReadWrite));
        if (StoreError e = store->openConnection(); !e.ok())
            return e;
        StoreError e = store->write([](QSqlDatabase &db) { return ProjectSchema::migrate(db); });
        if (e.ok())
            e = store->setMetaValue(QStringLiteral("format"), QStringLiteral("parallax-project"));
        if (e.ok())
            e = store->setMetaValue(QStringLiteral("created"), now());
        if (e.ok())
            e = store->setMetaValue(
                QStringLiteral("created_by"), QStringLiteral("parallax ") + QCoreApplication::applicationVersion());
        if (e.ok()) {
            store->m_path = QFileInfo(path).absoluteFilePath(); // relative corpus path from the final place
            e = store->setCorpusPath(corpusPath);
        }
        if (!e.ok()) {
            store.reset();
            QFile::remove(staging);
            return e;
        }
    }
    if (!QFile::rename(staging, path)) {
        QFile::remove(staging);
        return StoreError { StoreError::Code::Io,
            QCoreApplication::translate("ProjectStore", "cannot create %1").arg(path) };
    }
    Logging::get("store")->info("created project {}", path.toStdString());

    return openLocked(path, std::move(lock.value()));
}

StoreResult<std::unique_ptr<ProjectStore>> ProjectStore::open(const QString &path, Mode mode)
{
    if (!QFileInfo::exists(path))
        return StoreError { StoreError::Code::NotFound,
            QCoreApplication::translate("ProjectStore", "%1: no such project file").arg(path) };
    if (mode == Mode::ReadWrite) {
        auto lock = acquireLock(path);
        if (!lock.ok())
            return lock.error();
        return openLocked(path, std::move(lock.value()));
    }
    if (StoreError e = ProjectValidator::validate(path); !e.ok())
        return e;
    std::unique_ptr<ProjectStore> store(new ProjectStore(path, mode));
    if (StoreError e = store->openConnection(); !e.ok())
        return e;
    if (ProjectSchema::version(store->m_db) != ProjectSchema::currentVersion())
        return StoreError { StoreError::Code::ReadOnly,
            QCoreApplication::translate(
                "ProjectStore", "%1 was written by an older Parallax; open it for writing once to upgrade it")
                .arg(QFileInfo(path).fileName()) };
    return store;
}

StoreResult<std::unique_ptr<ProjectStore>> ProjectStore::openLocked(
    const QString &path, std::unique_ptr<QLockFile> lock)
{
    if (StoreError e = ProjectValidator::validate(path); !e.ok())
        return e;
    std::unique_ptr<ProjectStore> store(new ProjectStore(path, Mode::ReadWrite));
    store->m_lock = std::move(lock);
    if (StoreError e = store->openConnection(); !e.ok())
        return e;
    if (StoreError e = store->prepareForWriting(); !e.ok())
        return e;
    return store;
}

StoreError ProjectStore::openConnection()
{
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    m_db.setDatabaseName(m_path);
    m_db.setConnectOptions(m_mode == Mode::ReadOnly ? QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000")
                                                    : QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!m_db.open())
        return sqlError(QCoreApplication::translate("ProjectStore", "cannot open %1").arg(m_path), m_db.lastError());
    QSqlQuery query(m_db);
    // FULL: a commit is on disk, not only in the OS cache, before it is reported done.
    if (!query.exec(QStringLiteral("PRAGMA synchronous = FULL")))
        return sqlError(
            QCoreApplication::translate("ProjectStore", "cannot configure %1").arg(m_path), query.lastError());
    return {};
}

StoreError ProjectStore::prepareForWriting()
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("PRAGMA journal_mode = WAL")) || !query.next()
        || query.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
        return sqlError(
            QCoreApplication::translate("ProjectStore", "cannot switch %1 to write-ahead logging").arg(m_path),
            query.lastError());
    query.finish();
    const int version = ProjectSchema::version(m_db);
    if (version < ProjectSchema::currentVersion()) {
        // Keep the old file as it was, in case the user needs to go back to an older Parallax.
        const QString backup = m_path + QStringLiteral(".v%1.bak").arg(version);
        QFile::remove(backup);
        query.prepare(QStringLiteral("VACUUM INTO ?"));
        query.addBindValue(backup);
        if (!query.exec())
            return sqlError(
                QCoreApplication::translate("ProjectStore", "cannot back up %1 before upgrading it").arg(m_path),
                query.lastError());
        Logging::get("store")->info("backed up schema version {} to {}", version, backup.toStdString());
        return write([](QSqlDatabase &db) { return ProjectSchema::migrate(db); });
    }
    return {};
}

StoreError ProjectStore::write(const std::function<StoreError(QSqlDatabase &)> &work)
{
    if (m_mode == Mode::ReadOnly)
        return { StoreError::Code::ReadOnly,
            QCoreApplication::translate("ProjectStore", "%1 is open read-only").arg(QFileInfo(m_path).fileName()) };
    m_gate->enter();
    const auto leave = qScopeGuard([this] { m_gate->leave(); });
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return sqlError(
            QCoreApplication::translate("ProjectStore", "cannot start writing %1").arg(m_path), query.lastError());
    StoreError result = work(m_db);
    if (result.ok() && !query.exec(QStringLiteral("COMMIT")))
        result = sqlError(
            QCoreApplication::translate("ProjectStore", "cannot commit to %1").arg(m_path), query.lastError());
    if (!result.ok())
        query.exec(QStringLiteral("ROLLBACK"));
    return result;
}

QString ProjectStore::metaValue(const QString &key) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    query.addBindValue(key);
    if (query.exec() && query.next())
        return query.value(0).toString();
    return {};
}

StoreError ProjectStore::setMetaValue(const QString &key, const QString &value)
{
    return write([&](QSqlDatabase &db) -> StoreError {
        QSqlQuery query(db);
        query.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?) "
                                     "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
        query.addBindValue(key);
        query.addBindValue(value);
        if (!query.exec())
            return sqlError(
                QCoreApplication::translate("ProjectStore", "cannot write to %1").arg(m_path), query.lastError());
        return {};
    });
}

QString ProjectStore::corpusPath() const
{
    const QDir here = QFileInfo(m_path).absoluteDir();
    const QString relative = metaValue(QStringLiteral("corpus_relative"));
    if (!relative.isEmpty()) {
        const QString resolved = QDir::cleanPath(here.absoluteFilePath(relative));
        if (QFileInfo(resolved).isDir())
            return resolved;
    }
    return metaValue(QStringLiteral("corpus_absolute"));
}

StoreError ProjectStore::setCorpusPath(const QString &corpusPath)
{
    const QString absolute = QFileInfo(corpusPath).absoluteFilePath();
    const QString relative = QFileInfo(m_path).absoluteDir().relativeFilePath(absolute);
    return write([&](QSqlDatabase &db) -> StoreError {
        QSqlQuery query(db);
        query.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?), (?, ?) "
                                     "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
        query.addBindValue(QStringLiteral("corpus_relative"));
        query.addBindValue(relative);
        query.addBindValue(QStringLiteral("corpus_absolute"));
        query.addBindValue(absolute);
        if (!query.exec())
            return sqlError(
                QCoreApplication::translate("ProjectStore", "cannot write to %1").arg(m_path), query.lastError());
        return {};
    });
}

StoreResult<std::unique_ptr<ProjectStore>> ProjectStore::saveAs(const QString &path) const
{
    const QString target = QFileInfo(path).absoluteFilePath();
    if (target == m_path)
        return StoreError { StoreError::Code::InvalidArgument,
            QCoreApplication::translate("ProjectStore", "%1 is the project itself").arg(path) };
    auto lock = acquireLock(target);
    if (!lock.ok())
        return lock.error();
    const QString staging = target + QStringLiteral(".new");
    QFile::remove(staging);
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("VACUUM INTO ?"));
    query.addBindValue(staging);
    if (!query.exec())
        return sqlError(
            QCoreApplication::translate("ProjectStore", "cannot save the project as %1").arg(path), query.lastError());
    if ((QFileInfo::exists(target) && !QFile::remove(target)) || !QFile::rename(staging, target)) {
        QFile::remove(staging);
        return StoreError { StoreError::Code::Io,
            QCoreApplication::translate("ProjectStore", "cannot replace %1").arg(path) };
    }
    const QString corpus = corpusPath();
    auto saved = openLocked(target, std::move(lock.value()));
    if (saved.ok()) {
        if (StoreError e = saved.value()->setCorpusPath(corpus); !e.ok())
            return e;
    }
    return saved;
}
