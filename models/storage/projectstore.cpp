// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/projectstore.h"

#include "core/logging.h"
#include "storage/cleancloserecord.h"
#include "storage/corpuslocation.h"
#include "storage/folderproblem.h"
#include "storage/projectaccess.h"
#include "storage/projectlock.h"
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
#include <QTemporaryDir>
#include <QUuid>

namespace
{
// SQLite reports a full disk as "database or disk is full" at best and "disk I/O error" at worst,
// and a read-only folder as "unable to open database file": say which it is when we can tell.
Error sqlError(const QString &what, const QSqlError &error, const QString &file = QString())
{
    Logging::get("store")->error("{}: {}", what.toStdString(), error.text().toStdString());
    const QString why = file.isEmpty() ? QString() : FolderProblem::forWriting(QFileInfo(file).absolutePath());
    return { Error::Code::Io,
        why.isEmpty() ? ProjectStore::tr("%1: %2").arg(what, error.text())
                      : ProjectStore::tr("%1: %2 (%3)").arg(what, why, error.text()),
        file };
}

// A staging file and whatever SQLite left beside it.
void removeWithSideFiles(const QString &path)
{
    for (const QString &suffix :
        { QString(), QStringLiteral("-journal"), QStringLiteral("-wal"), QStringLiteral("-shm") })
        QFile::remove(path + suffix);
}

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}
}

QString ProjectStore::lockPath(const QString &projectPath)
{
    return ProjectLock::pathFor(projectPath);
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
    bool clean = false;
    if (m_db.isOpen() && m_mode == Mode::ReadWrite) {
        // Fold the WAL back into the file, so a closed project is one self-contained file.
        QSqlQuery query(m_db);
        clean = query.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")) && query.next()
            && query.value(0).toInt() == 0;
    }
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connection);
    // Still under the lock: nobody wrote the file after the checkpoint.
    if (clean)
        CleanCloseRecord::record(m_path);
}

Result<std::unique_ptr<ProjectStore>> ProjectStore::create(const QString &path, const QString &corpusPath)
{
    if (QFileInfo::exists(path))
        return Error { Error::Code::AlreadyExists, tr("%1 already exists").arg(path), path };
    if (!QFileInfo(corpusPath).isDir())
        return Error { Error::Code::InvalidArgument, tr("%1 is not a folder").arg(corpusPath), corpusPath };
    auto lock = ProjectLock::acquire(path);
    if (!lock.ok())
        return lock.error();

    // Build the new file under a temporary name and rename it into place, so that a crash never
    // leaves a half-made project under the real name. Everything that can leave a rollback journal
    // (the schema, the switch to WAL) and the final checkpoint happen before the rename: the file
    // gets its name complete, in WAL mode, with no journal or WAL beside it.
    const QString staging = path + QStringLiteral(".new");
    removeWithSideFiles(staging);
    {
        std::unique_ptr<ProjectStore> store(new ProjectStore(staging, Mode::ReadWrite));
        Error e = store->openConnection();
        if (e.ok())
            e = store->switchToWal();
        if (e.ok())
            e = store->write([](QSqlDatabase &db) { return ProjectSchema::migrate(db); });
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
        if (e.ok())
            e = store->checkpoint();
        if (!e.ok()) {
            store.reset();
            removeWithSideFiles(staging);
            return e;
        }
    }
    // The staging file's record would only ever vouch for a name nobody opens.
    CleanCloseRecord::forget(staging);
    if (ProjectAccess::hasWalFrames(staging) || !QFile::rename(staging, path)) {
        removeWithSideFiles(staging);
        const QString why = FolderProblem::forWriting(QFileInfo(path).absolutePath());
        return Error { Error::Code::Io,
            why.isEmpty() ? tr("cannot create %1").arg(path) : tr("cannot create %1: %2").arg(path, why) };
    }
    Logging::get("store")->info("created project {}", path.toStdString());

    return openLocked(path, std::move(lock.value()));
}

void ProjectStore::discard(std::unique_ptr<ProjectStore> store)
{
    const QString path = store->m_path;
    // Held until the files are gone, so that nobody opens the project meanwhile.
    const std::shared_ptr<QLockFile> lock = std::move(store->m_lock);
    store.reset();
    removeWithSideFiles(path);
    CleanCloseRecord::forget(path);
    Logging::get("store")->info("removed the unfinished project {}", path.toStdString());
}

Result<std::unique_ptr<ProjectStore>> ProjectStore::open(const QString &path, Mode mode)
{
    Result<Opening> opening = prepare(path, mode);
    if (!opening.ok())
        return opening.error();
    return finish(opening.value());
}

