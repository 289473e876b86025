// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "events/argumentfinder.h"

#include "language/languagedata.h"

using Lexicon::WordInfo;

namespace
{
bool is(const ScanToken *t, const WordInfo *w)
{
    return t && t->word && t->word == w;
}

// Function words and adverbs that open sentences capitalised ("Too soon to say", "Still, …"): the language layer's
// lists of them, for the words the event lexicon does not hold.
bool isFunctionWord(QStringView word)
{
    static const WordTable words = [] {
        WordTable table;
        for (const char *name : { "attribution/function-words", "attribution/verb-fillers" }) {
            for (const QString &w : LanguageData::list(QLatin1String(name)).words())
                table.insert(w, 1);
        }
        return table;
    }();
    return words.contains(word);
}

bool isDeterminer(const ScanToken *t)
{
    return is(t, Lexicon::w<u"the">()) || is(t, Lexicon::w<u"a">()) || (t && t->word && t->word->possessive);
}
}

ArgumentFinder::ArgumentFinder(QStringView text, const ScanTokens &tokens, int begin, int end)
    : m_text(text)
    , m_tokens(tokens)
    , m_begin(begin)
    , m_end(end)
{
}

QString ArgumentFinder::slice(int first, int last) const
{
    const int s = m_tokens[size_t(first)].start;
    const int e = m_tokens[size_t(last - 1)].end;
    return m_text.mid(s, e - s).toString();
}

bool ArgumentFinder::isNameToken(int i) const
{
    const ScanToken *t = at(i);
    if (!t || !t->isWord() || !t->is(ScanToken::Capitalized))
        return false;
    if (t->word && (t->word->month || t->word->weekday || t->word->has(Lexicon::Stop)))
        return false;
    // A sentence's (or a list item's) first word is capitalised anyway: a known word there ("Past",
    // "Despite") is no name, unless it is a title or a direction ("North Valdoria").
    if (t->word && (t->word->has(Lexicon::Title) || t->word->has(Lexicon::Direction)))
        return true;
    const ScanToken *prev = at(i - 1);
    const bool initial = !prev || (prev->kind == ScanToken::Punct && prev->punct != u',' && !prev->isDash());
    // An unknown word there is a name, unless the language layer knows it as a function word or an adverb ("Too").
    if (!t->word)
        return !initial || !isFunctionWord(t->textIn(m_text));
    return !initial;
}

int ArgumentFinder::nameEnd(int i) const
{
    int j = i;
    while (isNameToken(j)) {
        ++j;
        if (at(j - 1)->is(ScanToken::Possessive))
            break;
    }
    return j;
}

// "North Valdorian territory", "South Valdorian officials": a nationality adjective, not a name. A family name
// may end the same way: "Piet Harkman resigned" is a person (a given name before it, a verb after it).
bool ArgumentFinder::isAdjectiveBeforeNoun(int first, int last) const
{
    const ScanToken &t = m_tokens[size_t(last - 1)];
    const QStringView w = t.textIn(m_text);
    const bool adjective = w.endsWith(u"an") || w.endsWith(u"ese") || w.endsWith(u"ish") || w.endsWith(u"ian");
    for (int k = first; k < last - 1; ++k) {
        if (!m_tokens[size_t(k)].has(Lexicon::Direction))
            return false;
    }
    const ScanToken *next = at(last);
    const bool verbAfter = next && next->word && next->word->family && !next->has(Lexicon::Noun);
    return adjective && !t.is(ScanToken::Possessive) && next && next->isWord() && !next->is(ScanToken::Capitalized)
        && !next->has(Lexicon::Stop) && !verbAfter;
}

ArgumentFinder::Place ArgumentFinder::properPlace(int j) const
{
    Place p;
    while (at(j) && at(j)->has(Lexicon::Title))
        ++j;
    int e = nameEnd(j);
    if (e == j)
        return p;
    if (isAdjectiveBeforeNoun(j, e)) {
        // "into North Valdorian territory": the adjective and its geographic noun make the place
        if (at(e) && at(e)->has(Lexicon::Geographic)) {
            p.first = j;
            p.last = e + 1;
            p.text = slice(j, e + 1);
        }
        return p;
    }
    p.first = j;
    int textEnd = e;
    // "Demilitarized Zone (DMZ)": keep the short form, the other outlets may use it alone
    if (at(e) && at(e)->isPunct(u'(') && at(e + 1) && at(e + 1)->is(ScanToken::AllCaps) && at(e + 2)
        && at(e + 2)->isPunct(u')'))
        textEnd = e + 3;
    // "Belmar, Keldoria," but not "Tarsis, Halvorsen said"
    else if (at(e) && at(e)->isPunct(u',') && isNameToken(e + 1) && at(e + 1)->end - at(e + 1)->start > 1) {
        const int e2 = nameEnd(e + 1);
        if (!at(e2) || at(e2)->isPunct(u',') || at(e2)->isPunct(u';') || at(e2)->isPunct(u')'))
            textEnd = e2;
    }
    p.last = textEnd;
    p.text = slice(j, textEnd);
    return p;
}

