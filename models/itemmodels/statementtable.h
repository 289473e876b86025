// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/analysisresult.h"

#include <QList>

// What the quote panel's list shows of each statement that takes a pass over its renderings: the
// similarities the comparison shows (PieceSimilarity), the lowest of them, the number of outlets and the
// speaker's kind. Built once per result, in one pass, by whoever has the time: the document builds it on a
// worker when an analysis arrives, so that showing a large result does not recompute it on the GUI thread.
struct StatementTable {
    QList<QList<double>> similarity; // per statement, parallel to its quotes
    QList<double> minSimilarity; // per statement; 1 without renderings
    QList<int> outletCount; // per statement: distinct outlets among the renderings
    QList<SpeakerKind> speakerKind; // per statement, as StatementModel::SpeakerKindRole says it

    static StatementTable build(const AnalysisResult &result);
};
