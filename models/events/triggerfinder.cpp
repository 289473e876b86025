// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "events/triggerfinder.h"

#include "language/languagedata.h"

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

// "asked", "requested" (events/request-verbs): sayings read only as an article's news, never as dated triggers.
bool newsOnly(const WordInfo *w)
{
    static const QList<const WordInfo *> words = [] {
        QList<const WordInfo *> out;
        for (const QString &v : LanguageData::list(QStringLiteral("events/request-verbs")).words())
            out.append(Lexicon::lookup(v));
        return out;
    }();
    return words.contains(w);
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
        if (!tok.word || !tok.word->family || newsOnly(tok.word) || monthName(tok))
            continue;
        // "the Valdorian War", "Air Force One": capitalised inside a sentence, a trigger word is part of a name;
        // one that a date follows, set off by a comma, names a happening: "the Tarsis Trade Summit, Nov. 16, 2025"
        if (tok.is(ScanToken::Capitalized) && i > begin && !(at(i - 1) && at(i - 1)->kind == ScanToken::Punct)
            && !(tok.word->has(Lexicon::Noun) && datedName(i)))
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
        if (hypothetical(i, t, clauseStart.at(i - begin)) || attributive(i, t))
            continue;
        out.append(t);
    }
}

// "March 3", "since March": a capitalised month name is the month, lower-case it is the happening ("the march on
// the capital").
bool TriggerFinder::monthName(const ScanToken &t)
{
    return t.word->month && t.is(ScanToken::Capitalized);
}

bool TriggerFinder::datedName(int i) const
{
    const ScanToken *comma = at(i + 1);
    const ScanToken *month = at(i + 2);
    return comma && comma->isPunct(u',') && month && month->word && month->word->month
        && month->is(ScanToken::Capitalized);
}

bool TriggerFinder::nearWeapon(int i) const
{
    for (int k = std::max(m_begin, i - 6); k < std::min(m_end, i + 7); ++k) {
        if (m_tokens[size_t(k)].has(Lexicon::WeaponWord))
            return true;
    }
    return false;
}

bool TriggerFinder::followedBy(int i, std::initializer_list<const WordInfo *> words, int within) const
{
    for (int k = i + 1; k <= i + within && at(k); ++k) {
        if (isOneOf(at(k), words))
            return true;
        if (at(k)->kind == ScanToken::Punct && !at(k)->isDash())
            return false;
    }
    return false;
}

