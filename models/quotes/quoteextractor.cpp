// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "quotes/quoteextractor.h"

#include "language/characters.h"
#include "language/quotemarks.h"

#include <algorithm>

namespace
{
// Longest single-quoted passage inside a narrative sentence taken as a quotation; longer ones are
// apostrophes that happened to pair. A single quote that opens its paragraph or follows a colon may be longer.
constexpr int MaxSingleQuoteLength = 300;
// Longest passage inside one paragraph taken as a quotation: a news paragraph quotes a few sentences, and
// marks paired over thousands of characters are strays in source code or a page that is one long line.
constexpr int MaxQuoteLength = 3000;

// Characters of program text that a quoted remark does not hold: braces and backticks.
bool codeLike(QStringView passage)
{
    return std::any_of(passage.cbegin(), passage.cend(), [](QChar c) { return c == u'{' || c == u'}' || c == u'`'; });
}

// The inside of the marks without surrounding space and without the trailing comma or colon that
// American punctuation puts inside the marks.
TextSpan trimmed(const QString &text, TextSpan span)
{
    while (span.start < span.end && text.at(span.start).isSpace())
        ++span.start;
    while (span.end > span.start) {
        const QChar c = text.at(span.end - 1);
        if (!(c.isSpace() || c == u',' || c == u';' || c == u':'))
            break;
        --span.end;
    }
    return span;
}

bool hasWord(const QString &text, TextSpan span)
{
    for (int i = span.start; i < span.end; ++i) {
        if (text.at(i).isLetterOrNumber())
            return true;
    }
    return false;
}

bool coveredByBoilerplate(const Article &article, TextSpan span)
{
    return std::any_of(
        article.boilerplate.cbegin(), article.boilerplate.cend(), [span](TextSpan b) { return b.contains(span); });
}

int firstNonSpace(const QString &text, TextSpan span)
{
    int i = span.start;
    while (i < span.end && text.at(i).isSpace())
        ++i;
    return i;
}
}

QuoteExtractor::QuoteExtractor(const Article &article, Family family)
    : m_article(article)
    , m_family(family)
{
}

QList<ExtractedQuote> QuoteExtractor::extract(const Article &article)
{
    QuoteExtractor doubles(article, Family::Double);
    for (int p = 0; p < article.paragraphs.size(); ++p)
        doubles.paragraph(p);
    QuoteExtractor singles(article, Family::Single);
    for (const ExtractedQuote &q : std::as_const(doubles.m_found))
        singles.m_doubles.append(q.outer());
    for (int p = 0; p < article.paragraphs.size(); ++p)
        singles.paragraph(p);

    QList<ExtractedQuote> found = doubles.m_found + singles.m_found;
    std::sort(found.begin(), found.end(),
        [](const ExtractedQuote &a, const ExtractedQuote &b) { return a.outer().start < b.outer().start; });
    QList<ExtractedQuote> result;
    for (const ExtractedQuote &q : std::as_const(found)) {
        if (article.isBoilerplate(q.span))
            continue;
        // Nested quotes are part of the quote around them.
        if (!result.isEmpty() && result.constLast().outer().contains(q.outer()))
            continue;
        ExtractedQuote kept = q;
        kept.headline = article.isHeading(q.span);
        result.append(kept);
    }
    return result;
}

QList<int> QuoteExtractor::marks(TextSpan para) const
{
    const QString &text = m_article.text();
    QList<int> out;
    if (m_family == Family::Double) {
        for (int i = para.start; i < para.end; ++i) {
            if (Characters::isDoubleQuote(text.at(i)))
                out.append(i);
        }
        return out;
    }
    // Double quotes are sorted by position: walk them alongside.
    auto inside = std::lower_bound(
        m_doubles.cbegin(), m_doubles.cend(), para.start, [](const TextSpan &s, int pos) { return s.end <= pos; });
    for (int i = para.start; i < para.end; ++i) {
        if (!Characters::isSingleQuote(text.at(i)) || QuoteMarks::isApostrophe(text, i, para.start, para.end))
            continue;
        while (inside != m_doubles.cend() && inside->end <= i)
            ++inside;
        if (inside != m_doubles.cend() && inside->contains(i))
            continue; // nested in a double quote
        out.append(i);
    }
    return out;
}

