// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "events/scantoken.h"

#include <QStringList>

// Finds the arguments of a happening in a stretch of a sentence: where it took place, who took part, and a
// checkable detail ("two hypersonic missiles"). Heuristics on capitalisation and prepositions, no gazetteer.
class ArgumentFinder
{
public:
    struct Place {
        QString text; // "Tarsis", "Belmar, Keldoria", "Demilitarized Zone (DMZ)", "off the western coast"
        int first = -1; // token range [first, last) of the name itself
        int last = -1;
        bool isValid() const { return !text.isEmpty(); }
    };

    // `begin`..`end` is the sentence: arguments never reach beyond it.
    ArgumentFinder(QStringView text, const ScanTokens &tokens, int begin, int end);

    // The place in [from, to), the one after `trigger` first.
    Place place(int from, int to, int trigger) const;
    // Capitalised names in [from, to) that are not the place: people, states, organisations.
    QStringList participants(int from, int to, const Place &place) const;
    // The name that owns with the possessive token `possessive` ("Mara Quell" of "British Prime Minister Mara
    // Quell' resignation"), or empty.
    QString ownerAt(int possessive) const;
    // The first name in [from, to) that is not a possessive owner of another.
    QString headName(int from, int to, const Place &place) const;
    // The name the sentence starts with, after any title ("Piet Lindqvist, president of …, resigned"), or none.
    QStringList sentenceSubject() const;
    // The nearest name before `before` in the sentence, for clauses like "who took office in June"; with
    // `skipOwners`, no name that owns a noun ("Valdoria's"), for a clause that has the sentence's subject.
    QStringList nearestParticipantBefore(int before, bool skipOwners = false) const;
    // "several cruise missiles", "two hypersonic missiles" in [from, to).
    QString claim(int from, int to) const;
    // The name of a capitalised run ending at `last` (exclusive), e.g. before a bare year in a list.
    QString nameBefore(int last, int *first = nullptr) const;

private:
    const ScanToken *at(int i) const { return i >= m_begin && i < m_end ? &m_tokens[size_t(i)] : nullptr; }
    bool isNameToken(int i) const;
    int nameEnd(int i) const; // end of the capitalised run starting at i
    bool isAdjectiveBeforeNoun(int first, int last) const;
    bool countryOffice(int first, int last) const;
    bool nationality(int i) const; // "British", "Chinese": a capitalised adjective of a people
    // Whether the token at `i` is a common noun that the name before it modifies ("march" of "the Orm march").
    bool modifiesNoun(int i) const;
    Place properPlace(int j) const;
    Place descriptivePlace(int prep) const;
    // "the city of Tarsis", "the southern Keldorian port Belmar": the name a site noun introduces.
    Place namedSite(int j) const;
    QString slice(int first, int last) const;

    QStringView m_text;
    const ScanTokens &m_tokens;
    int m_begin;
    int m_end;
};
