// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "quotes/attribution/articletokens.h"
#include "quotes/attribution/personmention.h"

#include <QHash>
#include <QList>
#include <QStringList>
#include <QVarLengthArray>

enum class Gender : quint8 { Unknown, Female, Male };

// One person of one article: the fullest name the article gives, and the roles it gives them.
struct PersonEntity {
    // How sure the gender is: a given name (weak), a pronoun that only this person could be, a title or noun.
    enum Evidence : quint8 { NoEvidence, FirstName, Pronoun, Title };

    QString name; // the longest name form in the article ("Ana Okafor")
    QStringList parts; // PersonFinder::nameParts of `name`
    QStringList roleWords; // lower-case words of every title, apposition and description seen
    int age = -1;
    int lastMention = -1; // token of the latest mention, while resolving
    Gender gender = Gender::Unknown; // as known from the mentions so far, while resolving
    Evidence genderEvidence = NoEvidence;
};

// Links an article's mentions to people: names by shared name parts ("Okafor" is "Ana Okafor"),
// descriptions by the roles learned from titles and appositions ("Chilean leader Ri Sol Han"
// teaches that "the Chilean leader" is Ri), and subject pronouns by salience: the first person
// named in the closest sentence before. Pronouns and descriptions only go to people whose gender, as known
// so far (titles, "the woman", given names, an earlier pronoun only they could be), does not contradict them.
class Coreference
{
public:
    Coreference(const ArticleTokens &tokens, const QList<PersonMention> &mentions);

    const QList<PersonEntity> &entities() const { return m_entities; }
    const QList<PersonMention> &mentions() const { return m_mentions; }
    // The person a mention refers to, or -1.
    int entityOf(int mention) const { return m_entityOf.at(mention); }
    // The mention whose last token is `token`, or -1.
    int mentionEndingAt(int token) const;
    // The mention covering `token`, or -1.
    int mentionAt(int token) const;

private:
    int resolveName(const PersonMention &m, int token);
    int resolveDescription(const PersonMention &m, bool byRoleOnly) const;
    // The person in focus before `mention` who may be of `gender`; `unambiguous` tells whether the
    // sentences looked at name no one else.
    int salientBefore(int mention, Gender gender, bool *unambiguous = nullptr) const;
    void learnGender(int entity, Gender gender, PersonEntity::Evidence evidence);
    void noteMention(int mention);
    void indexEntity(int entity);

    const ArticleTokens &m_tokens;
    QList<PersonMention> m_mentions;
    QList<PersonEntity> m_entities;
    QList<int> m_entityOf;
    QList<int> m_mentionAtToken;

    // The people of the latest sentences that have mentions, oldest first, kept while resolving in text
    // order so that a pronoun looks at a few short lists rather than at every mention before it.
    struct Seen {
        int entity;
        bool body;
        bool possessive; // an owner before a role ("Acme's vice president"): a pronoun's last resort
    };
    struct RecentSentence {
        int sentence = -1;
        QVarLengthArray<Seen, 4> people; // distinct, in order of first mention, at most MaxPeoplePerSentence
    };
    QList<RecentSentence> m_recent;
    QHash<QString, QList<int>> m_entitiesByPart; // name part -> entities whose name has it
};
