// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "quotepanel/differenceanchors.h"

#include "annotations/anchorfactory.h"
#include "presentation/comparisonhtml.h"

TextSpan DifferenceAnchors::spanOf(
    const AnalysisResult &result, const StatementComparison &comparison, int rendering, int firstColumn, int lastColumn)
{
    const RenderingView &r = comparison.renderings.at(rendering);
    if (r.article < 0 || r.article >= result.corpus.articles.size())
        return {};
    const QString &article = result.corpus.articles.at(r.article).text();
    // The cells hold the rendering's words in order: find them one by one in its quote.
    const QString quote = article.mid(r.span.start, r.span.length());
    qsizetype at = 0;
    int start = -1;
    int end = -1;
    for (int c = 0; c <= lastColumn && c < comparison.columns.size(); ++c) {
        const QString cell = comparison.columns.at(c).cells.value(rendering);
        const QStringList words = cell.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        for (const QString &word : words) {
            const qsizetype found = quote.indexOf(word, at);
            if (found < 0)
                return {};
            at = found + word.size();
            if (c >= firstColumn) {
                start = start < 0 ? int(found) : start;
                end = int(at);
            }
        }
    }
    if (start < 0)
        return {};
    return { r.span.start + start, r.span.start + end };
}

QList<AnnotationAnchor> DifferenceAnchors::forColumns(const AnalysisResult &result,
    const StatementComparison &comparison, const QList<int> &renderings, int firstColumn, int lastColumn)
{
    QList<AnnotationAnchor> anchors;
    for (int rendering : renderings) {
        if (rendering < 0 || rendering >= comparison.renderings.size())
            continue;
        const RenderingView &r = comparison.renderings.at(rendering);
        if (r.article < 0)
            continue;
        TextSpan span = spanOf(result, comparison, rendering, firstColumn, lastColumn);
        if (span.isEmpty())
            span = r.span;
        AnnotationAnchor anchor = AnchorFactory::fromSelection(result, r.article, span);
        anchor.role = r.outlet + ComparisonHtml::renderingNumber(comparison, rendering);
        anchor.target.quoteId = r.quoteId;
        anchor.target.statementId = comparison.statementId;
        anchor.target.alignmentColumn = firstColumn;
        anchors.append(anchor);
    }
    return anchors;
}

AnnotationCategory DifferenceAnchors::categoryFor(CellMark mark)
{
    switch (mark) {
    case CellMark::Insertion:
        return AnnotationCategory::WordsAdded;
    case CellMark::Omission:
        return AnnotationCategory::WordsOmitted;
    case CellMark::Substitution:
    case CellMark::Reordering:
    case CellMark::Normalisation:
        return AnnotationCategory::WordingChanged;
    default:
        return AnnotationCategory::Other;
    }
}
