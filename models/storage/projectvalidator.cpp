// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/projectvalidator.h"

#include "core/logging.h"
#include "storage/projectschema.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace
{
StoreError fail(StoreError::Code code, const QString &path, const QString &why)
{
    const QString message
        = QCoreApplication::translate("ProjectValidator", "%1: %2").arg(QFileInfo(path).fileName(), why);
    Logging::get("store")->warn("{}: {}", path.toStdString(), why.toStdString());
    return { code, message };
}

quint32 bigEndian(const QByteArray &bytes, int offset, int size)
{
    quint32 value = 0;
    for (int i = 0; i < size; ++i)
        value = (value << 8) | quint8(bytes.at(offset + i));
    return value;
}

// Checks the 100-byte SQLite header against the file's size, so that a truncated copy is
// reported as such before SQLite reads past its end.
StoreError checkHeader(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(StoreError::Code::Io, path,
            QCoreApplication::translate("ProjectValidator", "cannot read the file: %1").arg(file.errorString()));
    const qint64 size = file.size();
    const QByteArray header = file.read(100);
    if (size == 0)
        return fail(StoreError::Code::NotAProject, path,
            QCoreApplication::translate("ProjectValidator", "the file is empty, not a Parallax project"));
    if (!header.startsWith(QByteArrayLiteral("SQLite format 3\0")))
        return fail(StoreError::Code::NotAProject, path,
            QCoreApplication::translate("ProjectValidator", "not a Parallax project (not an SQLite database)"));
    if (header.size() < 100)
        return fail(StoreError::Code::Damaged, path,
            QCoreApplication::translate("ProjectValidator", "the file is truncated (shorter than its header)"));
    quint32 pageSize = bigEndian(header, 16, 2);
    if (pageSize == 1)
        pageSize = 65536;
    if (pageSize < 512 || (pageSize & (pageSize - 1)) != 0)
        return fail(StoreError::Code::Damaged, path,
            QCoreApplication::translate("ProjectValidator", "the file is damaged (invalid page size)"));
    // The page count in the header is valid only when its "version valid for" matches the change counter.
    const quint32 pages = bigEndian(header, 28, 4);
    const bool pagesValid = bigEndian(header, 92, 4) == bigEndian(header, 24, 4);
    if (size % pageSize != 0 || (pagesValid && qint64(pages) * pageSize > size))
        return fail(StoreError::Code::Damaged, path,
            QCoreApplication::translate(
                "ProjectValidator", "the file is truncated or damaged (size does not match its pages)"));
    return {};
}

StoreError checkContent(QSqlDatabase &db, const QString &path)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA application_id")) || !query.next())
        return fail(StoreError::Code::Damaged, path,
            QCoreApplication::translate("ProjectValidator", "the database cannot be read: %1")
                .arg(query.lastError().text()));
    const int applicationId = query.value(0).toInt();
    query.finish();
    if (applicationId != ProjectSchema::applicationId)
        return fail(StoreError::Code::NotAProject, path,
            QCoreApplication::translate(
                "ProjectValidator", "not a Parallax project (an SQLite database of another application)"));

    const int version = ProjectSchema::version(db);
    if (version > ProjectSchema::currentVersion())
        return fail(StoreError::Code::TooNew, path,
            QCoreApplication::translate(
                "ProjectValidator", "written by a newer Parallax (schema version %1; this version reads up to %2)")
                .arg(version)
                .arg(ProjectSchema::currentVersion()));

    if (!query.exec(QStringLiteral("PRAGMA quick_check")))
        return fail(StoreError::Code::Damaged, path,
            QCoreApplication::translate("ProjectValidator", "the database is damaged: %1")
                .arg(query.lastError().text()));
    QStringList problems;
    while (query.next()) {
        // A row may hold several lines, headed by "*** in database main ***".
        const QStringList lines = query.value(0).toString().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        for (const QString &line : lines) {
            if (line != QLatin1String("ok") && !line.startsWith(QLatin1String("***")))
                problems.append(line);
        }
    }
    query.finish();
    if (!problems.isEmpty())
        return fail(StoreError::Code::Damaged, path,
            QCoreApplication::translate("ProjectValidator", "the database is damaged: %1").arg(problems.constFirst()));

    if (!query.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'format'")) || !query.next()
        || query.value(0).toString() != QLatin1String("parallax-project"))
        return fail(StoreError::Code::Damaged, path,
            QCoreApplication::translate("ProjectValidator", "the project's description table is missing or damaged"));
    return {};
}
}

StoreError ProjectValidator::validate(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return { StoreError::Code::NotFound,
            QCoreApplication::translate("ProjectValidator", "%1: no such project file").arg(path) };
    if (!info.isFile())
        return { StoreError::Code::NotAProject,
            QCoreApplication::translate("ProjectValidator", "%1: not a file").arg(path) };
    if (StoreError header = checkHeader(path); !header.ok())
        return header;

    const QString connection
        = QStringLiteral("parallax-validate-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    StoreError result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open())
            result = fail(StoreError::Code::Damaged, path,
                QCoreApplication::translate("ProjectValidator", "cannot open the database: %1")
                    .arg(db.lastError().text()));
        else
            result = checkContent(db, path);
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return result;
}
