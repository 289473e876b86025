// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringView>
#include <QtGlobal>

#include <algorithm>
#include <cstddef>

// What the event pipeline needs to know about one English word. The lists are general news vocabulary
// (calendar words, tense markers, happening verbs and nouns), nothing taken from any particular story.
namespace Lexicon
{
enum class Unit : quint8 { None, Hour, Day, Week, Weekend, Month, Year, Decade, PartOfDay };

// Words that shift or anchor a date.
enum class Rel : quint8 {
    None,
    Last, // last, past
    Next, // next, coming
    This, // this, current (with a unit)
    Previous, // previous, preceding, prior
    Following, // following, subsequent
    Earlier,
    Later,
    Ago,
    Since,
    Same,
    That,
    Before,
    After,
    Ahead,
    Recently,
    Present, // currently, ongoing, underway, now
    Today,
    Yesterday,
    Tomorrow,
};

enum class Tense : quint8 { None, Past, Present, Future };

// Families of happenings: mentions merge only when their families meet.
enum Family : quint16 {
    NoFamily = 0,
    Meeting = 1 << 0, // summit, met, talks
    Visit = 1 << 1, // visit, tour, trip, crossed
    WeaponTest = 1 << 2, // test-fired, launched (with a weapon word)
    Conflict = 1 << 3, // war, attack, exercises
    Agreement = 1 << 4, // signed, treaty, deal
    Office = 1 << 5, // took office, elected, inaugurated
    Ouster = 1 << 6, // ousted, impeached, resigned
    Decree = 1 << 7, // declared martial law
    Speech = 1 << 8, // speech, address, told the legislature
    Statement = 1 << 9, // said, mentioned: only with a time in the clause
    Incident = 1 << 10, // crashed, died, killed, protest
};

enum Flag : quint32 {
    Stop = 1u << 0, // function word: never part of a name
    Title = 1u << 1, // president, leader, minister: precedes a name, is not one
    PlacePreposition = 1u << 2, // in, at, to, into, off, over, near
    WeaponWord = 1u << 3, // missile, rocket: makes "launched" a weapon test
    AudienceWord = 1u << 4, // legislature, parliament: makes "told" a speech
    DecreeObject = 1u << 5, // law, emergency: makes "declared" a decree
    ClauseBreak = 1u << 6, // after, before, when, while, which, who, but
    Plural = 1u << 7, // trigger nouns in the plural ("tests", "summits")
    Noun = 1u << 8, // trigger word is a noun (can be referred back to: "the meeting")
    Demonstrative = 1u << 9, // the, this, that, these
    WeakTrigger = 1u << 10, // only with a time in its own clause
    NeedsObject = 1u << 11, // trigger only with its companion word (took office, set foot, shake hands)
    Vague = 1u << 12, // several, many, multiple: a count that is not a number
    Geographic = 1u << 13, // coast, waters, border: heads a descriptive place ("off its western coast")
    Modal = 1u << 14, // may, might, could: "May" lower-case is not a month
    Direction = 1u << 15, // western, northern: part of a descriptive place
    Temporal = 1u << 16, // can start a temporal expression: the scanner tries its patterns only here
    Intent = 1u << 17, // willing, hopes, plans: what follows is wished for, not done
    Negation = 1u << 18, // no, not, never, without
    Pronoun = 1u << 19, // he, she, they: a sentence that goes on about someone already named
};

struct WordInfo {
    quint32 flags = 0;
    quint16 family = NoFamily;
    quint8 month = 0; // 1..12
    quint8 weekday = 0; // 1..7, Monday first
    qint8 count = 0; // number words: one..twelve; "a"/"an" = 1
    quint8 part = 0; // 1 early, 2 mid, 3 late
    quint8 season = 0; // 1 spring, 2 summer, 3 autumn, 4 winter
    Unit unit = Unit::None;
    Rel rel = Rel::None;
    Tense tense = Tense::None;

    bool has(Flag f) const { return flags & f; }
};

// The entry for a word, case-insensitive (apostrophes normalised); nullptr for unknown words.
const WordInfo *lookup(QStringView word);

// A literal usable as a template argument, so that w<u"of">() looks its word up once per program.
template<std::size_t N>
struct Literal {
    char16_t text[N];
    constexpr Literal(const char16_t (&s)[N]) { std::copy_n(s, N, text); }
};

// The entry of a fixed word, for comparing tokens by identity: `token.word == Lexicon::w<u"of">()`.
template<Literal L>
const WordInfo *w()
{
    static const WordInfo *const entry = lookup(QStringView(L.text, qsizetype(sizeof(L.text) / sizeof(char16_t) - 1)));
    return entry;
}

// The category shown as the timeline's default lane for a set of families.
const char *categoryOf(quint16 families);
}
