// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "quotes/quoteextractor.h"

#include "quotes/quotemarks.h"

#include <algorithm>

namespace
{
// Longest single-quoted passage taken as a quotation; longer ones are apostrophes that happened to pair.
constexpr int MaxSingleQuoteLength = 300;

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

void append(const Article &article, ExtractedQuote q, QList<ExtractedQuote> &out)
{
    q.span = trimmed(article.text, q.span);
    if (!hasWord(article.text, q.span))
        return;
    out.append(q);
}
}

QList<ExtractedQuote> QuoteExtractor::extract(const Article &article)
{
    QList<ExtractedQuote> found;
    bool carried = false;
    for (int p = 0; p < article.paragraphs.size(); ++p) {
        const TextSpan para = article.paragraphs.at(p);
        // A caption between two quote paragraphs does not end the quote.
        if (coveredByBoilerplate(article, para))
            continue;
        extractDouble(article, p, carried, found);
    }
    for (int p = 0; p < article.paragraphs.size(); ++p)
        extractSingle(article, p, found);

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

void QuoteExtractor::extractDouble(const Article &article, int paragraph, bool &carried, QList<ExtractedQuote> &out)
{
    const QString &text = article.text;
    const TextSpan para = article.paragraphs.at(paragraph);
    QList<int> marks;
    for (int i = para.start; i < para.end; ++i) {
        if (QuoteMarks::isDouble(text.at(i)))
            marks.append(i);
    }
    int k = 0;
    bool continuing = false;
    if (carried) {
        carried = false;
        if (!marks.isEmpty()) {
            const int first = marks.constFirst();
            int lead = para.start;
            while (lead < para.end && text.at(lead).isSpace())
                ++lead;
            const bool reopens = first == lead && QuoteMarks::canOpen(text, first, para.start, para.end);
            if (!reopens && QuoteMarks::canClose(text, first, para.start, para.end)) {
                ExtractedQuote q;
                q.span = { para.start, first };
                q.close = first;
                q.paragraph = paragraph;
                q.continuesPrevious = true;
                append(article, q, out);
                k = 1;
            } else {
                continuing = reopens;
            }
        }
    }
    int open = -1;
    for (; k < marks.size(); ++k) {
        const int m = marks.at(k);
        if (open < 0) {
            if (QuoteMarks::canOpen(text, m, para.start, para.end))
                open = m;
            continue;
        }
        if (!QuoteMarks::canClose(text, m, para.start, para.end)) {
            open = m; // the earlier opening mark was never closed
            continue;
        }
        ExtractedQuote q;
        q.span = { open + 1, m };
        q.open = open;
        q.close = m;
        q.paragraph = paragraph;
        q.continuesPrevious = continuing;
        continuing = false;
        append(article, q, out);
        open = -1;
    }
    if (open >= 0) {
        ExtractedQuote q;
        q.span = { open + 1, para.end };
        q.open = open;
        q.paragraph = paragraph;
        q.continuesPrevious = continuing;
        append(article, q, out);
        carried = true;
    }
}

void QuoteExtractor::extractSingle(const Article &article, int paragraph, QList<ExtractedQuote> &out)
{
    const QString &text = article.text;
    const TextSpan para = article.paragraphs.at(paragraph);
    const auto insideDouble = [&out](int pos) {
        return std::any_of(
            out.cbegin(), out.cend(), [pos](const ExtractedQuote &q) { return !q.single && q.outer().contains(pos); });
    };
    int open = -1;
    for (int i = para.start; i < para.end; ++i) {
        if (!QuoteMarks::isSingle(text.at(i)) || QuoteMarks::isApostrophe(text, i, para.start, para.end))
            continue;
        const QuoteMarks::Direction dir = QuoteMarks::direction(text, i, para.start, para.end);
        if (open < 0) {
            if (dir == QuoteMarks::Direction::Opening && !insideDouble(i))
                open = i;
            continue;
        }
        if (dir == QuoteMarks::Direction::Opening) {
            open = insideDouble(i) ? -1 : i;
            continue;
        }
        if (i - open <= MaxSingleQuoteLength) {
            ExtractedQuote q;
            q.span = { open + 1, i };
            q.open = open;
            q.close = i;
            q.paragraph = paragraph;
            q.single = true;
            append(article, q, out);
        }
        open = -1;
    }
}