// A quote that may run on to its paragraph's end unclosed: double marks always (the convention of
// multi-paragraph quotes); single marks only where a quotation is expected, since a stray single mark
// is more often an apostrophe: at the paragraph's start or after a colon or comma.
bool QuoteExtractor::mayRunOn(int open, TextSpan para) const
{
    if (m_family == Family::Double)
        return true;
    const QString &text = m_article.text();
    if (open == firstNonSpace(text, para))
        return true;
    int i = open - 1;
    while (i > para.start && text.at(i).isSpace())
        --i;
    return i >= para.start && (text.at(i) == u':' || text.at(i) == u',');
}

int QuoteExtractor::lastSentenceEnd(int from, int before) const
{
    const TextSpans &sentences = m_article.sentences;
    auto it = std::upper_bound(
        sentences.cbegin(), sentences.cend(), before, [](int pos, const TextSpan &s) { return pos < s.end; });
    while (it != sentences.cbegin()) {
        --it;
        if (it->end <= from)
            return -1;
        if (it->end <= before)
            return it->end;
    }
    return -1;
}

int QuoteExtractor::sentenceStart(int pos, int notBefore) const
{
    const TextSpans &sentences = m_article.sentences;
    auto it = std::upper_bound(
        sentences.cbegin(), sentences.cend(), pos, [](int p, const TextSpan &s) { return p < s.end; });
    const int start = it != sentences.cend() && it->start <= pos ? it->start : notBefore;
    return std::max(start, notBefore);
}

// Whether the text between two marks may be a quotation: not longer than a paragraph of speech, not program text.
bool QuoteExtractor::quotesWords(int from, int to) const
{
    return to - from <= MaxQuoteLength && !codeLike(QStringView(m_article.text()).mid(from, to - from));
}

void QuoteExtractor::add(int open, int close, TextSpan span, int paragraph, bool continues)
{
    ExtractedQuote q;
    q.span = trimmed(m_article.text(), span);
    q.open = open;
    q.close = close;
    q.paragraph = paragraph;
    q.single = m_family == Family::Single;
    q.continuesPrevious = continues;
    if (hasWord(m_article.text(), q.span))
        m_found.append(q);
}

void QuoteExtractor::paragraph(int index)
{
    const QString &text = m_article.text();
    const TextSpan para = m_article.paragraphs.at(index);
    // A caption between two quote paragraphs does not end the quote.
    if (coveredByBoilerplate(m_article, para))
        return;
    const QList<int> ms = marks(para);
    const auto canOpen = [&](int m) { return QuoteMarks::canOpen(text, m, para.start, para.end); };
    const auto canClose = [&](int m) { return QuoteMarks::canClose(text, m, para.start, para.end); };
    int k = 0;
    bool continuing = false;
    int after = para.start; // where text not yet inside a quote starts
    if (m_carried) {
        m_carried = false;
        if (!ms.isEmpty()) {
            const int first = ms.constFirst();
            const bool reopens = first == firstNonSpace(text, para) && canOpen(first);
            if (!reopens && canClose(first)) {
                add(-1, first, { para.start, first }, index, true);
                after = first + 1;
                k = 1;
            } else {
                continuing = reopens;
            }
        }
    }
    int open = -1;
    for (; k < ms.size(); ++k) {
        const int m = ms.at(k);
        if (open < 0) {
            if (canOpen(m)) {
                open = m;
            } else if (m_family == Family::Double) {
                // “…” And the rest of the sentence.” — a closing mark the writer never opened.
                add(-1, m, { sentenceStart(m, after), m }, index, false);
                after = m + 1;
            }
            continue;
        }
        if (!canClose(m)) {
            // The earlier quote was never closed: it ends with the last sentence before this one opens.
            const int end = lastSentenceEnd(open + 1, m);
            if (quotesWords(open + 1, end >= 0 ? end : m))
                add(open, -1, { open + 1, end >= 0 ? end : m }, index, continuing);
            continuing = false;
            open = m;
            continue;
        }
        if (!quotesWords(open + 1, m)) {
            // The opening mark was a stray: this one may open the next quote.
            open = canOpen(m) ? m : -1;
            continuing = false;
            continue;
        }
        if (m_family == Family::Double || m - open <= MaxSingleQuoteLength || mayRunOn(open, para))
            add(open, m, { open + 1, m }, index, continuing);
        continuing = false;
        open = -1;
        after = m + 1;
    }
    if (open >= 0 && mayRunOn(open, para) && quotesWords(open + 1, para.end)) {
        add(open, -1, { open + 1, para.end }, index, continuing);
        m_carried = true;
    }
}
