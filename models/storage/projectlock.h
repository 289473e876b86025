// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"

#include <QLockFile>

#include <memory>

// NAME.parallax.lock: held by the one process that writes a project. A lock counts only while it
// names a live Parallax process; anything else found at the lock path (an empty file left by a kill
// between creating the lock and writing it, garbage, a process id of 0 or below, an empty folder) is
// stale and cleared, so that no leftover can lock the analyst out of the project for good.
namespace ProjectLock
{
// The lock file guarding `projectPath`.
QString pathFor(const QString &projectPath);

// Takes the lock without waiting for a live owner: a second writer is told at once which process
// has the project.
Result<std::unique_ptr<QLockFile>> acquire(const QString &projectPath);
}
