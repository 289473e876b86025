// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "events/triggerfinder.h"

using Lexicon::WordInfo;

namespace
{
bool isOneOf(const ScanToken *t, std::initializer_list<const WordInfo *> words)
{
    return t && t->word && std::find(words.begin(), words.end(), t->word) != words.end();
}

// Words before "to <verb>" or a verb that make it a wish, a plan or a possibility rather than a happening.
bool isIntent(const ScanToken *t)
{
    return t && t->has(Lexicon::Intent);
}
}

TriggerFinder::TriggerFinder(QStringView text, const ScanTokens &tokens)
    : m_text(text)
    , m_tokens(tokens)
{
}

void TriggerFinder::find(int begin, int end, const QList<int> &clauseStart, QList<Trigger> &out)
{
    m_begin = begin;
    m_end = end;
    for (int i = begin; i < end; ++i) {
        const ScanToken &tok = m_tokens[size_t(i)];
        if (!tok.word || !tok.word->family)
            continue;
        // "the Korean War", "Air Force One": capitalised inside a sentence, a trigger word is part of a name
        if (tok.is(ScanToken::Capitalized) && i > begin && !(at(i - 1) && at(i - 1)->kind == ScanToken::Punct))
            continue;
        Trigger t;
        t.token = i;
        t.first = i;
        t.last = i + 1;
        t.family = tok.word->family;
        t.noun = tok.word->has(Lexicon::Noun);
        t.plural = tok.word->has(Lexicon::Plural);
        t.weak = tok.word->has(Lexicon::WeakTrigger);
        if (!confirm(i, t))
            continue;
        if (hypothetical(i, t, clauseStart.at(i - begin)))
            continue;
        out.append(t);
    }
}

bool TriggerFinder::nearWeapon(int i) const
{
    for (int k = std::max(m_begin, i - 6); k < std::min(m_end, i + 7); ++k) {
        if (m_tokens[size_t(k)].has(Lexicon::WeaponWord))
            return true;
    }
    return false;
}

// Words that are happenings only with a companion: "took office", "shake hands", "declared martial law".
bool TriggerFinder::confirm(int i, Trigger &t) const
{
    const ScanToken &tok = m_tokens[size_t(i)];
    if (!tok.word->has(Lexicon::NeedsObject))
        return true;
    const quint16 f = t.family;
    if (f & Lexicon::WeaponTest) {
        if (!nearWeapon(i))
            return false;
        // "missile tests" as a bare noun phrase with no verb still is a happening when dated
        return true;
    }
    if (f & Lexicon::Meeting) {
        // "shake hands", "shook hands"
        if (!isOneOf(at(i - 1),
                { Lexicon::w<u"shake">(), Lexicon::w<u"shook">(), Lexicon::w<u"shaking">(), Lexicon::w<u"shakes">() }))
            return false;
        t.first = i - 1;
        return true;
    }
    if (f & Lexicon::Visit) {
        if (isOneOf(&tok, { Lexicon::w<u"foot">() })) {
            if (!isOneOf(at(i - 1), { Lexicon::w<u"set">(), Lexicon::w<u"sets">(), Lexicon::w<u"setting">() }))
                return false;
            t.first = i - 1;
            return true;
        }
        // "step into", "stepped across"
        if (!isOneOf(at(i + 1),
                { Lexicon::w<u"into">(), Lexicon::w<u"onto">(), Lexicon::w<u"across">(), Lexicon::w<u"inside">() }))
            return false;
        t.last = i + 2;
        return true;
    }
    if (f & Lexicon::Office) {
        if (isOneOf(&tok, { Lexicon::w<u"sworn">() })) {
            if (!isOneOf(at(i + 1), { Lexicon::w<u"in">() }))
                return false;
            t.last = i + 2;
            return true;
        }
        if (!isOneOf(at(i - 1),
                { Lexicon::w<u"took">(), Lexicon::w<u"take">(), Lexicon::w<u"takes">(), Lexicon::w<u"taking">(),
                    Lexicon::w<u"seized">(), Lexicon::w<u"assumed">(), Lexicon::w<u"left">() }))
            return false;
        t.first = i - 1;
        return true;
    }
    if (f & Lexicon::Decree) {
        for (int k = i + 1; k <= i + 3 && at(k); ++k) {
            if (at(k)->has(Lexicon::DecreeObject)) {
                t.last = k + 1;
                return true;
            }
        }
        return false;
    }
    if (f & Lexicon::Speech) {
        if (isOneOf(&tok, { Lexicon::w<u"speech">() }))
            return true;
        if (isOneOf(&tok, { Lexicon::w<u"address">() }))
            return at(i - 1) && at(i - 1)->has(Lexicon::Stop) && !isOneOf(at(i - 1), { Lexicon::w<u"to">() });
        // "told the legislature", "addressed North Korea's parliament"
        for (int k = i + 1; k <= i + 4 && at(k); ++k) {
            if (at(k)->has(Lexicon::AudienceWord)) {
                t.last = k + 1;
                return true;
            }
            if (at(k)->kind == ScanToken::Punct && !at(k)->is(ScanToken::Possessive))
                break;
        }
        if (isOneOf(&tok, { Lexicon::w<u"told">() })) {
            t.family = Lexicon::Statement;
            t.weak = true;
            return true;
        }
        return false;
    }
    return true;
}

