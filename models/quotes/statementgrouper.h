// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QtGlobal>

#include <cstdint>
#include <span>

// What the grouper needs to know about one quote. Its word lists are views: the caller keeps them (all quotes' in
// one array, say) until group() returns.
struct GroupInput {
    std::span<const int> words; // normalised word ids in text order
    int speaker = -1; // canonical speaker id; -1 unknown
    // With no speaker, the subject word of the speech verb nearest it in its sentence ("the report said",
    // "one nurse told"), as an id; -1 when no speech verb stands there.
    int source = -1;
    bool fragment = false; // a fragment or term: it joins a statement rather than founding one
    bool groupable = true; // false for an uncredited one-word term: not a statement, joins nothing
    bool term = false; // a label: a statement only when it renders part of another quote
    qint64 sentence = -1; // corpus-wide id of the sentence it sits in; -1 when unknown
    qint64 cue = -1; // corpus-wide id of the speech verb that credits it; -1 when none
    int article = -1;
    bool headline = false; // in its article's headline, which sums up what the article quotes
    qint64 paragraph = -1; // corpus-wide id of its paragraph, consecutive within an article; -1 for headlines
    bool isParagraph = false; // nothing but the quote and its marks in its paragraph
    bool opensParagraph = false; // nothing but its mark before it in its paragraph
    bool runsOn = false; // runs to the end of its paragraph unclosed: the next paragraph's quote goes on with it
    // A question put to the speaker comes between the quote before and this one, in this one's sentence ("When
    // asked about the fares, she said “…”"): this answers it, a new turn rather than more of the quote before.
    bool answers = false;
    std::span<const int> content; // its distinct word ids that carry meaning (no function words), sorted
};

// Groups quotes that render one original utterance. Candidates come from an inverted index of word
// bigrams, never from comparing all pairs; a pair joins when most of the smaller one's words and
// bigrams occur in the larger one and the speakers agree (or one is unknown; near-identical wording
// joins even across speakers, which the caller reports as a conflict). Full quotes are grouped by
// union-find; fragments then join the best statement containing them (so a fragment never bridges
// two statements), else group among themselves; rewordings and credited words join next, then a lone
// fragment joins a statement quoted beside it in the same sentence by the same speaker. Last, the pieces of one remark
// quoted in turn in one article join (see joinContinuations), and so do an uncredited quote and the uncredited
// fragments after it in its paragraph. Input order must be a stable order, each article's quotes together in text
// order: ties go to the earlier quote.
class StatementGrouper
{
public:
    // The group of each quote as the index of its first member; -1 for quotes in no statement.
    static QList<int> group(const QList<GroupInput> &quotes);

    struct Overlap {
        int sharedWords = 0;
        int sharedBigrams = 0;
        int minWords = 0;
        int minBigrams = 0;
    };
    // Overlap of two sorted, de-duplicated word and bigram sets.
    static Overlap overlap(std::span<const int> wordsA, std::span<const int> bigramsA, std::span<const int> wordsB,
        std::span<const int> bigramsB);
    // Whether an overlap is enough for one statement; `sameSpeaker` false means both are known and differ.
    static bool similar(const Overlap &o, bool sameSpeaker);
};
