// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotations/anchorfactory.h"

#include "annotations/anchorresolver.h"
#include "core/translation.h"

PARALLAX_NAMESPACE_TR(AnchorFactory)

namespace
{
QString roleOf(const Article &article)
{
    return article.outlet.isEmpty() ? article.id : article.outlet;
}
}

AnnotationAnchor AnchorFactory::fromSelection(const AnalysisResult &result, int articleIndex, TextSpan span)
{
    const Article &article = result.corpus.articles.at(articleIndex);
    return { roleOf(article), AnchorResolver::makeTarget(article, span) };
}

std::optional<AnnotationAnchor> AnchorFactory::fromQuote(const AnalysisResult &result, const QString &quoteId)
{
    const int i = result.quoteIndex(quoteId);
    if (i < 0)
        return std::nullopt;
    const Quote &q = result.quotes.at(i);
    AnnotationAnchor anchor = fromSelection(result, q.article, q.span);
    anchor.target.quoteId = q.id;
    anchor.target.statementId = q.statement;
    return anchor;
}

QList<AnnotationAnchor> AnchorFactory::fromStatement(
    const AnalysisResult &result, const QString &statementId, int column)
{
    QList<AnnotationAnchor> anchors;
    const int s = result.statementIndex(statementId);
    if (s < 0)
        return anchors;
    const Statement &statement = result.statements.at(s);
    for (const QString &quoteId : statement.quotes) {
        std::optional<AnnotationAnchor> anchor = fromQuote(result, quoteId);
        if (!anchor)
            continue;
        anchor->target.statementId = statement.id;
        anchor->target.alignmentColumn = column;
        if (quoteId == statement.reference)
            anchor->role = tr("reference") + QStringLiteral(" (") + anchor->role + QLatin1Char(')');
        anchors.append(*anchor);
    }
    return anchors;
}

QList<AnnotationAnchor> AnchorFactory::fromEvent(const AnalysisResult &result, int eventIndex)
{
    QList<AnnotationAnchor> anchors;
    if (eventIndex < 0 || eventIndex >= result.events.size())
        return anchors;
    const Event &event = result.events.at(eventIndex);
    for (const EventMention &m : event.mentions) {
        AnnotationAnchor anchor = fromSelection(result, m.article, m.span);
        anchor.target.eventId = event.id;
        anchors.append(anchor);
    }
    return anchors;
}
