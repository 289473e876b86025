// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "quotes/attribution/coreference.h"

#include "quotes/attribution/lexicon.h"
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
            break;
        case PersonMention::Kind::Description:
            e = resolveDescription(m);
            break;
        case PersonMention::Kind::Pronoun:
            e = salientBefore(i);
            break;
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

int Coreference::resolveDescription(const PersonMention &m) const
{
    const QStringList words = roleWordsOf(m.role);
    if (words.isEmpty())
        return -1;
    if (m.age >= 0) {
        for (int e = 0; e < m_entities.size(); ++e) {
            if (m_entities.at(e).age == m.age)
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
        const int score = int(std::count_if(
            words.cbegin(), words.cend(), [&entity](const QString &w) { return entity.roleWords.contains(w); }));
        if (best < 0 || score > bestScore
            || (score == bestScore && entity.lastMention > m_entities.at(best).lastMention)) {
            best = e;
            bestScore = score;
        }
    }
    if (best >= 0 || (m.age < 0 && !Lexicon::personNouns().contains(head)))
        return best;
    // "the 79-year-old", "the billionaire": nothing learned about them, so the person in focus.
    const int self = mentionAt(m.first);
    return self >= 0 ? salientBefore(self) : -1;
}

int Coreference::salientBefore(int mention) const
{
    const int token = m_mentions.at(mention).first;
    const int sentence = m_tokens.sentence(token);
    // The first person named earlier in the same sentence.
    int earliest = -1;
    for (int i = mention - 1; sentence >= 0 && i >= 0 && m_tokens.sentence(m_mentions.at(i).first) == sentence; --i) {
        if (!m_mentions.at(i).quoted && m_entityOf.at(i) >= 0)
            earliest = i;
    }
    if (earliest >= 0)
        return m_entityOf.at(earliest);
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
        if (m.quoted || m_entityOf.at(i) < 0 || m_tokens.zone(m.first) != ArticleTokens::Zone::Body)
            continue;
        // Walk to the first resolved mention of that sentence.
        int first = i;
        for (int j = i - 1; j >= 0 && m_tokens.sentence(m_mentions.at(j).first) == s; --j) {
            const PersonMention &o = m_mentions.at(j);
            if (!o.quoted && m_entityOf.at(j) >= 0 && m_tokens.zone(o.first) == ArticleTokens::Zone::Body)
                first = j;
        }
        return m_entityOf.at(first);
    }
    return -1;
}
