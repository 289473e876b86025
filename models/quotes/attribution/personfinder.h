// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "quotes/attribution/articletokens.h"
#include "quotes/attribution/personmention.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QStringList>

// Finds people by general rules: capitalised name sequences (hyphenated and multi-part names too),
// titles before them ("Foreign Minister", "Chilean leader"), appositions after them
// ("…, a professor at …"), single-word references to names seen in full, subjects of speech verbs,
// definite descriptions ("the president", "the 79-year-old") and subject pronouns. Organisations and
// places are told apart by general cues: "the" before, organisation or place words, a group noun after.
class PersonFinder
{
public:
    explicit PersonFinder(const ArticleTokens &tokens);

    // Mentions in body and headings (boilerplate skipped), ordered by position.
    QList<PersonMention> find() const;
    static QList<PersonMention> find(const Article &article);

    // Lower-case name parts, hyphenated parts split and dots dropped: "Ri Sol-han" -> ri, sol, han.
    static QStringList nameParts(QStringView name);

private:
    bool isNameToken(int i) const { return i >= 0 && i < m_nameToken.size() && m_nameToken.at(i); }
    bool looksLikeName(int i) const;
    bool isParticle(int i) const;
    int runEnd(int first) const;
    bool beforeGroupNoun(int last) const;
    PersonMention mention(int first, int last) const;
    bool nameRun(int first, int last, QList<PersonMention> &out, QSet<QStringView> &known) const;
    QString roleBefore(int title) const;
    void apposition(int last, PersonMention &mention) const;
    // `bodyNames`: words the body writes capitalised mid-sentence.
    void descriptions(QList<PersonMention> &out, const QSet<QStringView> &bodyNames) const;
    bool headlineTitle(int i, const QSet<QStringView> &bodyNames, QList<PersonMention> &out) const;
    bool writtenLower(QStringView word) const;
    bool isSpeechSubject(int i) const;
    bool afterQuote(int i) const;
    QSet<QStringView> mediaWords() const;

    const ArticleTokens &m_tokens;
    QList<bool> m_nameToken; // looksLikeName of every token, asked many times over
    mutable QHash<QString, bool> m_lowerSeen; // writtenLower's answers
};
