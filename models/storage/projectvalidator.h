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
    Reading, // PRAGMA quick_check
    // Also PRAGMA integrity_check, which compares every index with its table, so that a damaged
    // file is refused before it is written to; on a large project within a time budget, past which
    // the analyst's own tables are still checked whole.
    Writing,
};

Error validate(const QString &path, Depth depth = Depth::Reading);
Error validate(const QString &path, const ProjectAccess &access, Depth depth);

// Milliseconds the whole-file integrity check may take before it falls back to the analyst's tables.
inline constexpr int integrityBudgetMs = 2000;
}
