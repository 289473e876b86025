// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "quotes/attribution/articletokens.h"

#include "language/attributionlexicon.h"

#include <algorithm>

namespace
{
// Index of the span in sorted `spans` that contains `pos`, or -1; `hint` walks forward as positions grow.
int spanIndex(const TextSpans &spans, int pos, int &hint)
{
    while (hint < spans.size() && spans.at(hint).end <= pos)
        ++hint;
    return hint < spans.size() && spans.at(hint).contains(pos) ? hint : -1;
}
}

ArticleTokens::ArticleTokens(const Article &article)
    : m_article(article)
    , m_tokens(WordTokenizer::tokenize(article.text()))
{
    const int n = size();
    m_paragraph.resize(n);
    m_sentence.resize(n);
    m_zone.resize(n);
    m_classes.resize(n);
    // Written through pointers: QList's operator[] asks whether to detach at every token.
    int *paragraph = m_paragraph.data();
    int *sentence = m_sentence.data();
    Zone *zone = m_zone.data();
    quint32 *classes = m_classes.data();
    // Hints into the paragraphs, sentences, headings and boilerplate, walking forward with the tokens.
    int p = 0;
    int s = 0;
    int h = 0;
    int b = 0;
    for (int i = 0; i < n; ++i) {
        const WordToken &t = m_tokens.at(i);
        const int pos = t.start;
        classes[i] = t.word ? AttributionLexicon::wordClasses(QStringView(article.text()).mid(pos, t.end - pos)) : 0;
        paragraph[i] = spanIndex(article.paragraphs, pos, p);
        sentence[i] = spanIndex(article.sentences, pos, s);
        if (spanIndex(article.boilerplate, pos, b) >= 0)
            zone[i] = Zone::Boilerplate;
        else if (spanIndex(article.headings, pos, h) >= 0)
            zone[i] = Zone::Heading;
        else
            zone[i] = Zone::Body;
    }
    // Runs of one paragraph and of one sentence in it, found once so that no caller walks a long paragraph.
    m_sentenceFirst.resize(n);
    m_sentenceLast.resize(n);
    m_paragraphFirst.resize(n);
    m_paragraphLast.resize(n);
    int *sentenceFirst = m_sentenceFirst.data();
    int *sentenceLast = m_sentenceLast.data();
    int *paragraphFirst = m_paragraphFirst.data();
    int *paragraphLast = m_paragraphLast.data();
    for (int i = 0; i < n; ++i) {
        const bool newParagraph = i == 0 || paragraph[i - 1] != paragraph[i];
        paragraphFirst[i] = newParagraph ? i : paragraphFirst[i - 1];
        sentenceFirst[i] = newParagraph || sentence[i - 1] != sentence[i] ? i : sentenceFirst[i - 1];
    }
    for (int i = n - 1; i >= 0; --i) {
        const bool lastOfParagraph = i == n - 1 || paragraph[i + 1] != paragraph[i];
        paragraphLast[i] = lastOfParagraph ? i : paragraphLast[i + 1];
        sentenceLast[i] = lastOfParagraph || sentence[i + 1] != sentence[i] ? i : sentenceLast[i + 1];
    }
}

QStringView ArticleTokens::text(int first, int last) const
{
    const int start = m_tokens.at(first).start;
    return QStringView(m_article.text()).mid(start, m_tokens.at(last).end - start);
}

bool ArticleTokens::sameWord(QStringView text, QStringView word)
{
    for (qsizetype k = 0; k < text.size(); ++k) {
        char16_t a = text.at(k).unicode();
        char16_t b = word.at(k).unicode();
        if (a >= 0x80 || b >= 0x80)
            return text.compare(word, Qt::CaseInsensitive) == 0;
        a = a >= u'A' && a <= u'Z' ? char16_t(a + 32) : a;
        b = b >= u'A' && b <= u'Z' ? char16_t(b + 32) : b;
        if (a != b)
            return false;
    }
    return true;
}

bool ArticleTokens::isPunct(int i, QChar c) const
{
    if (i < 0 || i >= size() || m_tokens.at(i).word)
        return false;
    return m_article.text().at(m_tokens.at(i).start) == c;
}

int ArticleTokens::tokenAt(int pos) const
{
    const auto it = std::lower_bound(
        m_tokens.cbegin(), m_tokens.cend(), pos, [](const WordToken &t, int p) { return t.start < p; });
    return int(it - m_tokens.cbegin());
}

std::pair<int, int> ArticleTokens::range(TextSpan span) const
{
    int last = tokenAt(span.end);
    return { tokenAt(span.start), last };
}

void ArticleTokens::markQuoted(TextSpan span)
{
    const auto [first, last] = range(span);
    for (int i = first; i < last; ++i)
        m_tokens[i].inQuote = true;
}
