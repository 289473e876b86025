// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>

class ProjectAccess;
class QLockFile;
class WriteGate;

// One open NAME.parallax file: an SQLite database (WAL, synchronous=FULL) holding the corpus
// folder, the analysis cache, the analyst's event edits and the annotations.
// A read-write store holds NAME.parallax.lock, so a second Parallax is refused instead of
// writing the same file; a file is validated read-only before it is opened for writing.
class ProjectStore
{
    Q_DECLARE_TR_FUNCTIONS(ProjectStore)

public:
    enum class Mode { ReadWrite, ReadOnly };

    // Creates a new project for `corpusPath` at `path`, which must not exist yet.
    static Result<std::unique_ptr<ProjectStore>> create(const QString &path, const QString &corpusPath);
    // Closes a project that was just created and removes it with its side files (a command that
    // failed after creating it must not leave a half-filled project behind).
    static void discard(std::unique_ptr<ProjectStore> store);
    // Opens an existing project; ReadWrite also migrates an older schema (after a backup copy).
    static Result<std::unique_ptr<ProjectStore>> open(const QString &path, Mode mode = Mode::ReadWrite);
    // open() in two halves, so that the slow one stays off the GUI thread: prepare() takes the lock,
    // validates the file (its whole-file check reads every page of a large cache) and recovers a
    // read-only copy where one is needed, on any thread; finish() opens the store's connection on the
    // thread that will use it (a QSqlDatabase connection belongs to the thread that made it).
    struct Opening {
        QString path;
        Mode mode = Mode::ReadWrite;
        std::shared_ptr<QLockFile> lock;
        std::shared_ptr<ProjectAccess> access;
    };
    static Result<Opening> prepare(const QString &path, Mode mode = Mode::ReadWrite);
    static Result<std::unique_ptr<ProjectStore>> finish(const Opening &opening);
    // ReadWrite when the file and its folder can be written (the lock file, the WAL), else ReadOnly:
    // a project on a read-only share or medium is still read.
    static Mode modeFor(const QString &path);

    ~ProjectStore();
    ProjectStore(const ProjectStore &) = delete;
    ProjectStore &operator=(const ProjectStore &) = delete;

    QString path() const { return m_path; }
    bool isReadOnly() const { return m_mode == Mode::ReadOnly; }
    QSqlDatabase database() const { return m_db; }
    // For other connections reading the same file (the analysis cache's, on worker threads): the
    // database name and connect options that read it, read-only, wherever it is.
    QString readerDatabaseName() const;
    QString readerConnectOptions() const;
    // Why a read-only store refuses every write, in words the analyst can act on.
    QString readOnlyMessage() const;

    // The corpus folder, absolute; stored relative to the project file so both can move together.
    QString corpusPath() const;
    Error setCorpusPath(const QString &corpusPath);

    QString metaValue(const QString &key) const;
    Error setMetaValue(const QString &key, const QString &value);

    // Runs `work` in one write transaction and commits it durably (synchronous=FULL) before
    // returning; any error rolls everything back.
    Error write(const std::function<Error(QSqlDatabase &)> &work);
    // Shared with the analysis cache, which writes through connections of its own.
    std::shared_ptr<WriteGate> writeGate() const { return m_gate; }

    // File > Save project as…: writes a consistent copy to `path` (replacing a file there), keeps
    // its corpus folder pointing at the same place, and returns the copy opened for writing.
    Result<std::unique_ptr<ProjectStore>> saveAs(const QString &path) const;

    // The lock file guarding `projectPath`.
    static QString lockPath(const QString &projectPath);

private:
    ProjectStore(const QString &path, Mode mode);
    static Result<std::unique_ptr<ProjectStore>> openLocked(const QString &path, std::shared_ptr<QLockFile> lock);
    static Result<std::unique_ptr<ProjectStore>> openValidated(const QString &path, std::shared_ptr<QLockFile> lock);
    Error openConnection();
    Error switchToWal();
    // Folds the WAL into the file; fails unless every frame is in.
    Error checkpoint();
    Error prepareForWriting();

    QString m_path;
    Mode m_mode;
    QString m_connection;
    QSqlDatabase m_db;
    std::shared_ptr<QLockFile> m_lock;
    // How a read-only store reads the file (in place, immutable, or a recovered copy).
    std::shared_ptr<ProjectAccess> m_access;
    std::shared_ptr<WriteGate> m_gate;
};
