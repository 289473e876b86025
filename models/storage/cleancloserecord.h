// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// What a project file looked like when Parallax last closed it cleanly (its size, modification time
// and SQLite header, with no WAL beside it), kept in the user's settings. A file that still looks so
// has not been written since, by anyone: its whole-file quick_check (seconds on a large project, every
// page read) passed or was vouched for when it was last opened and need not run again. A record vouches
// for one open: opening the file for writing forgets it, so a crash while open is never covered.
namespace CleanCloseRecord
{
// After a clean close: the file, checkpointed and closed, with no WAL frames left.
void record(const QString &path);
// True when the file is exactly as recorded at its last clean close.
bool matches(const QString &path);
void forget(const QString &path);
}
