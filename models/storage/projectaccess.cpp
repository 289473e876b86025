// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/projectaccess.h"

#include "core/logging.h"
#include "storage/folderproblem.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUrl>
#include <QUuid>

namespace
{
constexpr qint64 walHeaderSize = 32;
const QString readOnlyOptions = QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000");

// Copies the file with its journal and WAL into `dir` and lets SQLite recover the copy.
Result<QString> recoverCopy(const QString &path, const QTemporaryDir &dir)
{
    const QString copy = dir.filePath(QFileInfo(path).fileName());
    const auto fail = [&](const QString &why) {
        Logging::get("store")->warn("{}: cannot recover a copy for reading: {}", path.toStdString(), why.toStdString());
        return Error { Error::Code::Io,
            ProjectAccess::tr("%1: cannot make a readable copy of the project: %2")
                .arg(QFileInfo(path).fileName(), why),
            path };
    };
    for (const QString &suffix : { QString(), QStringLiteral("-journal"), QStringLiteral("-wal") }) {
        if (QFileInfo::exists(path + suffix) && !QFile::copy(path + suffix, copy + suffix))
            return fail(
                ProjectAccess::tr("copying %1 failed (is the disk full?)").arg(QFileInfo(path + suffix).fileName()));
    }
    const QString connection = QStringLiteral("parallax-recover-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(copy);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        QSqlQuery query(db);
        // The first read plays the journal back or reads the WAL in; the checkpoint folds it in.
        if (!db.open())
            error = db.lastError().text();
        else if (!query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !query.next())
            error = query.lastError().text();
        else {
            query.finish();
            query.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        }
        query = QSqlQuery();
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    if (!error.isEmpty())
        return Error { Error::Code::Damaged,
            ProjectAccess::tr("%1: the database cannot be read: %2").arg(QFileInfo(path).fileName(), error), path };
    return copy;
}
}

bool ProjectAccess::hasHotJournal(const QString &path)
{
    // A journal that SQLite has finished with is deleted, truncated or starts with zeros.
    QFile journal(path + QStringLiteral("-journal"));
    if (!journal.open(QIODevice::ReadOnly))
        return false;
    return journal.read(8) == QByteArrayLiteral("\xd9\xd5\x05\xf9\x20\xa1\x63\xd7");
}

bool ProjectAccess::hasWalFrames(const QString &path)
{
    return QFileInfo(path + QStringLiteral("-wal")).size() > walHeaderSize;
}

Result<ProjectAccess> ProjectAccess::forReading(const QString &path)
{
    ProjectAccess access;
    const QString absolute = QFileInfo(path).absoluteFilePath();
    const bool writableFolder = FolderProblem::isWritable(QFileInfo(absolute).absolutePath());
    if (hasHotJournal(absolute) || (!writableFolder && hasWalFrames(absolute))) {
        access.m_copy = std::make_shared<QTemporaryDir>();
        if (!access.m_copy->isValid())
            return Error { Error::Code::Io,
                tr("%1: cannot make a temporary folder to read it in: %2")
                    .arg(QFileInfo(path).fileName(), access.m_copy->errorString()),
                path };
        auto copy = recoverCopy(absolute, *access.m_copy);
        if (!copy.ok())
            return copy.error();
        Logging::get("store")->info("{}: reading a recovered copy ({})", absolute.toStdString(),
            hasHotJournal(absolute) ? "a journal left by an interrupted write" : "a WAL in a read-only folder");
        access.m_filePath = copy.value();
        access.m_databaseName = copy.value();
        access.m_connectOptions = readOnlyOptions;
        return access;
    }
    access.m_filePath = absolute;
    if (writableFolder) {
        access.m_databaseName = absolute;
        access.m_connectOptions = readOnlyOptions;
    } else {
        // Nobody can change a file in a folder nobody may write, so SQLite may skip its locks and
        // the -shm file it could not create.
        access.m_databaseName
            = QUrl::fromLocalFile(absolute).toString(QUrl::FullyEncoded) + QStringLiteral("?immutable=1");
        access.m_connectOptions = readOnlyOptions + QStringLiteral(";QSQLITE_OPEN_URI");
    }
    return access;
}
