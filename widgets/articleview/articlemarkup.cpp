// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "articleview/articlemarkup.h"

#include <algorithm>

namespace
{
template<typename Mark>
const Mark *innermostAt(const QList<Mark> &marks, int pos, TextSpan Mark::*member)
{
    const Mark *best = nullptr;
    for (const Mark &m : marks) {
        const TextSpan span = m.*member;
        if (span.start > pos)
            break;
        if (span.contains(pos) && (!best || span.length() < (best->*member).length()))
            best = &m;
    }
    return best;
}
}

const ArticleMarkup::QuoteMark *ArticleMarkup::quoteAt(int pos) const
{
    return innermostAt(quotes, pos, &QuoteMark::span);
}

const ArticleMarkup::MentionMark *ArticleMarkup::mentionAt(int pos) const
{
    return innermostAt(mentions, pos, &MentionMark::span);
}

void MentionIndex::build(const AnalysisResult &result)
{
    m_byArticle.clear();
    m_byArticle.resize(result.corpus.articles.size());
    for (int e = 0; e < result.events.size(); ++e) {
        const QList<EventMention> &mentions = result.events.at(e).mentions;
        for (int m = 0; m < mentions.size(); ++m) {
            const int article = mentions.at(m).article;
            if (article >= 0 && article < m_byArticle.size())
                m_byArticle[article].append({ e, m });
        }
    }
}

MentionIndex MentionIndex::ofArticle(const AnalysisResult &result, int article)
{
    MentionIndex index;
    if (article < 0 || article >= result.corpus.articles.size())
        return index;
    index.m_byArticle.resize(article + 1);
    QList<Ref> &refs = index.m_byArticle[article];
    for (int e = 0; e < result.events.size(); ++e) {
        const QList<EventMention> &mentions = result.events.at(e).mentions;
        for (int m = 0; m < mentions.size(); ++m) {
            if (mentions.at(m).article == article)
                refs.append({ e, m });
        }
    }
    return index;
}

const QList<MentionIndex::Ref> &MentionIndex::forArticle(int article) const
{
    static const QList<Ref> none;
    return article >= 0 && article < m_byArticle.size() ? m_byArticle.at(article) : none;
}

ArticleMarkup buildArticleMarkup(const AnalysisResult &result, const MentionIndex &mentions, int article)
{
    ArticleMarkup markup;
    if (article < 0 || article >= result.corpus.articles.size())
        return markup;
    const Article &a = result.corpus.articles.at(article);
    markup.boilerplate = a.boilerplate;
    markup.headings = a.headings;

    // Quotes are ordered by article, so the article's quotes are one contiguous run.
    const auto first = std::lower_bound(result.quotes.cbegin(), result.quotes.cend(), article,
        [](const Quote &q, int index) { return q.article < index; });
    for (auto it = first; it != result.quotes.cend() && it->article == article; ++it)
        markup.quotes.append({ it->span, it->speaker, it->statement, it->id });

    for (const MentionIndex::Ref &ref : mentions.forArticle(article)) {
        const Event &event = result.events.at(ref.event);
        const EventMention &m = event.mentions.at(ref.mention);
        markup.mentions.append({ m.span, m.timex.span, event.id, ref.event });
    }
    const auto byStart = [](const auto &x, const auto &y) { return x.span.start < y.span.start; };
    std::sort(markup.quotes.begin(), markup.quotes.end(), byStart);
    std::sort(markup.mentions.begin(), markup.mentions.end(), byStart);
    return markup;
}
