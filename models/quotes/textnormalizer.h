// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/textspan.h"

#include <QList>
#include <QString>

#include <vector>

// A word of a quote as displayed (with the punctuation that follows it) and as compared.
struct NormalizedWord {
    TextSpan span; // the word and its trailing punctuation, into the quote text
    QString display;
    QString key; // for comparison only
};

// A word of a quote for the tight loops: where it is, and its key as a number.
struct KeyedWord {
    TextSpan span; // the word and its trailing punctuation, into the quote text
    uint key = 0; // hash of NormalizedWord::key, the same in every run
};

// Folds a quote's words for comparison, never for display: case, accents, apostrophes and quote
// marks, contractions ("I am" and "I’m" compare equal), British and American spellings (-ise/-ize,
// -our/-or, -tre/-ter, -ogue/-og, -ence/-ense, doubled l) and inflection (denuclearising,
// denuclearizing and denuclearization share a stem).
class TextNormalizer
{
public:
    static QList<NormalizedWord> words(QStringView text);
    static QStringList keys(QStringView text);
    static std::vector<KeyedWord> keyedWords(QStringView text);
    // One word's key, without contraction merging.
    static QString fold(QStringView word);
};
