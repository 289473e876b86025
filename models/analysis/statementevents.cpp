// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/statementevents.h"

#include "analysis/analysisresult.h"

#include <QHash>

#include <algorithm>

namespace
{
// The quote's span plus every sentence of its article that it overlaps (sentences are sorted).
void addQuoteSpans(const AnalysisResult &result, const Quote &quote, QList<TextSpan> &spans)
{
    spans.append(quote.span);
    if (quote.article < 0 || quote.article >= result.corpus.articles.size())
        return;
    const TextSpans &sentences = result.corpus.articles.at(quote.article).sentences;
    auto it = std::lower_bound(sentences.cbegin(), sentences.cend(), quote.span.start,
        [](TextSpan sentence, int pos) { return sentence.end <= pos; });
    for (; it != sentences.cend() && it->start < quote.span.end; ++it) {
        if (it->overlaps(quote.span))
            spans.append(*it);
    }
}
}

QStringList StatementEvents::eventsFor(const AnalysisResult &result, const QString &statementId)
{
    const int s = result.statementIndex(statementId);
    if (s < 0)
        return {};
    // Spans to look in, per article index.
    QHash<int, QList<TextSpan>> near;
    for (const QString &quoteId : result.statements.at(s).quotes) {
        const int q = result.quoteIndex(quoteId);
        if (q >= 0)
            addQuoteSpans(result, result.quotes.at(q), near[result.quotes.at(q).article]);
    }
    QStringList ids;
    for (const Event &event : result.events) {
        const bool hit = std::any_of(event.mentions.cbegin(), event.mentions.cend(), [&](const EventMention &m) {
            const auto spans = near.constFind(m.article);
            return spans != near.cend()
                && std::any_of(spans->cbegin(), spans->cend(), [&](TextSpan span) { return span.overlaps(m.span); });
        });
        if (hit)
            ids.append(event.id);
    }
    return ids;
}

QDate StatementEvents::saidOn(const AnalysisResult &result, const QString &statementId)
{
    const int s = result.statementIndex(statementId);
    if (s < 0)
        return {};
    QHash<int, QList<TextSpan>> cues;
    for (const QString &quoteId : result.statements.at(s).quotes) {
        const int q = result.quoteIndex(quoteId);
        if (q >= 0 && !result.quotes.at(q).cueSpan.isEmpty())
            cues[result.quotes.at(q).article].append(result.quotes.at(q).cueSpan);
    }
    QDate said;
    for (const Event &event : result.events) {
        if (!event.start.isValid() || (said.isValid() && event.start >= said))
            continue;
        const bool hit = std::any_of(event.mentions.cbegin(), event.mentions.cend(), [&](const EventMention &m) {
            const auto spans = cues.constFind(m.article);
            return spans != cues.cend()
                && std::any_of(spans->cbegin(), spans->cend(), [&](TextSpan cue) { return cue.overlaps(m.span); });
        });
        if (hit)
            said = event.start;
    }
    return said;
}
