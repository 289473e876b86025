// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/folderproblem.h"

#include "core/translation.h"

#include <QDir>
#include <QFileInfo>
#include <QStorageInfo>

PARALLAX_NAMESPACE_TR(FolderProblem)

namespace
{
// Below this SQLite cannot finish a transaction of ours (a few pages, the journal, the -shm).
constexpr qint64 nearlyFull = qint64(256) * 1024;
}

bool FolderProblem::isWritable(const QString &folder)
{
    const QStorageInfo storage(folder);
    return !(storage.isValid() && storage.isReadOnly()) && QFileInfo(folder).isWritable();
}

QString FolderProblem::forWriting(const QString &folder)
{
    const QString name = QDir::toNativeSeparators(folder);
    const QStorageInfo storage(folder);
    if (storage.isValid() && storage.isReadOnly())
        return tr("the folder %1 is on a read-only file system").arg(name);
    if (!QFileInfo(folder).isWritable())
        return tr("the folder %1 is read-only (no permission to write in it)").arg(name);
    if (storage.isValid() && storage.bytesAvailable() < nearlyFull)
        return tr("the disk holding %1 is full").arg(name);
    return {};
}
