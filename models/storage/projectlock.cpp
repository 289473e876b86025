// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/projectlock.h"

#include "core/logging.h"
#include "storage/folderproblem.h"
#include "storage/projectstore.h"

#include <QDateTime>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QThread>

namespace
{
// QLockFile creates the file and then writes it: a lock younger than this may be a live one
// that is still being written, so it is given this long to fill in before it counts as stale.
constexpr qint64 fillInMs = 1000;
// How long an unreadable lock or a stale removal guard may keep us trying before we give up.
constexpr int giveUpMs = 3000;

// QLockFile (and clearUnreadable() below) hold NAME.lock.rmlock for the moment they remove a stale
// lock. A kill in that moment leaves the guard behind, and QLockFile would judge an empty one stale
// only after 30 s, refusing the project meanwhile: a guard that names no live process, or is empty
// and older than the fill-in time, is cleared. True when one was.
bool clearStaleRemovalGuard(const QString &lockPath)
{
    const QString guardPath = lockPath + QStringLiteral(".rmlock");
    if (!QFileInfo::exists(guardPath))
        return false;
    QLockFile guard(guardPath);
    guard.setStaleLockTime(int(fillInMs));
    if (!guard.tryLock(0))
        return false;
    guard.unlock();
    Logging::get("store")->warn("{}: removed a removal guard left by a killed process", guardPath.toStdString());
    return true;
}

Error lockedBy(const QString &projectPath, qint64 pid, const QString &host)
{
    return { Error::Code::Locked,
        ProjectStore::tr("%1 is already open in another Parallax (process %2 on %3); close it there first")
            .arg(QFileInfo(projectPath).fileName())
            .arg(pid)
            .arg(host.isEmpty() ? ProjectStore::tr("this computer") : host),
        projectPath };
}

Error cannotLock(const QString &lockPath)
{
    const QString why = FolderProblem::forWriting(QFileInfo(lockPath).absolutePath());
    return { Error::Code::Io,
        why.isEmpty()
            ? ProjectStore::tr("cannot create the lock file %1").arg(QDir::toNativeSeparators(lockPath))
            : ProjectStore::tr("cannot create the lock file %1: %2").arg(QDir::toNativeSeparators(lockPath), why),
        lockPath };
}

// Clears what is at `lockPath` when it names no live process. Returns an error when the lock is
// held (or cannot be judged), nothing when the caller may try to take it again.
Error clearUnreadable(const QString &projectPath, QLockFile &lock)
{
    const QString lockPath = lock.fileName();
    const QFileInfo info(lockPath);
    if (info.isDir()) {
        // Parallax never makes a folder here; an empty one holds nothing and can go.
        if (QDir().rmdir(lockPath)) {
            Logging::get("store")->warn("{}: removed an empty folder in the lock's place", lockPath.toStdString());
            return {};
        }
        return { Error::Code::Locked,
            ProjectStore::tr(
                "%1 is a folder, not a Parallax lock, and it is not empty: move it away to open %2 for writing")
                .arg(QDir::toNativeSeparators(lockPath), QFileInfo(projectPath).fileName()),
            projectPath };
    }
    QFile file(lockPath);
    if (!file.open(QIODevice::ReadOnly)) {
        if (!file.exists())
            return {};
        // Someone else's lock we may not read: we cannot tell that it is stale.
        return { Error::Code::Locked,
            ProjectStore::tr("%1 is locked by another user (%2 cannot be read)")
                .arg(QFileInfo(projectPath).fileName(), QDir::toNativeSeparators(lockPath)),
            projectPath };
    }
    file.close();
    const qint64 age = info.lastModified().msecsTo(QDateTime::currentDateTime());
    if (age >= 0 && age < fillInMs)
        QThread::msleep(ulong(fillInMs - age));
    // The same guard QLockFile uses for its own stale locks, so that two processes clearing one
    // lock cannot remove a fresh lock that a third has taken meanwhile.
    QLockFile guard(lockPath + QStringLiteral(".rmlock"));
    guard.setStaleLockTime(int(fillInMs));
    if (!guard.tryLock(0))
        return {};
    qint64 pid = 0;
    QString host;
    QString application;
    if (lock.getLockInfo(&pid, &host, &application) && pid > 0)
        return {}; // filled in after all: tryLock judges it again
    if (QFile::remove(lockPath))
        Logging::get("store")->warn("{}: removed a lock that names no process", lockPath.toStdString());
    return {};
}
}

QString ProjectLock::pathFor(const QString &projectPath)
{
    return projectPath + QStringLiteral(".lock");
}

Result<std::unique_ptr<QLockFile>> ProjectLock::acquire(const QString &projectPath)
{
    auto lock = std::make_unique<QLockFile>(pathFor(projectPath));
    // Age never makes a lock stale (a window may hold its project for days); a lock is stale when
    // its process is gone (QLockFile checks the process id and name) or when it names none.
    lock->setStaleLockTime(0);
    // Unreadable locks and stale removal guards need a moment to be judged; a live lock does not.
    const QDeadlineTimer deadline(giveUpMs);
    for (;;) {
        if (lock->tryLock(0))
            return lock;
        if (lock->error() != QLockFile::LockFailedError)
            return cannotLock(lock->fileName());
        qint64 pid = 0;
        QString host;
        QString application;
        const bool named = lock->getLockInfo(&pid, &host, &application) && pid > 0;
        // QLockFile could not clear a dead process's lock while a kill's leftover guard was in the
        // way: with the guard gone, it is asked again.
        const bool guardCleared = clearStaleRemovalGuard(lock->fileName());
        if (named && !guardCleared)
            return lockedBy(projectPath, pid, host);
        if (!named) {
            if (Error e = clearUnreadable(projectPath, *lock); !e.ok())
                return e;
        }
        if (deadline.hasExpired())
            return named ? lockedBy(projectPath, pid, host) : cannotLock(lock->fileName());
        QThread::msleep(50);
    }
}
