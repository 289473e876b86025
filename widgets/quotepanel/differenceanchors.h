// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annotations/annotation.h"
#include "presentation/renderingdiff.h"

#include <QList>

// Anchors for a discrepancy seen in the quote panel, made in one step: each rendering's own words in the
// alignment columns where they differ, named by its outlet (numbered when the outlet renders the
// statement more than once).
namespace DifferenceAnchors
{
// The words `rendering` has in alignment columns [firstColumn, lastColumn], as a span of its article
// (UTF-16); empty when it has none there or they cannot be found in its quote.
TextSpan spanOf(const AnalysisResult &result, const StatementComparison &comparison, int rendering, int firstColumn,
    int lastColumn);
// One anchor per rendering in `renderings`: its words in the columns, or, where it has none (an omission),
// its whole quote. Each carries the quote, the statement and the first column.
QList<AnnotationAnchor> forColumns(const AnalysisResult &result, const StatementComparison &comparison,
    const QList<int> &renderings, int firstColumn, int lastColumn);
// The annotation category a kind of difference suggests.
AnnotationCategory categoryFor(CellMark mark);
}