// Words that are happenings only with a companion: "took office", "shake hands", "declared martial law".
bool TriggerFinder::confirm(int i, Trigger &t) const
{
    const ScanToken &tok = m_tokens[size_t(i)];
    if (tok.word->has(Lexicon::Ambiguous)) {
        // "fired two missiles" is a weapon test, "fired the chief executive" an ouster, "launched a chatbot" business
        t.family = nearWeapon(i) ? quint32(Lexicon::WeaponTest) : t.family & ~quint32(Lexicon::WeaponTest);
        return t.family != 0;
    }
    if (!tok.word->has(Lexicon::NeedsObject))
        return true;
    const quint32 f = t.family;
    if (f & Lexicon::WeaponTest) {
        // "missile tests" as a bare noun phrase with no verb still is a happening when dated
        return nearWeapon(i);
    }
    const WordInfo *w = tok.word;
    if (f & Lexicon::Meeting) {
        // "spoke by phone", "talked by telephone": two sides talking is a call, not a speech
        if (w == Lexicon::w<u"phone">() || w == Lexicon::w<u"telephone">()) {
            const ScanToken *verb = at(i - 2);
            const QStringView lemma = verb && verb->word ? Lexicon::lemma(verb->word) : QStringView();
            if (!isOneOf(at(i - 1), { Lexicon::w<u"by">(), Lexicon::w<u"over">() })
                || (lemma != u"speak" && lemma != u"talk"))
                return false;
            t.first = i - 2;
            return true;
        }
        // "shake hands", "shook hands"
        if (!isOneOf(at(i - 1),
                { Lexicon::w<u"shake">(), Lexicon::w<u"shook">(), Lexicon::w<u"shaking">(), Lexicon::w<u"shakes">() }))
            return false;
        t.first = i - 1;
        return true;
    }
    if (f & Lexicon::Visit) {
        if (w == Lexicon::w<u"foot">()) {
            if (!isOneOf(at(i - 1), { Lexicon::w<u"set">(), Lexicon::w<u"sets">(), Lexicon::w<u"setting">() }))
                return false;
            t.first = i - 1;
            return true;
        }
        // "step into", "stepped across", "saw the troops cross into Varnia"
        if (!isOneOf(at(i + 1),
                { Lexicon::w<u"into">(), Lexicon::w<u"onto">(), Lexicon::w<u"across">(), Lexicon::w<u"inside">() }))
            return false;
        t.last = i + 2;
        return true;
    }
    if (f & (Lexicon::Office | Lexicon::Return)) {
        if (w == Lexicon::w<u"sworn">()) {
            if (!isOneOf(at(i + 1), { Lexicon::w<u"in">() }))
                return false;
            t.last = i + 2;
            return true;
        }
        // "named X as interim chief", "moved to Microsoft", "return as chief executive"
        if (w == Lexicon::w<u"named">())
            return followedBy(i, { Lexicon::w<u"as">() }, 8);
        if (w == Lexicon::w<u"moved">() || w == Lexicon::w<u"moving">())
            return isOneOf(at(i + 1), { Lexicon::w<u"to">() }) && at(i + 2) && at(i + 2)->is(ScanToken::Capitalized);
        if (Lexicon::lemma(w) == u"return")
            return followedBy(i, { Lexicon::w<u"as">() }, 5);
        if (!isOneOf(at(i - 1),
                { Lexicon::w<u"took">(), Lexicon::w<u"take">(), Lexicon::w<u"takes">(), Lexicon::w<u"taking">(),
                    Lexicon::w<u"taken">(), Lexicon::w<u"seized">(), Lexicon::w<u"assumed">(), Lexicon::w<u"left">() }))
            return false;
        t.first = i - 1;
        return true;
    }
    if (f & Lexicon::Ouster) {
        // "forced out"
        if (!isOneOf(at(i + 1), { Lexicon::w<u"out">() }))
            return false;
        t.last = i + 2;
        return true;
    }
    if (f & Lexicon::Resignation) {
        // "stepped down", "stepping down"
        if (!isOneOf(at(i - 1),
                { Lexicon::w<u"step">(), Lexicon::w<u"steps">(), Lexicon::w<u"stepped">(), Lexicon::w<u"stepping">() }))
            return false;
        t.first = i - 1;
        return true;
    }
    if (f & Lexicon::Capture) {
        // "seized the airport", "captured Bakhmut"; not "captured the world's attention"
        const QStringView lemma = Lexicon::lemma(w);
        if (lemma == u"seize" || lemma == u"capture" || lemma == u"occupy" || lemma == u"enter") {
            for (int k = i + 1; k <= i + 4 && at(k); ++k) {
                if (at(k)->has(Lexicon::Site) || at(k)->has(Lexicon::Geographic)
                    || (at(k)->isWord() && at(k)->is(ScanToken::Capitalized)))
                    return true;
                if (at(k)->kind == ScanToken::Punct)
                    break;
            }
            return false;
        }
        // "turned back", "took control of"
        if (w == Lexicon::w<u"turned">()) {
            if (!isOneOf(at(i + 1), { Lexicon::w<u"back">(), Lexicon::w<u"around">() }))
                return false;
            t.last = i + 2;
            return true;
        }
        if (!isOneOf(at(i - 1),
                { Lexicon::w<u"took">(), Lexicon::w<u"take">(), Lexicon::w<u"taking">(), Lexicon::w<u"taken">(),
                    Lexicon::w<u"seized">(), Lexicon::w<u"gained">() }))
            return false;
        t.first = i - 1;
        return true;
    }
    if (f & Lexicon::Halt) {
        // "ended its search", "ended the strike"; "the talks ended without a deal" only tells how they went
        if (w == Lexicon::w<u"ended">()) {
            const ScanToken *next = at(i + 1);
            return next
                && (next->has(Lexicon::Demonstrative) || next->word == Lexicon::w<u"a">()
                    || (next->word && next->word->possessive));
        }
        // "called off", "were temporarily called off"
        if (!isOneOf(at(i - 1), { Lexicon::w<u"called">(), Lexicon::w<u"call">(), Lexicon::w<u"calling">() }))
            return false;
        t.first = i - 1;
        return true;
    }
    if (f & Lexicon::Agreement) {
        // "accepted a proposal", "accepts the offer"; not "accepted responsibility"
        static const WordTable offers = LanguageData::wordSet(QStringLiteral("events/offer-nouns"));
        for (int k = i + 1; k <= i + 3 && at(k) && at(k)->isWord(); ++k) {
            if (offers.contains(at(k)->textIn(m_text)))
                return true;
        }
        return false;
    }
    if (f & Lexicon::Business) {
        // "developed a new engine"; in "the talks developed throughout the day" the talks only went on
        const ScanToken *next = at(i + 1);
        return next && next->isWord()
            && (!next->has(Lexicon::Stop) || next->has(Lexicon::Demonstrative) || next->is(ScanToken::Possessive)
                || (next->word && next->word->possessive)
                || isOneOf(next, { Lexicon::w<u"a">(), Lexicon::w<u"an">() }));
    }
    if (f & Lexicon::Rescue) {
        // "bodies were found", "found the wreckage"
        for (int k = std::max(m_begin, i - 4); k < std::min(m_end, i + 5); ++k) {
            if (m_tokens[size_t(k)].has(Lexicon::BodyWord))
                return true;
        }
        return false;
    }
    if (f & Lexicon::Legal) {
        // "a criminal case"
        if (!isOneOf(at(i - 1), { Lexicon::w<u"criminal">(), Lexicon::w<u"court">(), Lexicon::w<u"legal">() }))
            return false;
        t.first = i - 1;
        return true;
    }
    if (f & Lexicon::Alert) {
        // "a distress call"
        if (!isOneOf(at(i + 1), { Lexicon::w<u"call">(), Lexicon::w<u"signal">(), Lexicon::w<u"alert">() }))
            return false;
        t.last = i + 2;
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
    if (f & Lexicon::Statement) {
        // "opened the door to talks", "opens door again to a deal": an offer the subject makes
        int k = i - 1;
        if (isOneOf(at(k), { Lexicon::w<u"the">() }))
            --k;
        const ScanToken *verb = at(k);
        const QStringView form = verb && verb->isWord() ? verb->textIn(m_text) : QStringView();
        const bool open = form.compare(u"open", Qt::CaseInsensitive) == 0
            || form.compare(u"opens", Qt::CaseInsensitive) == 0 || form.compare(u"opened", Qt::CaseInsensitive) == 0;
        if (!open || !followedBy(i, { Lexicon::w<u"to">(), Lexicon::w<u"for">() }, 2))
            return false;
        t.first = k;
        return true;
    }
    if (f & Lexicon::Speech) {
        if (w == Lexicon::w<u"speech">())
            return true;
        // "an address to the nation", "an emergency televised address": a noun after its determiner, not "to
        // address"
        if (w == Lexicon::w<u"address">()) {
            for (int k = i - 1; k >= i - 3 && at(k) && at(k)->isWord(); --k) {
                if (isOneOf(at(k),
                        { Lexicon::w<u"a">(), Lexicon::w<u"an">(), Lexicon::w<u"the">(), Lexicon::w<u"his">(),
                            Lexicon::w<u"her">(), Lexicon::w<u"their">(), Lexicon::w<u"its">() })
                    || at(k)->is(ScanToken::Possessive))
                    return true;
            }
            return false;
        }
        // "told the legislature", "addressed the nation"
        for (int k = i + 1; k <= i + 4 && at(k); ++k) {
            if (at(k)->has(Lexicon::AudienceWord)) {
                t.last = k + 1;
                return true;
            }
            if (at(k)->kind == ScanToken::Punct && !at(k)->is(ScanToken::Possessive))
                break;
        }
        if (w == Lexicon::w<u"told">()) {
            t.family = Lexicon::Statement;
            t.weak = true;
            return true;
        }
        return false;
    }
    return true;
}

// "the ousted chief executive", "of jailed opposition leader Navalny": a participle describing someone, not a
// happening told here.
bool TriggerFinder::attributive(int i, const Trigger &t) const
{
    if (t.noun || t.first != i)
        return false;
    const ScanToken *prev = at(i - 1);
    const ScanToken *next = at(i + 1);
    // "the legally elected government": an adverb between the determiner and the participle
    if (prev && prev->isWord() && prev->textIn(m_text).endsWith(u"ly") && at(i - 2)
        && !(prev->word && prev->has(Lexicon::Temporal)))
        prev = at(i - 2);
    const QStringView form = m_tokens[size_t(i)].textIn(m_text);
    // "an audio message released on Fotor", "a letter signed by hundreds": a participle after a saying's noun
    // describes that saying; the saying is the happening
    if (prev && prev->word && prev->has(Lexicon::Noun) && (prev->word->family & Lexicon::Statement)
        && form.endsWith(u"ed"))
        return true;
    const bool introduced = prev
        && (prev->is(ScanToken::Possessive) || prev->has(Lexicon::Demonstrative)
            || isOneOf(prev,
                { Lexicon::w<u"of">(), Lexicon::w<u"a">(), Lexicon::w<u"an">(), Lexicon::w<u"his">(),
                    Lexicon::w<u"her">(), Lexicon::w<u"their">(), Lexicon::w<u"its">(), Lexicon::w<u"former">(),
                    Lexicon::w<u"recently">(), Lexicon::w<u"newly">() }));
    constexpr quint32 fieldNouns = Lexicon::PoliticsCue | Lexicon::BusinessCue | Lexicon::MilitaryCue;
    const bool describes = next && next->isWord()
        && (next->is(ScanToken::Capitalized) || next->has(Lexicon::Title)
            || (next->word && (next->word->flags & fieldNouns)));
    return introduced && describes && form.endsWith(u"ed");
}

// A saying's noun after its owner and at most two adjectives: "Ames's statement", "the envoy's open invitation".
bool TriggerFinder::ownedSaying(int i, const Trigger &t) const
{
    if (!t.noun || !(t.family & (Lexicon::Statement | Lexicon::Speech)))
        return false;
    for (int k = t.first - 1; k >= std::max(m_begin, i - 3); --k) {
        const ScanToken *w = at(k);
        if (w->is(ScanToken::Possessive))
            return true;
        if (!w->isWord() || (w->word && (w->has(Lexicon::Stop) || w->word->family)))
            return false;
    }
    return false;
}

bool TriggerFinder::hypothetical(int i, const Trigger &t, int clauseBegin) const
{
    // Negation earlier in the clause: "no meeting", "did not meet", "without an agreement". A noun its owner makes
    // known happened though the clause's verb is denied: "has not replied to Ames's overture".
    int from = std::max(clauseBegin, i - 6);
    if (t.noun) {
        for (int k = t.first - 1; k >= from; --k) {
            const ScanToken *owner = at(k);
            if (owner
                && (owner->is(ScanToken::Possessive)
                    || isOneOf(owner, { Lexicon::w<u"his">(), Lexicon::w<u"her">(), Lexicon::w<u"their">() }))) {
                from = k + 1;
                break;
            }
        }
    }
    // "No reply from Ames as Marr signals openness": "as" and a subject open a clause of its own
    for (int k = t.first - 2; k >= from; --k) {
        const ScanToken *next = at(k + 1);
        if (isOneOf(at(k), { Lexicon::w<u"as">() }) && next
            && (next->is(ScanToken::Capitalized) || next->has(Lexicon::Pronoun))) {
            from = k + 1;
            break;
        }
    }
    for (int k = from; k < t.first; ++k) {
        if (at(k) && at(k)->has(Lexicon::Negation))
            return true;
        const ScanToken *n = at(k);
        if (n && n->kind == ScanToken::Word && n->textIn(m_text).endsWith(u"n't"))
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
        // "if Ames and Oduya were to meet again": a condition supposed, not a happening
        if (isOneOf(prev, { Lexicon::w<u"to">() }) && isOneOf(at(t.first - 2), { Lexicon::w<u"were">() }))
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
    // "Ames's renewed outreach", "the envoy's open invitation": a saying its owner made is said, whatever word tells
    // how; words of what is to come keep it a plan ("Ames's planned address").
    const bool owned = ownedSaying(i, t);
    const bool howMade
        = owned && isOneOf(det, { Lexicon::w<u"new">(), Lexicon::w<u"renewed">(), Lexicon::w<u"fresh">() });
    if (isOneOf(det,
            { Lexicon::w<u"any">(), Lexicon::w<u"another">(), Lexicon::w<u"future">(), Lexicon::w<u"possible">(),
                Lexicon::w<u"potential">(), Lexicon::w<u"planned">(), Lexicon::w<u"proposed">(), Lexicon::w<u"next">(),
                Lexicon::w<u"new">(), Lexicon::w<u"renewed">(), Lexicon::w<u"fresh">(), Lexicon::w<u"such">(),
                Lexicon::w<u"upcoming">() })
        && !howMade)
        return true;
    if (isOneOf(det, { Lexicon::w<u"a">(), Lexicon::w<u"an">() })
        && isOneOf(at(k - 1),
            { Lexicon::w<u"for">(), Lexicon::w<u"of">(), Lexicon::w<u"about">(), Lexicon::w<u"to">(),
                Lexicon::w<u"toward">(), Lexicon::w<u"towards">() }))
        return true;
    if (!owned && (isIntent(det) || isIntent(at(k - 1))))
        return true;
    // "mentioned the talks", "announced a deal": what is talked about, not what happened; but in "said the vote
    // will be held", the noun is the subject of what is said.
    const ScanToken *verb = det && det->has(Lexicon::Demonstrative) ? at(k - 1) : det;
    const auto verbal = [](const ScanToken *x) {
        return x && x->word && (x->word->tense != Lexicon::Tense::None || x->has(Lexicon::Modal));
    };
    // "said the election for a new leader should be held": the predicate may follow a short phrase of the noun's
    int p = t.last;
    if (isOneOf(at(p),
            { Lexicon::w<u"for">(), Lexicon::w<u"of">(), Lexicon::w<u"in">(), Lexicon::w<u"on">(), Lexicon::w<u"at">(),
                Lexicon::w<u"to">() })) {
        const int limit = p + 6;
        ++p;
        while (p < limit && at(p) && at(p)->isWord() && !verbal(at(p)) && !at(p)->has(Lexicon::ClauseBreak))
            ++p;
    }
    const bool predicate = verbal(at(p));
    if (verb && verb->has(Lexicon::WeakTrigger) && !predicate)
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