Result<ProjectStore::Opening> ProjectStore::prepare(const QString &path, Mode mode)
{
    if (!QFileInfo::exists(path))
        return Error { Error::Code::NotFound, tr("%1: no such project file").arg(path), path };
    Opening opening;
    opening.path = path;
    opening.mode = mode;
    if (mode == Mode::ReadWrite) {
        auto lock = ProjectLock::acquire(path);
        if (!lock.ok())
            return lock.error();
        opening.lock = std::move(lock.value());
        if (Error e = ProjectValidator::validate(path, ProjectValidator::Depth::Writing); !e.ok())
            return e;
        return opening;
    }
    auto access = ProjectAccess::forReading(path);
    if (!access.ok())
        return access.error();
    if (Error e = ProjectValidator::validate(path, access.value(), ProjectValidator::Depth::Reading); !e.ok())
        return e;
    opening.access = std::make_shared<ProjectAccess>(std::move(access.value()));
    return opening;
}

Result<std::unique_ptr<ProjectStore>> ProjectStore::finish(const Opening &opening)
{
    if (opening.mode == Mode::ReadWrite)
        return openValidated(opening.path, opening.lock);
    std::unique_ptr<ProjectStore> store(new ProjectStore(opening.path, opening.mode));
    store->m_access = opening.access;
    if (Error e = store->openConnection(); !e.ok())
        return e;
    if (ProjectSchema::version(store->m_db) != ProjectSchema::currentVersion())
        return Error { Error::Code::ReadOnly,
            tr("%1 was written by an older Parallax; open it for writing once to upgrade it")
                .arg(QFileInfo(opening.path).fileName()) };
    return store;
}

ProjectStore::Mode ProjectStore::modeFor(const QString &path)
{
    const QFileInfo info(path);
    return info.isWritable() && FolderProblem::isWritable(info.absolutePath()) ? Mode::ReadWrite : Mode::ReadOnly;
}

QString ProjectStore::readerDatabaseName() const
{
    return m_access ? m_access->databaseName() : m_path;
}

QString ProjectStore::readerConnectOptions() const
{
    return m_access ? m_access->connectOptions() : QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000");
}

QString ProjectStore::readOnlyMessage() const
{
    const QFileInfo info(m_path);
    const QString why = FolderProblem::forWriting(info.absolutePath());
    return why.isEmpty()
        ? tr("%1 is open read-only: nothing can be changed in it. File > Save Project As… makes a copy "
             "that can be edited.")
              .arg(info.fileName())
        : tr("%1 is open read-only (%2): nothing can be changed in it. File > Save Project As… "
             "makes a copy that can be edited.")
              .arg(info.fileName(), why);
}

Result<std::unique_ptr<ProjectStore>> ProjectStore::openLocked(const QString &path, std::shared_ptr<QLockFile> lock)
{
    if (Error e = ProjectValidator::validate(path, ProjectValidator::Depth::Writing); !e.ok())
        return e;
    return openValidated(path, std::move(lock));
}

Result<std::unique_ptr<ProjectStore>> ProjectStore::openValidated(const QString &path, std::shared_ptr<QLockFile> lock)
{
    // The file is written from now on: its clean-close record no longer vouches for it, even if this
    // process dies before it closes the file.
    CleanCloseRecord::forget(path);
    std::unique_ptr<ProjectStore> store(new ProjectStore(path, Mode::ReadWrite));
    store->m_lock = std::move(lock);
    if (Error e = store->openConnection(); !e.ok())
        return e;
    if (Error e = store->prepareForWriting(); !e.ok())
        return e;
    return store;
}

Error ProjectStore::openConnection()
{
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    if (m_access) {
        m_db.setDatabaseName(m_access->databaseName());
        m_db.setConnectOptions(m_access->connectOptions());
    } else {
        m_db.setDatabaseName(m_path);
        m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    }
    if (!m_db.open())
        return sqlError(tr("cannot open %1").arg(m_path), m_db.lastError(), m_path);
    QSqlQuery query(m_db);
    // FULL: a commit is on disk, not only in the OS cache, before it is reported done.
    if (!query.exec(QStringLiteral("PRAGMA synchronous = FULL")))
        return sqlError(tr("cannot configure %1").arg(m_path), query.lastError());
    return {};
}

Error ProjectStore::switchToWal()
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("PRAGMA journal_mode = WAL")) || !query.next()
        || query.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
        return sqlError(tr("cannot switch %1 to write-ahead logging").arg(m_path), query.lastError(), m_path);
    return {};
}

