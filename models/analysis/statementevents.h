// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QStringList>

struct AnalysisResult;

// Which events a statement is about: those mentioned next to one of its renderings.
namespace StatementEvents
{
// Ids of the events with a mention that overlaps a quote of the statement or a sentence that
// quote lies in, in AnalysisResult::events order; empty for an unknown statement.
QStringList eventsFor(const AnalysisResult &result, const QString &statementId);

// When the statement was made, where the text tells: the date of a dated event whose mention holds
// the speech verb that attributes one of its quotes ("Last month, Kim told the legislature: …").
// The earliest such date wins (a later rendering may be dated by its own reporting); invalid if none.
QDate saidOn(const AnalysisResult &result, const QString &statementId);
}
