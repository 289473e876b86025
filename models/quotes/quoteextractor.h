// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "corpus/article.h"

#include <QList>

// One quotation as found in the text, before classification and attribution.
struct ExtractedQuote {
    TextSpan span; // the words inside the marks
    int open = -1; // position of the opening mark; -1 when it carries on from the previous paragraph or has none
    int close = -1; // position of the closing mark; -1 when the quote is never closed
    int paragraph = -1; // index into Article::paragraphs
    bool single = false; // single quotation marks
    bool headline = false;
    // The paragraph carries on a quote the previous paragraph left open, with or without a new opening mark.
    bool continuesPrevious = false;

    // The quote including its marks.
    TextSpan outer() const { return { open >= 0 ? open : span.start, close >= 0 ? close + 1 : span.end }; }
};

// Finds quotations: straight, curly, low-high and angle marks, double and single, mismatched pairs, quotes
// running over paragraphs (each paragraph opening a mark, only the last closing), quotes never closed (to the
// paragraph's end, or to the last sentence before the next quote opens), a closing mark without an opening
// one (from its sentence's start); apostrophes are not marks. Quotes nested in another quote belong to it;
// quotes in boilerplate are skipped. Marks paired over more than a long paragraph's length or around program
// text (braces, backticks) are strays, not a quotation.
class QuoteExtractor
{
public:
    static QList<ExtractedQuote> extract(const Article &article);

private:
    enum class Family { Double, Single };

    QuoteExtractor(const Article &article, Family family);
    void paragraph(int index);
    QList<int> marks(TextSpan para) const;
    bool mayRunOn(int open, TextSpan para) const;
    int lastSentenceEnd(int from, int before) const;
    int sentenceStart(int pos, int notBefore) const;
    bool quotesWords(int from, int to) const;
    void add(int open, int close, TextSpan span, int paragraph, bool continues);

    const Article &m_article;
    const Family m_family;
    QList<ExtractedQuote> m_found;
    QList<TextSpan> m_doubles; // outer spans of double quotes, for single marks nested in them
    bool m_carried = false; // the previous paragraph ended inside a quote
};
