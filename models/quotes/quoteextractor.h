// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "corpus/article.h"

#include <QList>

// One quotation as found in the text, before classification and attribution.
struct ExtractedQuote {
    TextSpan span; // the words inside the marks
    int open = -1; // position of the opening mark; -1 when the quote carries on from the previous paragraph
    int close = -1; // position of the closing mark; -1 when the paragraph ends inside the quote
    int paragraph = -1; // index into Article::paragraphs
    bool single = false; // single quotation marks
    bool headline = false;
    // The paragraph carries on a quote the previous paragraph left open, with or without a new opening mark.
    bool continuesPrevious = false;

    // The quote including its marks.
    TextSpan outer() const { return { open >= 0 ? open : span.start, close >= 0 ? close + 1 : span.end }; }
};

// Finds quotations: straight, curly, low-high and angle marks, mismatched pairs, quotes running
// over paragraphs, single-quoted words and nicknames; apostrophes are not marks. Quotes nested in
// another quote belong to it; quotes in boilerplate are skipped.
class QuoteExtractor
{
public:
    static QList<ExtractedQuote> extract(const Article &article);

private:
    static void extractDouble(const Article &article, int paragraph, bool &carried, QList<ExtractedQuote> &out);
    static void extractSingle(const Article &article, int paragraph, QList<ExtractedQuote> &out);
};
