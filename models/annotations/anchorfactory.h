// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/analysisresult.h"
#include "annotations/annotation.h"

// Anchors for the places an analyst annotates from: a text selection, a quote, every rendering
// of a statement (or one column of its alignment), an event's mentions. Roles default to the
// article's outlet; a statement's reference rendering is called "reference".
namespace AnchorFactory
{
AnnotationAnchor fromSelection(const AnalysisResult &result, int articleIndex, TextSpan span);
std::optional<AnnotationAnchor> fromQuote(const AnalysisResult &result, const QString &quoteId);
// One anchor per rendering; `column` >= 0 marks the alignment column the discrepancy is in.
QList<AnnotationAnchor> fromStatement(const AnalysisResult &result, const QString &statementId, int column = -1);
QList<AnnotationAnchor> fromEvent(const AnalysisResult &result, int eventIndex);
}
