// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/textspan.h"

#include <QList>
#include <QString>

// A word or a single punctuation character of an article text. Words keep inner apostrophes
// ("haven't"), hyphens ("Jean-Luc") and abbreviation dots ("U.S."); a trailing "'s" is cut off
// and remembered as `possessive` (it is "is" after a pronoun, which callers know).
struct WordToken {
    int start = 0;
    int end = 0;
    bool word = false;
    bool upper = false; // starts with an upper-case letter
    bool allCaps = false; // two or more letters, none lower-case
    bool possessive = false;
    bool inQuote = false; // set by callers for tokens inside a quotation

    TextSpan span() const { return { start, end }; }
};

// A number as written in news text: digits, thousands groups ("2,000"), an ordinal suffix ("12th") or the
// "s" of a decade ("1990s").
struct WrittenNumber {
    qsizetype end = 0; // after the digits and the suffix
    int value = -1; // -1 when longer than nine digits
    int digits = 0;
    bool grouped = false;
    bool ordinal = false;
    bool decade = false;
};

// The one word splitter: attribution reads its tokens, and quote alignment and the rendering diff split words
// with wordEnd(), so they all agree on where a word ends.
class WordTokenizer
{
public:
    // Tokens of `text` within `range`, positions absolute; with `maxWords` >= 0, those up to and including the
    // maxWords-th word only (a caller that counts words to a threshold need not split the rest).
    static QList<WordToken> tokenize(const QString &text, TextSpan range, qsizetype maxWords = -1);
    static QList<WordToken> tokenize(const QString &text) { return tokenize(text, { 0, int(text.size()) }); }

    // Whether the character at `i`, after a word character, joins the word to what follows: an apostrophe
    // before a letter ("don't", "O’Neill"), a hyphen before a letter or digit ("test-fired", "F-16").
    static bool joinsWord(QStringView text, qsizetype i);
    // The end of the word that starts at `start`: word characters (Characters::isWordChar) and the
    // apostrophes and hyphens that join them. Tokens also take abbreviation dots ("U.S.") and cut a
    // possessive "'s"; this does neither.
    static qsizetype wordEnd(QStringView text, qsizetype start);
    // The number that starts at `start`, an ASCII digit.
    static WrittenNumber number(QStringView text, qsizetype start);
};