ArgumentFinder::Place ArgumentFinder::descriptivePlace(int prep) const
{
    // "off its western coast", "over western waters", "near the border"
    int j = prep + 1;
    const bool determiner = isDeterminer(at(j));
    if (determiner)
        ++j;
    const int words = j;
    while (at(j) && at(j)->has(Lexicon::Direction) && !at(j)->is(ScanToken::Capitalized))
        ++j;
    if (!at(j) || !at(j)->has(Lexicon::Geographic) || at(j)->is(ScanToken::Capitalized))
        return {};
    Place p;
    p.first = prep;
    p.last = j + 1;
    p.text = slice(prep, prep + 1) + (determiner ? QStringLiteral(" the ") : QStringLiteral(" ")) + slice(words, j + 1);
    return p;
}

ArgumentFinder::Place ArgumentFinder::namedSite(int j) const
{
    while (at(j) && (at(j)->has(Lexicon::Direction) || nationality(j)))
        ++j;
    if (!at(j) || !at(j)->has(Lexicon::Site) || at(j)->is(ScanToken::Capitalized))
        return {};
    ++j;
    if (is(at(j), Lexicon::w<u"of">()))
        ++j;
    return properPlace(j);
}

ArgumentFinder::Place ArgumentFinder::place(int from, int to, int trigger) const
{
    Place before;
    for (int k = from; k < to; ++k) {
        const ScanToken *t = at(k);
        if (!t || !t->isWord())
            continue;
        Place p;
        const ScanToken *prev = at(k - 1);
        const bool visitBefore = prev && prev->word && (prev->word->family & Lexicon::Visit);
        if (t->has(Lexicon::PlacePreposition)) {
            if (is(t, Lexicon::w<u"to">()) && !visitBefore && !is(at(k + 1), Lexicon::w<u"the">()))
                continue;
            const bool the = isDeterminer(at(k + 1)) && is(at(k + 1), Lexicon::w<u"the">());
            p = descriptivePlace(k);
            if (!p.isValid() && the)
                p = namedSite(k + 2);
            if (!p.isValid())
                p = properPlace(the ? k + 2 : k + 1);
            // "called off the Orm march": after the trigger's own particle, a name between the article and a common
            // noun modifies the noun ("in the Orm Bridge collapse" still says where)
            if (p.isValid() && the && (k == trigger || k == trigger + 1) && p.last == nameEnd(p.first)
                && modifiesNoun(p.last))
                p = {};
        } else if (is(t, Lexicon::w<u"of">()) && visitBefore && prev->word->has(Lexicon::Noun)) {
            p = properPlace(k + 1); // "tour of Asia"
        } else if (prev && prev->word && (prev->word->family & Lexicon::Capture) && !prev->has(Lexicon::Noun)
            && is(t, Lexicon::w<u"the">())) {
            p = namedSite(k + 1); // "entered the city of Tarsis"
        } else if (visitBefore && !prev->word->has(Lexicon::Noun) && isNameToken(k)) {
            p = properPlace(k); // "visited Japan", "touring Asia"
        } else if (t->word && (t->word->family & (Lexicon::Visit | Lexicon::Meeting)) && t->word->has(Lexicon::Noun)
            && !t->is(ScanToken::Capitalized) && isNameToken(k - 1) && !(at(k - 1)->is(ScanToken::Possessive))
            && !(at(k - 2) && at(k - 2)->isDash())) {
            // "Asia tour", "the Tarsis summit"; in "the Tarsis Trade Summit" the words are the happening's name
            int s = k - 1;
            while (isNameToken(s - 1) && !at(s - 1)->is(ScanToken::Possessive))
                --s;
            if (s > m_begin || at(s)->word == nullptr) {
                p.first = s;
                p.last = k;
                p.text = slice(s, k);
            }
        }
        if (!p.isValid())
            continue;
        if (k >= trigger)
            return p;
        before = p;
    }
    return before;
}

