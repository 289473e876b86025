// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"

class ProjectAccess;

// Decides whether a file is a healthy Parallax project without changing a byte of it: the SQLite
// header and size first (unless a WAL holds pages the file does not have yet), then a read-only
// connection for the application id, the meta table, the schema version and the b-trees. What is
// checked is what SQLite makes of the file: with a journal or WAL it recovers, the recovered state.
namespace ProjectValidator
{
enum class Depth {
    // PRAGMA quick_check, left out when the file is as Parallax last closed it cleanly (CleanCloseRecord)
    Reading,
    // Also PRAGMA integrity_check of the analyst's own tables, which compares their indexes with
    // them, so that a damaged file is refused before anything the analyst writes goes into it.
    Writing,
};

Error validate(const QString &path, Depth depth = Depth::Reading);
Error validate(const QString &path, const ProjectAccess &access, Depth depth);
}
