// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/statementevents.h"

#include "analysis/analysisresult.h"

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

StatementEvents::StatementEvents(const AnalysisResult &result)
    : m_result(result)
    , m_mentions(result.corpus.articles.size())
{
    for (int e = 0; e < result.events.size(); ++e) {
        for (const EventMention &m : result.events.at(e).mentions) {
            if (m.article >= 0 && m.article < m_mentions.size())
                m_mentions[m.article].append({ m.span, e });
        }
    }
}

void StatementEvents::eventsNear(int article, const QList<TextSpan> &spans, QList<int> &out) const
{
    if (article < 0 || article >= m_mentions.size())
        return;
    // An article holds tens of mentions: a scan is cheaper than a tree.
    for (const MentionAt &m : m_mentions.at(article)) {
        if (std::any_of(spans.cbegin(), spans.cend(), [&](TextSpan span) { return span.overlaps(m.span); }))
            out.append(m.event);
    }
}

QStringList StatementEvents::eventsFor(const QString &statementId) const
{
    const int s = m_result.statementIndex(statementId);
    if (s < 0)
        return {};
    QList<int> events;
    QList<TextSpan> spans;
    for (const QString &quoteId : m_result.statements.at(s).quotes) {
        const int q = m_result.quoteIndex(quoteId);
        if (q < 0)
            continue;
        spans.clear();
        addQuoteSpans(m_result, m_result.quotes.at(q), spans);
        eventsNear(m_result.quotes.at(q).article, spans, events);
    }
    std::sort(events.begin(), events.end());
    events.erase(std::unique(events.begin(), events.end()), events.end());
    QStringList ids;
    ids.reserve(events.size());
    for (int e : std::as_const(events))
        ids.append(m_result.events.at(e).id);
    return ids;
}

QDate StatementEvents::saidOn(const QString &statementId) const
{
    const int s = m_result.statementIndex(statementId);
    return s < 0 ? QDate() : saidOn(m_result.statements.at(s));
}

QDate StatementEvents::saidOn(const Statement &statement) const
{
    QList<int> events;
    for (const QString &quoteId : statement.quotes) {
        const int q = m_result.quoteIndex(quoteId);
        if (q >= 0 && !m_result.quotes.at(q).cueSpan.isEmpty())
            eventsNear(m_result.quotes.at(q).article, { m_result.quotes.at(q).cueSpan }, events);
    }
    QDate said;
    for (int e : std::as_const(events)) {
        const QDate start = m_result.events.at(e).start;
        if (start.isValid() && (!said.isValid() || start < said))
            said = start;
    }
    return said;
}
