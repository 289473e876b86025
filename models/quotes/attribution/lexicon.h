// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "quotes/attribution/wordset.h"

// The closed word classes of English news prose that the quote rules rely on. General language only:
// no names of people, places or outlets.
namespace Lexicon
{
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
}