bool TriggerFinder::hypothetical(int i, const Trigger &t, int clauseBegin) const
{
    // Negation earlier in the clause: "no meeting", "did not meet", "without an agreement"
    for (int k = std::max(clauseBegin, i - 6); k < t.first; ++k) {
        if (at(k) && at(k)->has(Lexicon::Negation))
            return true;
        const ScanToken *n = at(k);
        if (n && n->kind == ScanToken::Word && m_text.mid(n->start, n->end - n->start).endsWith(u"n't"))
            return true;
    }
    const ScanToken *prev = at(t.first - 1);
    if (!t.noun) {
        // "would meet", "could visit", "willing to meet", "open to meeting"
        if (isOneOf(prev,
                { Lexicon::w<u"would">(), Lexicon::w<u"could">(), Lexicon::w<u"might">(), Lexicon::w<u"may">(),
                    Lexicon::w<u"should">(), Lexicon::w<u"must">(), Lexicon::w<u"can">(), Lexicon::w<u"cannot">() }))
            return true;
        if (isOneOf(prev, { Lexicon::w<u"to">() }) && (isIntent(at(t.first - 2)) || isIntent(at(t.first - 3))))
            return true;
        return isIntent(prev);
    }
    // A noun phrase introduced as a goal or a possibility: "plans for a summit", "odds of another meeting",
    // "any new summit", "a planned summit"
    int k = t.first - 1;
    while (k >= clauseBegin && at(k)
        && (at(k)->is(ScanToken::Capitalized) || at(k)->isDash()
            || (at(k)->isWord() && !at(k)->word && !at(k)->has(Lexicon::Stop))))
        --k;
    const ScanToken *det = at(k);
    if (isOneOf(det,
            { Lexicon::w<u"any">(), Lexicon::w<u"another">(), Lexicon::w<u"future">(), Lexicon::w<u"possible">(),
                Lexicon::w<u"potential">(), Lexicon::w<u"planned">(), Lexicon::w<u"proposed">(), Lexicon::w<u"next">(),
                Lexicon::w<u"new">(), Lexicon::w<u"renewed">(), Lexicon::w<u"fresh">(), Lexicon::w<u"such">(),
                Lexicon::w<u"upcoming">() }))
        return true;
    if (isOneOf(det, { Lexicon::w<u"a">(), Lexicon::w<u"an">() })
        && isOneOf(at(k - 1),
            { Lexicon::w<u"for">(), Lexicon::w<u"of">(), Lexicon::w<u"about">(), Lexicon::w<u"to">(),
                Lexicon::w<u"toward">(), Lexicon::w<u"towards">() }))
        return true;
    if (isIntent(det) || isIntent(at(k - 1)))
        return true;
    // "mentioned the talks", "announced a deal": what is talked about, not what happened
    const ScanToken *verb = det && det->has(Lexicon::Demonstrative) ? at(k - 1) : det;
    if (verb && verb->has(Lexicon::WeakTrigger))
        return true;
    // "a summit is unlikely", "a meeting remains possible"
    const ScanToken *after = at(t.last);
    const ScanToken *after2 = at(t.last + 1);
    return isOneOf(after,
               { Lexicon::w<u"is">(), Lexicon::w<u"was">(), Lexicon::w<u"remains">(), Lexicon::w<u"seems">(),
                   Lexicon::w<u"looks">(), Lexicon::w<u"would">(), Lexicon::w<u"could">() })
        && isOneOf(after2,
            { Lexicon::w<u"unlikely">(), Lexicon::w<u"possible">(), Lexicon::w<u"impossible">(),
                Lexicon::w<u"uncertain">(), Lexicon::w<u"slim">(), Lexicon::w<u"doubtful">(), Lexicon::w<u"still">() });
}
