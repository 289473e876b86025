// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/projectvalidator.h"

#include "core/logging.h"
#include "core/translation.h"
#include "storage/cleancloserecord.h"
#include "storage/folderproblem.h"
#include "storage/projectaccess.h"
#include "storage/projectschema.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <sqlite3.h>

PARALLAX_NAMESPACE_TR(ProjectValidator)

namespace
{
Error fail(Error::Code code, const QString &path, const QString &why)
{
    const QString message = ProjectValidator::tr("%1: %2").arg(QFileInfo(path).fileName(), why);
    Logging::get("store")->warn("{}: {}", path.toStdString(), why.toStdString());
    return { code, message, path };
}

quint32 bigEndian(const QByteArray &bytes, int offset, int size)
{
    quint32 value = 0;
    for (int i = 0; i < size; ++i)
        value = (value << 8) | quint8(bytes.at(offset + i));
    return value;
}

// Checks the 100-byte SQLite header of `file` against its size, so that a truncated copy is
// reported as such before SQLite reads past its end. Beside a WAL with frames the file may be
// shorter than its header says: a checkpoint killed after writing page 1 leaves it so while the
// WAL still holds every page (SQLite reads them from there); the b-tree checks judge that state.
// Messages name `path`, the project (`file` may be its recovered copy).
Error checkHeader(const QString &file, const QString &path)
{
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly))
        return fail(Error::Code::Io, path, ProjectValidator::tr("cannot read the file: %1").arg(in.errorString()));
    const qint64 size = in.size();
    const QByteArray header = in.read(100);
    if (size == 0)
        return fail(Error::Code::NotAProject, path, ProjectValidator::tr("the file is empty, not a Parallax project"));
    if (!header.startsWith(QByteArrayLiteral("SQLite format 3\0")))
        return fail(
            Error::Code::NotAProject, path, ProjectValidator::tr("not a Parallax project (not an SQLite database)"));
    if (header.size() < 100)
        return fail(
            Error::Code::Damaged, path, ProjectValidator::tr("the file is truncated (shorter than its header)"));
    quint32 pageSize = bigEndian(header, 16, 2);
    if (pageSize == 1)
        pageSize = 65536;
    if (pageSize < 512 || (pageSize & (pageSize - 1)) != 0)
        return fail(Error::Code::Damaged, path, ProjectValidator::tr("the file is damaged (invalid page size)"));
    if (ProjectAccess::hasWalFrames(file))
        return {};
    // The page count in the header is valid only when its "version valid for" matches the change counter.
    const quint32 pages = bigEndian(header, 28, 4);
    const bool pagesValid = bigEndian(header, 92, 4) == bigEndian(header, 24, 4);
    if (size % pageSize != 0 || (pagesValid && qint64(pages) * pageSize > size))
        return fail(Error::Code::Damaged, path,
            ProjectValidator::tr("the file is truncated or damaged (size does not match its pages)"));
    return {};
}

Error damaged(const QString &path, const QString &what)
{
    return fail(Error::Code::Damaged, path, ProjectValidator::tr("the database is damaged: %1").arg(what));
}

// The problems a check pragma reports (none: it said "ok"), or the damage that stopped it.
Result<QStringList> runCheck(QSqlDatabase &db, const QString &path, const QString &pragma)
{
    QSqlQuery query(db);
    const bool ran = query.exec(pragma);
    QStringList problems;
    while (ran && query.next()) {
        // A row may hold several lines, headed by "*** in database main ***".
        const QStringList lines = query.value(0).toString().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        for (const QString &line : lines) {
            if (line != QLatin1String("ok") && !line.startsWith(QLatin1String("***")))
                problems.append(line);
        }
    }
    const QSqlError failure = query.lastError();
    query.finish();
    if (failure.isValid() && failure.type() != QSqlError::NoError)
        return damaged(path, failure.text());
    return problems;
}

