// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringView>
#include <QtGlobal>

#include <algorithm>
#include <cstddef>

// What the event pipeline needs to know about one English word, read from the word lists of
// models/language/data/events/ and dates/: general news vocabulary (calendar words, tense markers,
// happening verbs and nouns), nothing taken from any particular story.
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

// Kinds of happening, by what happened rather than by the word that tells it ("fired", "ousted" and "removed" are
// one kind): mentions merge only when their kinds meet. A word may tell of several kinds ("struck": an attack or an
// accident); the clause around it decides the event's category.
enum Family : quint32 {
    NoFamily = 0,
    Meeting = 1u << 0, // summit, met, talks
    Visit = 1u << 1, // visit, tour, trip, crossed
    WeaponTest = 1u << 2, // test-fired, launched (with a weapon word)
    Conflict = 1u << 3, // war, attack, invasion, exercises
    Agreement = 1u << 4, // signed, treaty, deal
    Office = 1u << 5, // took office, appointed, hired, named as, joined
    Ouster = 1u << 6, // ousted, fired, dismissed, removed, impeached
    Decree = 1u << 7, // declared martial law
    Speech = 1u << 8, // speech, address, briefing, news conference, interview
    Statement = 1u << 9, // said, posted, wrote, letter: only with a time in the clause
    Incident = 1u << 10, // crashed, exploded, protest
    Resignation = 1u << 11, // resigned, quit, stepped down
    Uprising = 1u << 12, // mutiny, rebellion, coup
    Capture = 1u << 13, // seized, captured, took control, withdrew
    Election = 1u << 14, // election, vote, poll, referendum, nominations
    Accident = 1u << 15, // collapsed, collided, rammed, crash
    Disaster = 1u << 16, // earthquake, flood, storm, wildfire
    Casualty = 1u << 17, // killed, died, injured
    Rescue = 1u << 18, // search, rescue, bodies recovered
    Halt = 1u << 19, // suspended, called off, ended, cancelled, reversed
    Legal = 1u << 20, // charged, arrested, sentenced, lawsuit, ruling
    Business = 1u << 21, // invested, acquired, launched a product, released
    Founding = 1u << 22, // founded, opened, established
    Alert = 1u << 23, // mayday, distress call
    Return = 1u << 24, // returned as, reinstated: back in a post held before, not a new appointment
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
    BodyWord = 1u << 20, // bodies, remains, wreckage: makes "found" a recovery
    Ambiguous = 1u << 21, // "fired", "launched": a weapon word nearby makes it a weapon test, else its other kinds
    // Words that say which field a story is in, for the category of happenings that occur in any field
    // (an ouster, an agreement, a halt): "company", "minister", "troops", "court", "ship".
    Site = 1u << 27, // city, airport, base: makes "captured", "seized" a military capture
    ImageWord = 1u << 28, // photo, picture, grab: "A screen grab … shows …" is a caption, not reporting
    ReactionCue = 1u << 29, // "in response to", "in the wake of", "following": what follows is reacted to
    Dangling = 1u << 30, // of, to, the, and: a label taken from the text never ends on one
    Press = 1u << 31, // reporters, journalists: an audience that makes "told" a press appearance
    BusinessCue = 1u << 22,
    PoliticsCue = 1u << 23,
    MilitaryCue = 1u << 24,
    LegalCue = 1u << 25,
    DisasterCue = 1u << 26,
};

struct WordInfo {
    quint32 flags = 0;
    quint32 family = NoFamily;
    quint16 lemma = 0; // trigger words: index of the base form (Lexicon::lemma), 0 for none
    quint8 month = 0; // 1..12
    quint8 weekday = 0; // 1..7, Monday first
    qint8 count = 0; // number words: one..twelve; "a"/"an" = 1
    quint8 part = 0; // 1 early, 2 mid, 3 late
    quint8 partNoun = 0; // "the … of": 1 beginning, start; 2 middle; 3 end
    quint8 season = 0; // 1 spring, 2 summer, 3 autumn, 4 winter
    quint8 possessive = 0; // determiners naming an owner: 1 a person's ("his", "their"), 2 a thing's ("its")
    Unit unit = Unit::None;
    Rel rel = Rel::None;
    Tense tense = Tense::None;

    bool has(Flag f) const { return flags & f; }
    bool isPersonalPossessive() const { return possessive == 1; }
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

// The base form of a trigger word ("fire" for "fired", "collapse" for "collapsed"), empty for other words.
QStringView lemma(const WordInfo *word);
}
