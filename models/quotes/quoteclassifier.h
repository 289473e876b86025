// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "quotes/quote.h"
#include "quotes/quoteextractor.h"

// Tells statements from words woven into reported speech and from labels:
// direct — a clause or sentence set off from the narrative ("Yes, I would," he said);
// fragment — a few words inside a narrative sentence (he has “fond memories” of …), nicknames too;
// term — a single quoted word, or a short label after "a"/"so-called" (the port as a ‘strategic asset’).
class QuoteClassifier
{
public:
    static QuoteKind classify(const Article &article, const ExtractedQuote &quote);

    // The span as shown for `kind`: a fragment or term does not keep the sentence's final full stop.
    static TextSpan displaySpan(const Article &article, const ExtractedQuote &quote, QuoteKind kind);
};
