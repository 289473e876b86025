// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/analysisresult.h"
#include "timeline/timelineindex.h"

class StatementEvents;

// The quotes lane's marks: one per statement, with the publication dates of its renderings.
namespace TimelineQuotes
{
// `outlets` limits the renderings counted (empty = all); statements with none left are dropped.
QList<TimelineQuoteMark> fromResult(const AnalysisResult &result, const QStringList &outlets = {});
// The same with the result's events index built already.
QList<TimelineQuoteMark> fromResult(
    const AnalysisResult &result, const StatementEvents &events, const QStringList &outlets = {});
}
