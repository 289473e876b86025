// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "quotes/attribution/coreference.h"

#include "language/attributionlexicon.h"
#include "language/languagedata.h"
#include "quotes/attribution/personfinder.h"

#include <algorithm>

namespace
{
// How far back a pronoun looks for its antecedent, in sentences that mention someone.
constexpr int PronounSentences = 6;
// People remembered per sentence: a sentence naming more is a list, where the first few are the salient ones.
constexpr int MaxPeoplePerSentence = 8;
// People sharing one name part that a name is compared with, most recent first.
constexpr int MaxNamesakes = 32;
// Entities a description without a known role looks at, most recent first.
constexpr int MaxDescriptionCandidates = 256;

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

// "gov" -> "governor", from attribution/title-abbreviations.
const QHash<QString, QString> &titleAbbreviations()
{
    static const QHash<QString, QString> table = [] {
        QHash<QString, QString> t;
        const WordList list = LanguageData::list(QStringLiteral("attribution/title-abbreviations"));
        for (const WordList::Entry &e : list.entries()) {
            const qsizetype space = e.text.indexOf(u' ');
            if (space > 0)
                t.insert(e.text.left(space), e.text.mid(space + 1));
        }
        return t;
    }();
    return table;
}

QStringList roleWordsOf(const QString &role)
{
    QStringList words = role.split(u' ', Qt::SkipEmptyParts);
    for (QString &w : words) {
        w.remove(u'.');
        w = titleAbbreviations().value(w, w);
    }
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
            e = resolveDescription(m, false);
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
        noteMention(i);
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
    // "The opposition leader insisted …" before "opposition leader Ana Ruiz" is named: the roles of the whole
    // article, for a description that nobody before it fitted.
    for (int i = 0; i < m_mentions.size(); ++i) {
        const PersonMention &m = m_mentions.at(i);
        if (m.kind == PersonMention::Kind::Description && m_entityOf.at(i) < 0 && m.age < 0)
            m_entityOf[i] = resolveDescription(m, true);
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
    // Only people sharing a name part can be this one.
    QVarLengthArray<int, 16> candidates;
    for (const QString &p : parts) {
        const QList<int> withPart = m_entitiesByPart.value(p);
        // The latest people with a common given name are enough; a list of hundreds is no text to resolve.
        for (qsizetype k = withPart.size() - 1; k >= 0 && k >= withPart.size() - MaxNamesakes; --k) {
            if (!candidates.contains(withPart.at(k)))
                candidates.append(withPart.at(k));
        }
    }
    int best = -1;
    for (int e : candidates) {
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
        indexEntity(best);
    } else if (parts.size() > m_entities.at(best).parts.size()) {
        m_entities[best].name = m.name;
        m_entities[best].parts = parts;
        indexEntity(best);
    }
    m_entities[best].lastMention = token;
    return best;
}

void Coreference::indexEntity(int entity)
{
    for (const QString &p : m_entities.at(entity).parts) {
        QList<int> &list = m_entitiesByPart[p];
        if (!list.contains(entity))
            list.append(entity);
    }
}

void Coreference::learnGender(int entity, Gender gender, PersonEntity::Evidence evidence)
{
    PersonEntity &e = m_entities[entity];
    if (gender == Gender::Unknown || evidence <= e.genderEvidence)
        return;
    e.gender = gender;
    e.genderEvidence = evidence;
}

int Coreference::resolveDescription(const PersonMention &m, bool byRoleOnly) const
{
    const QStringList words = roleWordsOf(m.role);
    if (words.isEmpty())
        return -1;
    const Gender gender = genderOfWords(m.role);
    const int oldest = std::max(0, int(m_entities.size()) - MaxDescriptionCandidates);
    if (m.age >= 0) {
        for (int e = oldest; e < m_entities.size(); ++e) {
            if (m_entities.at(e).age == m.age && compatible(m_entities.at(e), gender))
                return e;
        }
    }
    const QString &head = words.constLast();
    int best = -1;
    int bestScore = 0;
    for (int e = oldest; e < m_entities.size(); ++e) {
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
    // Looking ahead, only a person with every word of the description: "the Labour leader" is not any leader.
    if (byRoleOnly && bestScore < words.size())
        return -1;
    if (best >= 0 || byRoleOnly || (m.age < 0 && !AttributionLexicon::has(head, AttributionLexicon::PersonNoun)))
        return best;
    // "the 79-year-old", "the billionaire": nothing learned about them, so the person in focus.
    const int self = mentionAt(m.first);
    if (self < 0)
        return -1;
    const int e = salientBefore(self, gender);
    return e >= 0 && m.age >= 0 && m_entities.at(e).age >= 0 && m_entities.at(e).age != m.age ? -1 : e;
}

void Coreference::noteMention(int mention)
{
    const PersonMention &m = m_mentions.at(mention);
    const int sentence = m_tokens.sentence(m.first);
    if (m_recent.isEmpty() || m_recent.constLast().sentence != sentence) {
        if (m_recent.size() > PronounSentences)
            m_recent.removeFirst();
        m_recent.append(RecentSentence { sentence, {} });
    }
    const int e = m_entityOf.at(mention);
    RecentSentence &r = m_recent.last();
    if (m.quoted || e < 0)
        return;
    // "Acme's vice president, Bo Lind": an owner before a role, not the subject a pronoun continues.
    const bool owner = m.possessive
        && m_tokens.has(
            m.last + 1, AttributionLexicon::Title | AttributionLexicon::TitleModifier | AttributionLexicon::PersonNoun);
    auto *const seen = std::find_if(r.people.begin(), r.people.end(), [e](const Seen &s) { return s.entity == e; });
    if (seen != r.people.end()) {
        seen->possessive = seen->possessive && owner;
        return;
    }
    if (r.people.size() >= MaxPeoplePerSentence)
        return;
    r.people.append(Seen { e, m_tokens.zone(m.first) == ArticleTokens::Zone::Body, owner });
}

int Coreference::salientBefore(int mention, Gender gender, bool *unambiguous) const
{
    const auto fits = [&](const Seen &s) { return compatible(m_entities.at(s.entity), gender); };
    // Whether the sentences from `from` on (and the pronoun's own) name one person only in the body.
    const auto single = [&](qsizetype from) {
        int only = -1;
        for (qsizetype r = from; r < m_recent.size(); ++r) {
            for (const Seen &s : m_recent.at(r).people) {
                if (!s.body)
                    continue;
                if (only >= 0 && s.entity != only)
                    return false;
                only = s.entity;
            }
        }
        return true;
    };
    const int sentence = m_tokens.sentence(m_mentions.at(mention).first);
    qsizetype r = m_recent.size() - 1;
    // The first person named earlier in the same sentence.
    // A possessive owner only when nobody else of the sentence fits.
    const auto first = [&](qsizetype at, bool bodyOnly) {
        for (int pass = 0; pass < 2; ++pass) {
            for (const Seen &s : m_recent.at(at).people) {
                if ((bodyOnly && !s.body) || s.possessive != (pass == 1) || !fits(s))
                    continue;
                if (unambiguous)
                    *unambiguous = single(at);
                return s.entity;
            }
        }
        return -1;
    };
    if (r >= 0 && m_recent.at(r).sentence == sentence) {
        if (sentence >= 0) {
            const int e = first(r, false);
            if (e >= 0)
                return e;
        }
        --r;
    }
    // Else the first person named in the closest sentence before (headings and boilerplate do not count).
    for (int looked = 0; r >= 0 && looked < PronounSentences; --r, ++looked) {
        const int e = first(r, true);
        if (e >= 0)
            return e;
    }
    return -1;
}