Error ProjectStore::checkpoint()
{
    QSqlQuery query(m_db);
    // Returns (busy, WAL frames, frames checkpointed); busy 0 means every frame is in the file.
    if (!query.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")) || !query.next() || query.value(0).toInt() != 0)
        return sqlError(tr("cannot complete %1").arg(m_path), query.lastError(), m_path);
    return {};
}

Error ProjectStore::prepareForWriting()
{
    if (Error e = switchToWal(); !e.ok())
        return e;
    QSqlQuery query(m_db);
    const int version = ProjectSchema::version(m_db);
    if (version < ProjectSchema::currentVersion()) {
        // Keep the old file as it was, in case the user needs to go back to an older Parallax.
        const QString backup = m_path + QStringLiteral(".v%1.bak").arg(version);
        QFile::remove(backup);
        query.prepare(QStringLiteral("VACUUM INTO ?"));
        query.addBindValue(backup);
        if (!query.exec())
            return sqlError(tr("cannot back up %1 before upgrading it").arg(m_path), query.lastError());
        Logging::get("store")->info("backed up schema version {} to {}", version, backup.toStdString());
        return write([](QSqlDatabase &db) { return ProjectSchema::migrate(db); });
    }
    return {};
}

Error ProjectStore::write(const std::function<Error(QSqlDatabase &)> &work)
{
    if (m_mode == Mode::ReadOnly)
        return { Error::Code::ReadOnly, readOnlyMessage() };
    m_gate->enter();
    const auto leave = qScopeGuard([this] { m_gate->leave(); });
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return sqlError(tr("cannot start writing %1").arg(m_path), query.lastError(), m_path);
    Error result = work(m_db);
    if (result.ok() && !query.exec(QStringLiteral("COMMIT")))
        result = sqlError(tr("cannot commit to %1").arg(m_path), query.lastError(), m_path);
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

Error ProjectStore::setMetaValue(const QString &key, const QString &value)
{
    return write([&](QSqlDatabase &db) -> Error {
        QSqlQuery query(db);
        query.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?) "
                                     "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
        query.addBindValue(key);
        query.addBindValue(value);
        if (!query.exec())
            return sqlError(tr("cannot write to %1").arg(m_path), query.lastError(), m_path);
        return {};
    });
}

QString ProjectStore::corpusPath() const
{
    const QDir here = QFileInfo(m_path).absoluteDir();
    const QString relative = metaValue(QStringLiteral("corpus_relative"));
    if (!relative.isEmpty()) {
        QString resolved = QDir::cleanPath(here.absoluteFilePath(relative));
        if (QFileInfo(resolved).isDir())
            return resolved;
    }
    return metaValue(QStringLiteral("corpus_absolute"));
}

Error ProjectStore::setCorpusPath(const QString &corpusPath)
{
    const QString absolute = QFileInfo(corpusPath).absoluteFilePath();
    // Whoever sets the folder has chosen it: this user is not asked again for this project.
    CorpusLocation::choose(m_path, absolute);
    const QString relative = QFileInfo(m_path).absoluteDir().relativeFilePath(absolute);
    return write([&](QSqlDatabase &db) -> Error {
        QSqlQuery query(db);
        query.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?), (?, ?) "
                                     "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
        query.addBindValue(QStringLiteral("corpus_relative"));
        query.addBindValue(relative);
        query.addBindValue(QStringLiteral("corpus_absolute"));
        query.addBindValue(absolute);
        if (!query.exec())
            return sqlError(tr("cannot write to %1").arg(m_path), query.lastError(), m_path);
        return {};
    });
}

Result<std::unique_ptr<ProjectStore>> ProjectStore::saveAs(const QString &path) const
{
    const QString target = QFileInfo(path).absoluteFilePath();
    if (target == m_path)
        return Error { Error::Code::InvalidArgument, tr("%1 is the project itself").arg(path), path };
    auto lock = ProjectLock::acquire(target);
    if (!lock.ok())
        return lock.error();
    const QString staging = target + QStringLiteral(".new");
    QFile::remove(staging);
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("VACUUM INTO ?"));
    query.addBindValue(staging);
    if (!query.exec())
        return sqlError(tr("cannot save the project as %1").arg(path), query.lastError());
    if ((QFileInfo::exists(target) && !QFile::remove(target)) || !QFile::rename(staging, target)) {
        QFile::remove(staging);
        return Error { Error::Code::Io, tr("cannot replace %1").arg(path), path };
    }
    const QString corpus = corpusPath();
    auto saved = openLocked(target, std::move(lock.value()));
    if (saved.ok()) {
        if (Error e = saved.value()->setCorpusPath(corpus); !e.ok())
            return e;
    }
    return saved;
}
