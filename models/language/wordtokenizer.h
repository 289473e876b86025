// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/textspan.h"

#include <QList>
#include <QString>

#include <array>

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

// One word as WordTokenizer::scanWord reads it, with what callers derive their flags from.
struct WordExtent {
    qsizetype end = 0; // after the word, and after an abbreviation dot it keeps
    qsizetype next = 0; // where reading goes on: after a possessive "'s" that was cut
    bool possessive = false; // "'s" cut from the word
    bool letter = false; // some word character is a letter
    bool lower = false; // some letter is lower-case
    bool allUpper = false; // every word character is an upper-case letter ("F16" is not)
};

// The one word splitter: attribution reads its tokens, the event scanner its words (scanWord), and quote
// alignment and the rendering diff split words with wordEnd(), so they all agree on where a word ends and
// what an apostrophe, a possessive or an abbreviation dot is.
class WordTokenizer
{
public:
    enum ScanOption : quint8 {
        NoOption = 0,
        // "U.S.", "HotNews.ro": dots between letters, and the last of single letters and dots, stay in the word.
        KeepAbbreviationDots = 1 << 0,
        // "mid-March": a prefix of dates/part-prefixes before a hyphen is a word of its own.
        SplitPartPrefixes = 1 << 1,
    };

    // The word that starts at `start`, a word character: word characters, the apostrophes and hyphens that
    // join them (joinsWord()), and with the options dots or not and prefixes or not. A possessive "'s" ends
    // the word and is cut. Inline for a word of ASCII letters that ends at a space or a mark no rule reads,
    // most words of most texts.
    static WordExtent scanWord(QStringView text, qsizetype start, quint8 options);
    // Whether the apostrophe at `i` begins a possessive "'s" that ends a word ("Kim’s", "2019's").
    static bool possessiveAt(QStringView text, qsizetype i);
    // Whether the mark at `i`, after a word that ends in "s", is the apostrophe of a plural possessive
    // ("leaders' talks"), not one that joins a word.
    static bool pluralPossessiveAt(QStringView text, qsizetype i);

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

private:
    // scanWord() from `i` on, with the classes (WordTokenizerTables) of the characters before it seen.
    static WordExtent scanWordRest(QStringView text, qsizetype start, qsizetype i, quint8 seen, quint8 options);
    static WordExtent extent(qsizetype end, quint8 seen);
};

// ASCII characters by class, for the loop every character of every article goes through.
namespace WordTokenizerTables
{
// NotUpper: a word character that is not an upper-case letter.
enum AsciiClass : quint8 { WordChar = 1, Letter = 2, Lower = 4, NotUpper = 8 };

inline constexpr std::array<quint8, 128> asciiClasses = [] {
    std::array<quint8, 128> t {};
    for (int c = 0; c < 128; ++c) {
        if (c >= 'a' && c <= 'z')
            t[c] = WordChar | Letter | Lower | NotUpper;
        else if (c >= 'A' && c <= 'Z')
            t[c] = WordChar | Letter;
        else if (c >= '0' && c <= '9')
            t[c] = WordChar | NotUpper;
    }
    return t;
}();
}

inline WordExtent WordTokenizer::extent(qsizetype end, quint8 seen)
{
    using namespace WordTokenizerTables;
    WordExtent w;
    w.end = w.next = end;
    w.letter = seen & Letter;
    w.lower = seen & Lower;
    w.allUpper = !(seen & NotUpper);
    return w;
}

inline WordExtent WordTokenizer::scanWord(QStringView text, qsizetype start, quint8 options)
{
    using namespace WordTokenizerTables;
    const char16_t *d = text.utf16();
    const qsizetype end = text.size();
    quint8 seen = 0;
    qsizetype i = start;
    while (i < end && d[i] < 0x80 && (asciiClasses[d[i]] & WordChar)) {
        seen |= asciiClasses[d[i]];
        ++i;
    }
    // Only an apostrophe, a hyphen, a dot or a character beyond ASCII can make the word go on.
    if (i > start && (i >= end || (d[i] < 0x80 && d[i] != u'\'' && d[i] != u'-' && d[i] != u'.')))
        return extent(i, seen);
    return scanWordRest(text, start, i, seen, options);
}
