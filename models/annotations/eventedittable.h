// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annotations/eventedit.h"
#include "core/error.h"

class QSqlDatabase;

// The project's ordered log of event edits (table event_edits).
namespace EventEditTable
{
Result<QList<EventEdit>> loadAll(QSqlDatabase &db);
// Stores `edit` under edit.seq when it is set (a redo), else under the next number; returns the seq.
Result<qint64> put(QSqlDatabase &db, const EventEdit &edit);
Error remove(QSqlDatabase &db, qint64 seq);
}
