// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "itemmodels/annotationlookup.h"

#include <QSet>

#include <algorithm>

namespace
{
struct AnchoredSpan {
    TextSpan span;
    int annotation;
};

QHash<int, int> sizes(const QHash<int, QSet<int>> &sets)
{
    QHash<int, int> counts;
    counts.reserve(sets.size());
    for (auto it = sets.cbegin(); it != sets.cend(); ++it)
        counts.insert(it.key(), int(it->size()));
    return counts;
}
}

AnnotationLookup AnnotationLookup::build(const AnalysisResult &result, const QList<Annotation> &annotations)
{
    AnnotationLookup lookup;
    if (annotations.isEmpty())
        return lookup;
    // The anchored spans by article index, and the analysis objects anchors were made from.
    QHash<QString, int> articleIndex;
    for (int i = 0; i < result.corpus.articles.size(); ++i)
        articleIndex.insert(result.corpus.articles.at(i).id, i);
    QHash<int, QList<AnchoredSpan>> spans;
    QHash<QString, QSet<int>> byQuote;
    QHash<QString, QSet<int>> byStatement;
    QHash<QString, QSet<int>> byEvent;
    for (int a = 0; a < annotations.size(); ++a) {
        for (const AnnotationAnchor &anchor : annotations.at(a).anchors) {
            if (anchor.state == AnchorState::Orphaned)
                continue;
            const AnnotationTarget &t = anchor.target;
            const int article = articleIndex.value(t.articleId, -1);
            if (article >= 0 && t.position.isValid() && t.position.end > t.position.start)
                spans[article].append({ { t.position.start, t.position.end }, a });
            if (!t.quoteId.isEmpty())
                byQuote[t.quoteId].insert(a);
            if (!t.statementId.isEmpty())
                byStatement[t.statementId].insert(a);
            if (!t.eventId.isEmpty())
                byEvent[t.eventId].insert(a);
        }
    }
    const auto touching = [&spans](int article, TextSpan span, QSet<int> &into) {
        const auto it = spans.constFind(article);
        if (it == spans.cend())
            return;
        for (const AnchoredSpan &s : *it) {
            if (s.span.overlaps(span))
                into.insert(s.annotation);
        }
    };

    // Quotes are ordered by article: look only at the articles with anchors.
    QHash<int, QSet<int>> quotes;
    const auto byArticle = [](const Quote &q, int article) { return q.article < article; };
    for (auto it = spans.cbegin(); it != spans.cend(); ++it) {
        auto q = std::lower_bound(result.quotes.cbegin(), result.quotes.cend(), it.key(), byArticle);
        for (; q != result.quotes.cend() && q->article == it.key(); ++q) {
            QSet<int> found;
            touching(q->article, q->span, found);
            if (!found.isEmpty())
                quotes[int(q - result.quotes.cbegin())].unite(found);
        }
    }
    for (auto it = byQuote.cbegin(); it != byQuote.cend(); ++it) {
        const int q = result.quoteIndex(it.key());
        if (q >= 0)
            quotes[q].unite(*it);
    }

    QHash<int, QSet<int>> statements;
    if (!quotes.isEmpty() || !byStatement.isEmpty()) {
        QHash<QString, int> statementIndex;
        for (int i = 0; i < result.statements.size(); ++i)
            statementIndex.insert(result.statements.at(i).id, i);
        for (auto it = quotes.cbegin(); it != quotes.cend(); ++it) {
            const int s = statementIndex.value(result.quotes.at(it.key()).statement, -1);
            if (s >= 0)
                statements[s].unite(*it);
        }
        for (auto it = byStatement.cbegin(); it != byStatement.cend(); ++it) {
            const int s = statementIndex.value(it.key(), -1);
            if (s >= 0)
                statements[s].unite(*it);
        }
    }

    QHash<int, QSet<int>> events;
    for (int e = 0; e < result.events.size(); ++e) {
        const Event &event = result.events.at(e);
        QSet<int> found = byEvent.value(event.id);
        for (const EventMention &m : event.mentions)
            touching(m.article, m.span, found);
        if (!found.isEmpty())
            events.insert(e, found);
    }

    lookup.quotes = sizes(quotes);
    lookup.statements = sizes(statements);
    lookup.events = sizes(events);
    return lookup;
}
