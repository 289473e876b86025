// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "quotes/attribution/coreference.h"

#include "language/attributionlexicon.h"
#include "quotes/attribution/personfinder.h"

#include <algorithm>

namespace
{
// How far back a pronoun looks for its antecedent.
constexpr int PronounSentences = 6;

bool containsAll(const QStringList &whole, const QStringList &part)
{
    return std::all_of(part.cbegin(), part.cend(), [&whole](const QString &p) { return whole.contains(p); });
}

// The gender that the words of a title, apposition or description tell, if they agree.
Gender genderOfWords(QStringView words)
{
    quint32 classes = 0;
    for (QStringView w : words.tokenize(u' ', Qt::SkipEmptyParts)) {
        if (w.endsWith(u'.'))
            w.chop(1);
        classes |= AttributionLexicon::wordClasses(w);
    }
    const bool female = classes & AttributionLexicon::FemaleWord;
    const bool male = classes & AttributionLexicon::MaleWord;
    return female == male ? Gender::Unknown : female ? Gender::Female : Gender::Male;
}

// The gender of a given name, when the name has a given name and a family name.
Gender genderOfFirstName(const QStringList &parts)
{
    if (parts.size() < 2)
        return Gender::Unknown;
    const quint32 classes = AttributionLexicon::wordClasses(parts.constFirst());
    const bool female = classes & AttributionLexicon::FemaleFirstName;
    const bool male = classes & AttributionLexicon::MaleFirstName;
    return female == male ? Gender::Unknown : female ? Gender::Female : Gender::Male;
}

bool compatible(const PersonEntity &entity, Gender gender)
{
    return gender == Gender::Unknown || entity.gender == Gender::Unknown || entity.gender == gender;
}

QStringList roleWordsOf(const QString &role)
{
    QStringList words = role.split(u' ', Qt::SkipEmptyParts);
    for (QString &w : words)
        w.remove(u'.');
    words.removeAll(QStringLiteral("the"));
    return words;
}
}

Coreference::Coreference(const ArticleTokens &tokens, const QList<PersonMention> &mentions)
    : m_tokens(tokens)
    , m_mentions(mentions)
    , m_entityOf(mentions.size(), -1)
    , m_mentionAtToken(tokens.size(), -1)
{
    for (int i = 0; i < m_mentions.size(); ++i) {
        const PersonMention &m = m_mentions.at(i);
        for (int t = m.first; t <= m.last; ++t)
            m_mentionAtToken[t] = i;
    }
    for (int i = 0; i < m_mentions.size(); ++i) {
        const PersonMention &m = m_mentions.at(i);
        int e = -1;
        switch (m.kind) {
        case PersonMention::Kind::Name:
            e = resolveName(m, m.first);
            if (e >= 0) {
                learnGender(e, genderOfWords(m.role), PersonEntity::Title);
                learnGender(e, genderOfFirstName(PersonFinder::nameParts(m.name)), PersonEntity::FirstName);
            }
            break;
        case PersonMention::Kind::Description:
            e = resolveDescription(m);
            break;
        case PersonMention::Kind::Pronoun: {
            const Gender gender = genderOfWords(m.role);
            bool unambiguous = false;
            e = salientBefore(i, gender, &unambiguous);
            // "Ana Ruiz arrived. She said …": nobody else was in view, so Ana Ruiz is a woman from here on.
            if (e >= 0 && unambiguous && !m.quoted)
                learnGender(e, gender, PersonEntity::Pronoun);
            break;
        }
        }
        m_entityOf[i] = e;
        if (e < 0)
            continue;
        PersonEntity &entity = m_entities[e];
        entity.lastMention = m.first;
        if (!m.role.isEmpty() && m.kind == PersonMention::Kind::Name) {
            for (const QString &w : roleWordsOf(m.role)) {
                if (!entity.roleWords.contains(w))
                    entity.roleWords.append(w);
            }
        }
        if (m.age >= 0 && m.kind == PersonMention::Kind::Name)
            entity.age = m.age;
    }
}

int Coreference::mentionEndingAt(int token) const
{
    const int m = mentionAt(token);
    return m >= 0 && m_mentions.at(m).last == token ? m : -1;
}

int Coreference::mentionAt(int token) const
{
    return token >= 0 && token < m_mentionAtToken.size() ? m_mentionAtToken.at(token) : -1;
}

