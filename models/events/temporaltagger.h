// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "corpus/article.h"
#include "events/datemath.h"
#include "events/scantoken.h"
#include "events/timex.h"
#include "language/dategrammar.h"

#include <QList>

// Finds temporal expressions in an article's sentences and normalises them to date ranges. Absolute dates
// stand on their own; relative ones are resolved against the publication date ("last month") or the date
// last mentioned ("the following day", "of that year"). Without a publication date, relative expressions
// stay unresolved with a low confidence. A hand-written scanner over tokens, for speed.
class TemporalTagger
{
public:
    struct Match {
        Timex timex;
        int first = 0; // token range [first, last)
        int last = 0;
        bool vague = false; // "recently", "in the years since": never an anchor for later expressions
        bool present = false; // the article's own present: "currently", "ongoing", "now"
        bool leansOnEvent = false; // "just hours before <an event>": that event is a reference, not news
        int placeFirst = -1; // "Tarsis 2018": the name just before a bare year, token range
        int placeLast = -1;
    };

    // `reliability` scales the confidence of what is resolved against `published` (1 for a stated date).
    TemporalTagger(const QDate &published, QStringView text, const ScanTokens &tokens, double reliability = 1.0);
    TemporalTagger(const Article &article, const ScanTokens &tokens);

    // Tags the sentence of tokens [begin, end) in `paragraph`; appends its matches in text order.
    void tagSentence(int begin, int end, int paragraph, QList<Match> &out);

    bool hasPublicationDate() const { return m_published.isValid(); }
    int unresolvedCount() const { return m_unresolved; }

    // Every expression of an article, in text order (for tests and tools).
    static QList<Timex> tagArticle(const Article &article);

    // The publication date relative expressions may use: none when it is only a guess from the text.
    static QDate referenceDate(const Article &article);
    // How far that date can be trusted: 1 when stated, less when taken from the corpus' dated articles.
    static double referenceReliability(const Article &article);

private:
    using Tense = Lexicon::Tense;
    using Unit = Lexicon::Unit;

    bool matchAt(int i, Match &m);
    // The date DateGrammar read at token `i` (a number or a month), by its form.
    bool matchDate(int i, const CalendarDate &d, Match &m);
    bool matchIso(int i, const CalendarDate &d, Match &m);
    bool matchPart(int i, Match &m);
    bool matchShiftedPart(int first, int j, int part, Match &m);
    bool matchCalendarDay(int i, const CalendarDate &d, Match &m);
    bool resolveMonthDay(int first, int j, int month, int day, int lastDay, Match &m);
    // The month date `d` read at token `i`; the expression starts at token `first`, a part phrase before it
    // when `part` is not 0.
    bool matchMonth(int first, int i, const CalendarDate &d, Match &m, int part);
    bool matchSeason(int i, Match &m);
    bool matchYears(int i, Match &m);
    bool matchBareYear(int i, Match &m);
    bool matchShifted(int i, Match &m);
    bool matchAnchored(int i, Match &m);
    bool matchTheWeekend(int i, Match &m);
    bool matchAgo(int i, Match &m);
    bool matchSince(int i, Match &m);
    bool matchJustBefore(int i, Match &m);
    bool matchDeictic(int i, Match &m);
    bool matchWeekday(int i, Match &m);

    // ScanToken access within the current sentence: nullptr outside it.
    const ScanToken *at(int i) const { return i >= m_begin && i < m_end ? &m_tokens[size_t(i)] : nullptr; }
    bool isWord(int i, const Lexicon::WordInfo *w) const;
    int monthAt(int i) const; // a month name (capitalised, or an abbreviation with a dot): 1..12 or 0
    // The date DateGrammar reads from token `i` on, within the sentence.
    std::optional<CalendarDate> dateAt(int i) const;
    qsizetype sentenceEnd() const { return m_tokens[size_t(m_end - 1)].end; }
    // The token after a date that ends at `offset`, or -1 when that is inside a token.
    int tokenAfter(int first, qsizetype offset) const;
    // The token that starts at `offset`, or -1.
    int tokenAt(int first, qsizetype offset) const;
    int yearAt(int i) const; // four-digit year or 0
    int countAt(int i) const; // "two", "2", "a": 1.. or 0
    int thatYear(int i) const; // "of that year", "that year": tokens consumed or 0
    static constexpr int NoShift = 100;
    int yearShiftAt(int i) const; // "(of) last year" -1, "next year" +1, "this year" 0, else NoShift
    Tense tenseOf(int j) const; // the tense the word at token j marks, or None
    Tense tenseAround(int first, int last) const;
    bool anchorUsable() const;

    void setAbsolute(
        Match &m, int first, int last, DateMath::Range r, DatePrecision p, const QString &value, double confidence);
    void setFromPublication(Match &m, int first, int last, DateMath::Range r, DatePrecision p, const QString &value,
        const QString &unresolvedValue, double confidence);
    void setFromAnchor(Match &m, int first, int last, DateMath::Range r, DatePrecision p, const QString &value,
        const QString &unresolvedValue, double confidence);
    void finish(Match &m, int first, int last);

    QDate m_published;
    double m_reliability = 1.0;
    QStringView m_text;
    const ScanTokens &m_tokens;
    int m_begin = 0;
    int m_end = 0;
    int m_sentence = -1;
    int m_paragraph = -1;
    Timex m_anchor;
    int m_anchorSentence = -100;
    int m_anchorParagraph = -1;
    int m_unresolved = 0;
};
