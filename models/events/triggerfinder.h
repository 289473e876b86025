// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "events/scantoken.h"

#include <QList>

// Finds the words of a sentence that tell of a happening ("met", "summit", "test-fired", "took office")
// and leaves out those the sentence only wishes for, denies or names ("willing to meet", "no meeting",
// "plans for a summit", "the Valdorian War").
class TriggerFinder
{
public:
    struct Trigger {
        int token = 0; // the trigger word
        int first = 0; // the phrase shown as the trigger: "took office", "declared martial law"
        int last = 0; // exclusive
        quint32 family = 0;
        bool noun = false;
        bool plural = false;
        bool weak = false; // a saying verb: a happening only with a time in its own clause
        bool reported = false; // an act a saying announces ("said it would hire Park"), timed as the saying
    };

    TriggerFinder(QStringView text, const ScanTokens &tokens);

    // The triggers among tokens [begin, end); `clauseStart` gives each token's clause's first token.
    void find(int begin, int end, const QList<int> &clauseStart, QList<Trigger> &out);

private:
    const ScanToken *at(int i) const { return i >= m_begin && i < m_end ? &m_tokens[size_t(i)] : nullptr; }
    bool confirm(int i, Trigger &t) const;
    bool hypothetical(int i, const Trigger &t, int clauseBegin) const;
    bool attributive(int i, const Trigger &t) const;
    bool ownedSaying(int i, const Trigger &t) const;
    bool nearWeapon(int i) const;
    static bool monthName(const ScanToken &t); // a month written as one: "March" is no march
    bool datedName(int i) const; // a name's last word that a comma and a month follow
    // One of `words` among the next `within` tokens, before any punctuation other than a dash.
    bool followedBy(int i, std::initializer_list<const Lexicon::WordInfo *> words, int within) const;

    QStringView m_text;
    const ScanTokens &m_tokens;
    int m_begin = 0; // the sentence being read
    int m_end = 0;
};