int Coreference::resolveName(const PersonMention &m, int token)
{
    const QStringList parts = PersonFinder::nameParts(m.name);
    if (parts.isEmpty())
        return -1;
    int best = -1;
    for (int e = 0; e < m_entities.size(); ++e) {
        const PersonEntity &entity = m_entities.at(e);
        const bool sub = containsAll(entity.parts, parts);
        const bool super = parts.size() > 1 && entity.parts.size() > 1 && containsAll(parts, entity.parts);
        const bool single = entity.parts.size() == 1 && parts.contains(entity.parts.constFirst());
        if (!(sub || super || single))
            continue;
        if (best < 0 || entity.lastMention > m_entities.at(best).lastMention)
            best = e;
    }
    if (best < 0) {
        PersonEntity entity;
        entity.name = m.name;
        entity.parts = parts;
        m_entities.append(entity);
        best = int(m_entities.size() - 1);
    } else if (parts.size() > m_entities.at(best).parts.size()) {
        m_entities[best].name = m.name;
        m_entities[best].parts = parts;
    }
    m_entities[best].lastMention = token;
    return best;
}

void Coreference::learnGender(int entity, Gender gender, PersonEntity::Evidence evidence)
{
    PersonEntity &e = m_entities[entity];
    if (gender == Gender::Unknown || evidence <= e.genderEvidence)
        return;
    e.gender = gender;
    e.genderEvidence = evidence;
}

int Coreference::resolveDescription(const PersonMention &m) const
{
    const QStringList words = roleWordsOf(m.role);
    if (words.isEmpty())
        return -1;
    const Gender gender = genderOfWords(m.role);
    if (m.age >= 0) {
        for (int e = 0; e < m_entities.size(); ++e) {
            if (m_entities.at(e).age == m.age && compatible(m_entities.at(e), gender))
                return e;
        }
    }
    const QString &head = words.constLast();
    int best = -1;
    int bestScore = 0;
    for (int e = 0; e < m_entities.size(); ++e) {
        const PersonEntity &entity = m_entities.at(e);
        if (m.age < 0 && !entity.roleWords.contains(head))
            continue;
        // "the 64-year-old" is nobody known to be of another age; "the woman" nobody known to be a man.
        if ((m.age >= 0 && entity.age >= 0) || !compatible(entity, gender))
            continue;
        const int score = int(std::count_if(
            words.cbegin(), words.cend(), [&entity](const QString &w) { return entity.roleWords.contains(w); }));
        if (best < 0 || score > bestScore
            || (score == bestScore && entity.lastMention > m_entities.at(best).lastMention)) {
            best = e;
            bestScore = score;
        }
    }
    if (best >= 0 || (m.age < 0 && !AttributionLexicon::has(head, AttributionLexicon::PersonNoun)))
        return best;
    // "the 79-year-old", "the billionaire": nothing learned about them, so the person in focus.
    const int self = mentionAt(m.first);
    if (self < 0)
        return -1;
    const int e = salientBefore(self, gender);
    return e >= 0 && m.age >= 0 && m_entities.at(e).age >= 0 && m_entities.at(e).age != m.age ? -1 : e;
}

int Coreference::salientBefore(int mention, Gender gender, bool *unambiguous) const
{
    const auto fits = [&](int i) {
        const int e = m_entityOf.at(i);
        return !m_mentions.at(i).quoted && e >= 0 && compatible(m_entities.at(e), gender);
    };
    const auto inBody = [&](int i) { return m_tokens.zone(m_mentions.at(i).first) == ArticleTokens::Zone::Body; };
    // Whether the mentions from `from` up to the pronoun refer to one person only.
    const auto single = [&](int from) {
        int only = -1;
        for (int i = from; i < mention; ++i) {
            const int e = m_entityOf.at(i);
            if (m_mentions.at(i).quoted || e < 0 || !inBody(i))
                continue;
            if (only >= 0 && e != only)
                return false;
            only = e;
        }
        return true;
    };
    const int token = m_mentions.at(mention).first;
    const int sentence = m_tokens.sentence(token);
    // The first person named earlier in the same sentence.
    int earliest = -1;
    int sentenceStart = mention;
    for (int i = mention - 1; sentence >= 0 && i >= 0 && m_tokens.sentence(m_mentions.at(i).first) == sentence; --i) {
        sentenceStart = i;
        if (fits(i))
            earliest = i;
    }
    if (earliest >= 0) {
        if (unambiguous)
            *unambiguous = single(sentenceStart);
        return m_entityOf.at(earliest);
    }
    // Else the first person named in the closest sentence before (headings and boilerplate do not count).
    int seen = 0;
    int current = sentence;
    for (int i = mention - 1; i >= 0; --i) {
        const PersonMention &m = m_mentions.at(i);
        const int s = m_tokens.sentence(m.first);
        if (s == sentence && sentence >= 0)
            continue;
        if (s != current) {
            current = s;
            if (++seen > PronounSentences)
                break;
        }
        if (!fits(i) || !inBody(i))
            continue;
        // Walk to the first fitting mention of that sentence.
        int first = i;
        int start = i;
        for (int j = i - 1; j >= 0 && m_tokens.sentence(m_mentions.at(j).first) == s; --j) {
            start = j;
            if (fits(j) && inBody(j))
                first = j;
        }
        if (unambiguous)
            *unambiguous = single(start);
        return m_entityOf.at(first);
    }
    return -1;
}
