// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/analysisresult.h"

#include <QList>

#include <atomic>

// What the quote panel's list shows of each statement that takes a pass over its renderings: the
// similarities the comparison shows (PieceSimilarity), the lowest of them, the number of outlets and the
// speaker's kind. Each can be worked out for one statement (what the rows on screen need) or for all of
// them at once on a worker (what sorting needs); both give the same values.
struct StatementTable {
    QList<QList<double>> similarity; // per statement, parallel to its quotes
    QList<double> minSimilarity; // per statement; 1 without renderings
    QList<int> outletCount; // per statement: distinct outlets among the renderings
    QList<SpeakerKind> speakerKind; // per statement, as StatementModel::SpeakerKindRole says it

    // Every statement's; stops early (leaving the table short) once `cancel` is set.
    static StatementTable build(const AnalysisResult &result, const std::atomic_bool *cancel = nullptr);
    bool isComplete(const AnalysisResult &result) const { return speakerKind.size() == result.statements.size(); }

    static QList<double> similarityOf(const AnalysisResult &result, const Statement &statement);
    static double lowest(const QList<double> &similarity);
    static int outletCountOf(const AnalysisResult &result, const Statement &statement);
    // Organisation when a rendering credits the statement's speaker as one, else person when one does.
    static SpeakerKind speakerKindOf(const AnalysisResult &result, const Statement &statement);
};