QStringList ArgumentFinder::participants(int from, int to, const Place &place) const
{
    QStringList names;
    for (int k = std::max(from, m_begin); k < std::min(to, m_end);) {
        if (!isNameToken(k)) {
            ++k;
            continue;
        }
        int s = k;
        const int e = nameEnd(k);
        k = e;
        // "Embattled Prime Minister Mara Quell", "Ousted British Minister …": a participle that opens the sentence
        // describes the one named after its title; it is no part of the name.
        if (s == m_begin && e - s > 2 && !at(s)->word && (at(s + 1)->has(Lexicon::Title) || nationality(s + 1))) {
            const QStringView first = at(s)->textIn(m_text);
            if (first.size() > 4 && first.endsWith(u"ed"))
                ++s;
        }
        while (s < e && at(s)->has(Lexicon::Title))
            ++s;
        if (s == e || (place.first >= 0 && s < place.last && e > place.first))
            continue;
        // "stops in Malaysia", "arrival in South Valdoria": places, not participants
        if (at(s - 1) && at(s - 1)->has(Lexicon::PlacePreposition))
            continue;
        if (isAdjectiveBeforeNoun(s, e))
            continue;
        // "do a TV clip", "an AI model": an initialism after an indefinite article modifies the noun after it
        if (e - s == 1 && at(s)->is(ScanToken::AllCaps)
            && (is(at(s - 1), Lexicon::w<u"a">()) || is(at(s - 1), Lexicon::w<u"an">())) && modifiesNoun(e))
            continue;
        // "the Velt Motors boss", "the Corvane chief executive": the firm a person heads, not the person
        if (at(s - 1) && at(s - 1)->word == Lexicon::w<u"the">() && at(e) && !at(e)->is(ScanToken::Capitalized)
            && (at(e)->word == Lexicon::w<u"boss">() || at(e)->word == Lexicon::w<u"chief">()
                || at(e)->word == Lexicon::w<u"ceo">() || at(e)->word == Lexicon::w<u"chairman">()))
            continue;
        if (countryOffice(s, e))
            continue;
        const ScanToken &last = m_tokens[size_t(e - 1)];
        if (e - s == 1 && (last.end - last.start == 1 || last.has(Lexicon::Direction)))
            continue; // "U" of "U.S.", "North" of "North and South Valdoria"
        if (last.word && last.word->family)
            continue; // "Valdorian War"
        // A sentence's first word is capitalised anyway: "Analysts said", "Cars crossed" name nobody.
        if (s == m_begin && e - s == 1 && !last.is(ScanToken::Possessive)) {
            const QStringView w = last.textIn(m_text);
            if (last.word || (w.endsWith(u's') && !w.endsWith(u"ss") && w.size() > 3))
                continue;
            // "Fast action by the crews …", "Heavy rain fell": an adjective before a plain noun; "Much of the
            // bridge": a quantity. A name is followed by a verb ("Halvorsen said", "Oduya signals", "Ames told").
            const ScanToken *next = at(e);
            if (next && next->word == Lexicon::w<u"of">())
                continue;
            // "Speaking outside the plant, he …", "Writing on Fotor, …": a participle opens the sentence
            if (w.endsWith(u"ing") && next && next->isWord() && !next->is(ScanToken::Capitalized))
                continue;
            if (next && next->isWord() && !next->is(ScanToken::Capitalized) && !next->word) {
                const QStringView n = next->textIn(m_text);
                if (!n.endsWith(u's') && !n.endsWith(u"ed"))
                    continue;
            }
        }
        const QString name = slice(s, e);
        if (!names.contains(name))
            names.append(name);
    }
    return names;
}

bool ArgumentFinder::modifiesNoun(int i) const
{
    const ScanToken *t = at(i);
    if (!t || !t->isWord() || t->is(ScanToken::Capitalized) || t->is(ScanToken::AllCaps))
        return false;
    if (t->has(Lexicon::Stop) || t->has(Lexicon::PlacePreposition) || t->has(Lexicon::Geographic)
        || t->has(Lexicon::Site) || t->has(Lexicon::ClauseBreak))
        return false;
    const QStringView w = t->textIn(m_text);
    return !w.endsWith(u"ed") && !w.endsWith(u"ing") && !w.endsWith(u"ly");
}

QString ArgumentFinder::ownerAt(int possessive) const
{
    int s = possessive + 1;
    while (isNameToken(s - 1) && (s - 1 == possessive || !at(s - 1)->is(ScanToken::Possessive)))
        --s;
    // "British Prime Minister Mara Quell'": the titles and the nationality describe the owner
    while (s <= possessive && (at(s)->has(Lexicon::Title) || isAdjectiveBeforeNoun(s, s + 1) || nationality(s)))
        ++s;
    return s <= possessive ? slice(s, possessive + 1) : QString();
}

// "the RV President", "the Tarsian Prime Minister": a country's office, not a name. Whoever holds it is named
// elsewhere, and "RV President" would match nobody. A firm's office ("the Velt Motors CEO") still tells whom.
bool ArgumentFinder::countryOffice(int first, int last) const
{
    if (!is(at(first - 1), Lexicon::w<u"the">()) || last - first < 2 || !at(last - 1)->has(Lexicon::Title))
        return false;
    const ScanToken *country = at(first);
    if (!country->is(ScanToken::AllCaps) && !nationality(first))
        return false;
    for (int k = first + 1; k < last; ++k) {
        if (!at(k)->has(Lexicon::Title))
            return false;
    }
    const WordInfo *office = at(last - 1)->word;
    return office != Lexicon::w<u"ceo">() && office != Lexicon::w<u"chairman">() && office != Lexicon::w<u"boss">()
        && office != Lexicon::w<u"chief">();
}

