// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "quotes/statement.h"
#include "quotes/textnormalizer.h"

// The multi-witness alignment of a statement's renderings, collation style: every rendering is aligned
// word by word against the reference (the fullest rendering) with free end gaps, so partial quotes sit
// where they belong; words the reference lacks get insertion columns between its words, in rendering
// order. Words compare by their normalised keys, so punctuation, case and spelling never move a word,
// and the result does not depend on the order in which articles were loaded, only on the reference.
// O(n·m) time per rendering; against a long reference (1,000 words or more) a rendering is aligned only
// within a window around the places of its rarer words there, so that its time grows with its own words.
// What is kept of each rendering is the size of its own words. The table of
// cells (renderings times columns) keeps within 8 cells per word of the renderings, or a million: where
// renderings insert more than that allows, a rendering's further words in one gap share that gap's last
// column, and where even one column per word and gap is too many (thousands of short renderings of a long
// passage), runs of neighbouring columns become one. No word is lost; a cell may then hold several.
class Aligner
{
public:
    // One rendering: its text (alive while aligning) and its keyed words.
    struct Rendering {
        QStringView text;
        std::vector<KeyedWord> words;
        static Rendering of(QStringView text) { return { text, TextNormalizer::keyedWords(text) }; }
    };

    struct Result {
        QList<AlignmentColumn> columns; // cells parallel to the renderings
        QList<double> similarity; // per rendering against the reference, 0..1
    };

    // The rendering with the most words; ties go to the first.
    static int fullest(const QList<Rendering> &renderings);
    static Result align(const QList<Rendering> &renderings, int reference);
};