// PRAGMA integrity_check, which also compares every index with its table, on the tables that hold
// what the analyst wrote (small: a few thousand rows): they must never be written into a damaged
// b-tree. Not on the analysis cache, most of a large project's file (the whole-file check took seconds
// on the GUI thread there): it can be rebuilt from the corpus, and the whole-file quick_check before
// this has already checked every b-tree's structure and the free pages writes would use.
Error checkIndexes(QSqlDatabase &db, const QString &path)
{
    QSqlQuery exists(db);
    exists.prepare(QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?"));
    for (const char *table : { "meta", "annotations", "event_edits" }) {
        // An older schema, still to be migrated, may not have them all.
        exists.addBindValue(QLatin1String(table));
        const bool present = exists.exec() && exists.next();
        exists.finish();
        if (!present)
            continue;
        const Result<QStringList> problems
            = runCheck(db, path, QStringLiteral("PRAGMA integrity_check(%1)").arg(QLatin1String(table)));
        if (!problems.ok())
            return problems.error();
        if (!problems.value().isEmpty())
            return damaged(path, problems.value().constFirst());
    }
    return {};
}

Error checkFile(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return { Error::Code::NotFound, ProjectValidator::tr("%1: no such project file").arg(path), path };
    if (!info.isFile())
        return { Error::Code::NotAProject, ProjectValidator::tr("%1: not a file").arg(path), path };
    return {};
}

// SQLite could not read or open the file for a reason outside it (a full disk, a read-only folder,
// an I/O error, another process): not damage, and said as what it is.
bool isEnvironmentError(const QSqlError &error)
{
    switch (error.nativeErrorCode().toInt() & 0xff) {
    case SQLITE_IOERR:
    case SQLITE_CANTOPEN:
    case SQLITE_FULL:
    case SQLITE_READONLY:
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
    case SQLITE_NOMEM:
        return true;
    default:
        return false;
    }
}

Error cannotRead(const QString &path, const QSqlError &error)
{
    if (!isEnvironmentError(error))
        return fail(
            Error::Code::Damaged, path, ProjectValidator::tr("the database cannot be read: %1").arg(error.text()));
    const QString why = FolderProblem::forWriting(QFileInfo(path).absolutePath());
    return fail(Error::Code::Io, path,
        why.isEmpty() ? ProjectValidator::tr("cannot read the database: %1").arg(error.text())
                      : ProjectValidator::tr("cannot read the database: %1 (%2)").arg(why, error.text()));
}

// `unchanged`: the file is as Parallax closed it cleanly last (CleanCloseRecord), so the whole-file
// quick_check, which reads every page, is left out; the checks of what the analyst wrote still run.
Error checkContent(QSqlDatabase &db, const QString &path, ProjectValidator::Depth depth, bool unchanged)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA application_id")) || !query.next())
        return cannotRead(path, query.lastError());
    const int applicationId = query.value(0).toInt();
    query.finish();
    if (applicationId != ProjectSchema::applicationId)
        return fail(Error::Code::NotAProject, path,
            ProjectValidator::tr("not a Parallax project (an SQLite database of another application)"));

    const int version = ProjectSchema::version(db);
    if (version > ProjectSchema::currentVersion())
        return fail(Error::Code::TooNew, path,
            ProjectValidator::tr("written by a newer Parallax (schema version %1; this version reads up to %2)")
                .arg(version)
                .arg(ProjectSchema::currentVersion()));

    if (!unchanged) {
        const Result<QStringList> problems = runCheck(db, path, QStringLiteral("PRAGMA quick_check"));
        if (!problems.ok())
            return problems.error();
        if (!problems.value().isEmpty())
            return damaged(path, problems.value().constFirst());
    }
    if (depth == ProjectValidator::Depth::Writing) {
        if (Error e = checkIndexes(db, path); !e.ok())
            return e;
    }

    if (!query.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'format'")) || !query.next()
        || query.value(0).toString() != QLatin1String("parallax-project"))
        return fail(
            Error::Code::Damaged, path, ProjectValidator::tr("the project's description table is missing or damaged"));
    return {};
}
}

Error ProjectValidator::validate(const QString &path, Depth depth)
{
    if (Error e = checkFile(path); !e.ok())
        return e;
    auto access = ProjectAccess::forReading(path);
    if (!access.ok())
        return access.error();
    return validate(path, access.value(), depth);
}

Error ProjectValidator::validate(const QString &path, const ProjectAccess &access, Depth depth)
{
    if (Error e = checkFile(path); !e.ok())
        return e;
    if (Error header = checkHeader(access.filePath(), path); !header.ok())
        return header;

    // Only the file itself was recorded at its clean close, never a recovered copy of it.
    const bool unchanged = !access.isRecoveredCopy() && CleanCloseRecord::matches(path);
    if (unchanged)
        Logging::get("store")->info("{} unchanged since its last clean close: no whole-file check", path.toStdString());
    const QString connection
        = QStringLiteral("parallax-validate-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    Error result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(access.databaseName());
        db.setConnectOptions(access.connectOptions());
        if (!db.open())
            result = cannotRead(path, db.lastError());
        else
            result = checkContent(db, path, depth, unchanged);
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return result;
}