bool ArgumentFinder::nationality(int i) const
{
    const ScanToken *t = at(i);
    if (!t || !t->isWord() || !t->is(ScanToken::Capitalized))
        return false;
    const QStringView w = t->textIn(m_text);
    return w.endsWith(u"an") || w.endsWith(u"ese") || w.endsWith(u"ish") || w.endsWith(u"ian");
}

QString ArgumentFinder::headName(int from, int to, const Place &place) const
{
    for (int k = std::max(from, m_begin); k < std::min(to, m_end);) {
        if (!isNameToken(k)) {
            ++k;
            continue;
        }
        const int e = nameEnd(k);
        // "of chipmaker Corvane's chief executive Tomas Rendell": the owner describes the one meant
        if (!at(e - 1)->is(ScanToken::Possessive)) {
            const QStringList names = participants(k, e, place);
            if (!names.isEmpty())
                return names.constFirst();
        }
        k = e;
    }
    return {};
}

QStringList ArgumentFinder::sentenceSubject() const
{
    int s = m_begin;
    // "TARSIS, June 3 (Agency) - The minister …": a dateline's place is no subject; the sentence starts after it.
    if (isNameToken(s)) {
        const int e = nameEnd(s);
        const ScanToken *next = at(e + 1);
        if (at(e) && at(e)->isPunct(u',') && next
            && (next->kind == ScanToken::Number || (next->word && next->word->month))) {
            int k = e + 1;
            while (at(k) && k < e + 16 && !at(k)->isDash())
                ++k;
            if (at(k))
                s = k + 1;
        }
    }
    // "Why it matters: Marr's move …": a short label without a name before a colon is no subject either.
    for (int k = s; at(k) && k < s + 5 && !isNameToken(k); ++k) {
        if (at(k)->isPunct(u':')) {
            s = k + 1;
            break;
        }
    }
    while (at(s) && at(s)->has(Lexicon::Title))
        ++s;
    if (!isNameToken(s))
        return {};
    return participants(s, nameEnd(s), {}).mid(0, 1);
}

QStringList ArgumentFinder::nearestParticipantBefore(int before, bool skipOwners) const
{
    for (int k = std::min(before, m_end) - 1; k >= m_begin; --k) {
        if (!isNameToken(k))
            continue;
        int s = k;
        while (isNameToken(s - 1) && !at(s - 1)->is(ScanToken::Possessive))
            --s;
        // "Quell became Valdoria's youngest minister, quitting …": an owner describes a noun, it does nothing
        if (skipOwners && at(k)->is(ScanToken::Possessive)) {
            k = s;
            continue;
        }
        QStringList names = participants(s, k + 1, {});
        if (!names.isEmpty())
            return names;
        k = s;
    }
    return {};
}

QString ArgumentFinder::claim(int from, int to) const
{
    for (int k = std::max(from, m_begin); k < std::min(to, m_end); ++k) {
        const ScanToken *head = at(k);
        if (!head || !head->has(Lexicon::WeaponWord) || head->is(ScanToken::Capitalized))
            continue;
        const ScanToken *next = at(k + 1);
        if (next && next->isWord() && !next->has(Lexicon::Stop) && !next->is(ScanToken::Capitalized))
            continue; // "missile testing program": a modifier, not the head
        int s = k;
        int modifiers = 0;
        bool counted = false;
        while (modifiers < 3 && at(s - 1) && at(s - 1)->isWord() && !at(s - 1)->is(ScanToken::Capitalized)) {
            const ScanToken *m = at(s - 1);
            if (m->word && (m->word->count || m->has(Lexicon::Vague))) {
                --s;
                counted = true;
                break;
            }
            if (m->word && (m->has(Lexicon::Stop) || m->has(Lexicon::Temporal) || m->word->family))
                break;
            --s;
            ++modifiers;
        }
        if (!counted && at(s - 1) && at(s - 1)->kind == ScanToken::Number && !at(s - 1)->isYear()) {
            --s;
            counted = true;
        }
        if (counted || modifiers > 0)
            return slice(s, k + 1);
    }
    return {};
}

QString ArgumentFinder::nameBefore(int last, int *first) const
{
    int s = last;
    while (isNameToken(s - 1) && !at(s - 1)->is(ScanToken::Possessive))
        --s;
    if (first)
        *first = s;
    return s < last ? slice(s, last) : QString();
}
