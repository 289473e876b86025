// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"

class QSqlDatabase;

// The project file's tables and the migrations between their versions (PRAGMA user_version).
// Each migration runs inside the caller's transaction, so a failed one leaves the file as it was.
namespace ProjectSchema
{
// PRAGMA application_id of every Parallax project: "PRLX".
inline constexpr int applicationId = 0x50524C58;
// The version this build writes.
int currentVersion();

// The version stored in `db` (0 for a blank database).
int version(QSqlDatabase &db);

// Runs the migrations from the stored version up to `target` (currentVersion() by default) and
// records the new version. Only tests ask for an older target, to build old files.
Error migrate(QSqlDatabase &db, int target = -1);
}
