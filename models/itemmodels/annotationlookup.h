// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/analysisresult.h"
#include "annotations/annotation.h"

#include <QHash>

// How many annotations touch each quote, statement and event of one analysis, for the item models'
// AnnotationCountRole (views paint marks from it). An annotation touches what an anchor of it was
// made from (quote, statement, event) and what its anchored text overlaps (a quote's span, an event
// mention's span); orphaned anchors touch nothing. Keyed by index into the result's lists; only
// touched items are stored, so a change is told to the views for those rows alone.
struct AnnotationLookup {
    QHash<int, int> quotes; // AnalysisResult::quotes index -> annotations
    QHash<int, int> statements; // AnalysisResult::statements index -> distinct annotations on it or a rendering
    QHash<int, int> events; // AnalysisResult::events index -> distinct annotations on it or a mention

    static AnnotationLookup build(const AnalysisResult &result, const QList<Annotation> &annotations);

    int quote(int index) const { return quotes.value(index); }
    int statement(int index) const { return statements.value(index); }
    int event(int index) const { return events.value(index); }
};
