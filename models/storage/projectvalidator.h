// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/storeerror.h"

// Decides whether a file is a healthy Parallax project without changing a byte of it:
// the SQLite header and size first, then a read-only connection for the application id,
// the meta table, the schema version and PRAGMA quick_check.
namespace ProjectValidator
{
StoreError validate(const QString &path);
}
