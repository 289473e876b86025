// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/textspan.h"

#include <QString>

// Sentence boundaries by ICU's sentence rules with the "standard" abbreviation suppressions, plus
// the abbreviations ICU misses ("Dr.", "Sen.", "No. 5", "U.S. Army").
class SentenceBreaker
{
public:
    // ICU reads a span only around its inner terminators, each from its word to the next letter,
    // since no other part holds a boundary (a sentence costs a few characters instead of all); or
    // it reads all of it: the reference the first is tested against.
    enum class Scan { BetweenTerminators, WholeSpan };

    // The sentences of `span` in `text`, trimmed of surrounding spaces, appended to `out`.
    static void split(const QString &text, TextSpan span, TextSpans &out, Scan scan = Scan::BetweenTerminators);
};
