// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringView>

// The closed word classes of English news prose that speaker attribution relies on, read from
// models/language/data/attribution/. General language only: no names of people, places or outlets.
namespace AttributionLexicon
{
// One bit per list, so that a token's memberships are looked up once (ArticleTokens::has).
enum WordClass : quint32 {
    SpeechVerb = 1u << 0, // speech-verbs.txt
    ReportingVerb = 1u << 1, // reporting-verbs.txt
    Title = 1u << 2, // titles.txt
    TitleModifier = 1u << 3, // title-modifiers.txt
    Honorific = 1u << 4, // honorifics.txt
    OrganisationWord = 1u << 5, // organisation-words.txt
    PlaceWord = 1u << 6, // place-words.txt
    GroupNoun = 1u << 7, // group-nouns.txt
    FunctionWord = 1u << 8, // function-words.txt
    VerbFiller = 1u << 9, // verb-fillers.txt
    PersonPronoun = 1u << 10, // person-pronouns.txt
    PersonNoun = 1u << 11, // person-nouns.txt
    LabelCue = 1u << 12, // label-cues.txt
    StopWord = 1u << 13, // stop-words.txt
    FemaleWord = 1u << 14, // female-words.txt
    MaleWord = 1u << 15, // male-words.txt
    FemaleFirstName = 1u << 16, // female-first-names.txt
    MaleFirstName = 1u << 17, // male-first-names.txt
    NameParticle = 1u << 18, // name-particles.txt
    AbbreviatedTitle = 1u << 19, // abbreviated-titles.txt
    TimeWord = 1u << 20, // time-words.txt
    SpeakingBody = 1u << 21, // speaking-bodies.txt
    ContinuingVerb = 1u << 22, // continuing-verbs.txt
    DocumentNoun = 1u << 23, // document-nouns.txt
    DocumentReader = 1u << 24, // document-readers.txt
    CompanyNoun = 1u << 25, // company-nouns.txt
    SpeechNoun = 1u << 26, // speech-nouns.txt
};

// Every class `word` belongs to, in one look-up, case-insensitive.
quint32 wordClasses(QStringView word);
// `word` belongs to one of the classes in `classes`.
inline bool has(QStringView word, quint32 classes)
{
    return wordClasses(word) & classes;
}
}
