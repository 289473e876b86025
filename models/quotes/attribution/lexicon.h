// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "quotes/attribution/wordset.h"

// The closed word classes of English news prose that the quote rules rely on. General language only:
// no names of people, places or outlets.
namespace Lexicon
{
// The classes below as bits, so that a token's memberships are looked up once (ArticleTokens::has).
enum WordClass : quint32 {
    SpeechVerb = 1u << 0,
    ReportingVerb = 1u << 1,
    Title = 1u << 2,
    TitleModifier = 1u << 3,
    Honorific = 1u << 4,
    OrganisationWord = 1u << 5,
    PlaceWord = 1u << 6,
    GroupNoun = 1u << 7,
    FunctionWord = 1u << 8,
    VerbFiller = 1u << 9,
    PersonPronoun = 1u << 10,
    PersonNoun = 1u << 11,
    LabelCue = 1u << 12,
    StopWord = 1u << 13,
    FemaleWord = 1u << 14,
    MaleWord = 1u << 15,
    FemaleFirstName = 1u << 16,
    MaleFirstName = 1u << 17,
};

// Every class `word` belongs to, in one look-up.
quint32 wordClasses(QStringView word);

// Verbs that introduce or attribute speech, every inflection ("said", "told", "insisting", "according").
const WordSet &speechVerbs();
// Speech verbs whose subject is typically a medium, not a speaker ("reported", "wrote").
const WordSet &reportingVerbs();
// Offices and roles that precede or describe a person ("president", "minister", "leader", "professor").
const WordSet &titles();
// Words that may stand before a title as part of a role ("former", "deputy", "foreign", "state").
const WordSet &titleModifiers();
// Courtesy titles ("mr", "dr").
const WordSet &honorifics();
// Last words of organisation names ("agency", "news", "times", "university").
const WordSet &organisationWords();
// Words that make a capitalised sequence a place or a region ("north", "united", "peninsula", "zone").
const WordSet &placeWords();
// Nouns after a name that make the name a modifier, not a person ("administration", "regime").
const WordSet &groupNouns();
// Determiners, prepositions, conjunctions and sentence adverbs that start sentences capitalised.
const WordSet &functionWords();
// Adverbs and auxiliaries that may stand between a subject and its speech verb.
const WordSet &verbFillers();
// Subject pronouns that can stand for a person speaker.
const WordSet &personPronouns();
// Common nouns for people used in descriptions ("the billionaire", "the spokesman").
const WordSet &personNouns();
// Words before a quote that make it a label rather than someone's words ("so-called", "a").
const WordSet &labelCues();
// Words too common to tell statements apart.
const WordSet &stopWords();
// Titles, honorifics and nouns that tell a woman ("mrs", "queen", "chairwoman") or a man ("mr", "king").
const WordSet &femaleWords();
const WordSet &maleWords();
// Common given names that are clearly a woman's or a man's across English and European usage; names also used
// for the other sex, as family names or as ordinary words are left out. Weak evidence, used last.
const WordSet &femaleFirstNames();
const WordSet &maleFirstNames();
}
