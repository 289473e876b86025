// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annotations/annotation.h"
#include "core/error.h"

class QSqlDatabase;

// The annotations table of a project: one row per annotation, its JSON in `data`.
// Callers wrap writes in ProjectStore::write so each change is one durable transaction.
namespace AnnotationTable
{
// Every annotation, oldest first. Rows that cannot be read are reported, never deleted.
Result<QList<Annotation>> loadAll(QSqlDatabase &db);
Error put(QSqlDatabase &db, const Annotation &annotation);
Error remove(QSqlDatabase &db, const QString &id);
}
