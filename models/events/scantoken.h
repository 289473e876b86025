// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "events/lexicon.h"
#include "language/characters.h"

#include <QStringView>

#include <vector>

// One word, number or punctuation mark of an article, as the event pipeline sees it.
struct ScanToken {
    enum Kind : quint8 { Word, Number, Punct };
    enum Flag : quint8 {
        Capitalized = 1 << 0,
        Possessive = 1 << 1, // "Halvorsen's": the 's is not part of the token
        Ordinal = 1 << 2, // "12th"
        Decade = 1 << 3, // "1990s"
        Grouped = 1 << 4, // "2,000": a quantity, not a year
        AllCaps = 1 << 5, // "DMZ", "U"
        SpaceBefore = 1 << 6,
    };

    int start = 0; // UTF-16 offsets into the article text
    int end = 0;
    Kind kind = Punct;
    quint8 flags = 0;
    char16_t punct = 0; // the mark, for Punct tokens
    int number = -1; // the value of a Number token (-1 when too long)
    int digits = 0; // how many digits a Number token has
    const Lexicon::WordInfo *word = nullptr; // lexicon entry of a Word token

    bool is(Flag f) const { return flags & f; }
    bool isWord() const { return kind == Word; }
    bool isPunct(char16_t c) const { return kind == Punct && punct == c; }
    bool isDash() const { return kind == Punct && (Characters::isHyphen(punct) || Characters::isDash(punct)); }
    bool has(Lexicon::Flag f) const { return word && word->has(f); }
    // The token's characters in the text it was read from.
    QStringView textIn(QStringView text) const { return text.mid(start, end - start); }
    // A four-digit number that can be a year.
    bool isYear() const
    {
        return kind == Number && digits == 4 && !(flags & Grouped) && number >= 1000 && number <= 2199;
    }
};

using ScanTokens = std::vector<ScanToken>;

// Splits text into tokens; appends to `out`. Fast: one pass, no allocation per token.
namespace ScanTokenizer
{
void tokenize(QStringView text, int offset, ScanTokens &out);
}
