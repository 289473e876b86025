// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

class QTemporaryDir;

// How a project file can be read without writing a byte of it. In place, read-only, when SQLite
// can do so. In a read-only folder SQLite cannot make the WAL's -shm file, so the file is opened
// as immutable. When the file holds something only a writer recovers (a hot rollback journal left
// by a kill, or committed changes in a WAL that a read-only folder keeps SQLite from reading), a
// copy of the file and its journal is recovered in a temporary folder and read instead: what is
// read is then what SQLite itself would make of the file.
class ProjectAccess
{
    Q_DECLARE_TR_FUNCTIONS(ProjectAccess)

public:
    static Result<ProjectAccess> forReading(const QString &path);

    // For QSqlDatabase::setDatabaseName and setConnectOptions.
    QString databaseName() const { return m_databaseName; }
    QString connectOptions() const { return m_connectOptions; }
    // The file that is read: the project itself, or its recovered copy.
    QString filePath() const { return m_filePath; }
    bool isRecoveredCopy() const { return m_copy != nullptr; }

    // A rollback journal SQLite would play back on the next read-write open.
    static bool hasHotJournal(const QString &path);
    // A WAL holding frames (committed or not) beyond its header.
    static bool hasWalFrames(const QString &path);

private:
    QString m_databaseName;
    QString m_connectOptions;
    QString m_filePath;
    std::shared_ptr<QTemporaryDir> m_copy;
};
