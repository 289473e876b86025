// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// Why a file cannot be written in a folder, in words a user can act on: SQLite and QLockFile report
// a full disk or a read-only folder as "disk I/O error" or "Unknown error".
namespace FolderProblem
{
// "the folder … is read-only", "the disk holding … is full", or empty when neither is the case.
QString forWriting(const QString &folder);
bool isWritable(const QString &folder);
}
