// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "quotes/attribution/personfinder.h"

#include "language/attributionlexicon.h"
#include "language/characters.h"

#include <algorithm>

namespace
{
constexpr int MaxNameTokens = 5;
constexpr int MaxRoleTokens = 6;
// Distinct sentence-opening words checked against the article's lower-case words, each a pass over it.
constexpr int MaxSentenceOpenerChecks = 32;

bool isParticleWord(QStringView w)
{
    return AttributionLexicon::has(w, AttributionLexicon::NameParticle);
}

// Titles written with a full stop, which does not end the name: "Mr. Lind", "Gen. Ruiz".
bool isAbbreviatedTitle(QStringView w)
{
    return AttributionLexicon::has(w, AttributionLexicon::AbbreviatedTitle);
}

// "79-year-old" -> 79
int ageOf(QStringView w)
{
    const qsizetype dash = w.indexOf(u'-');
    if (dash <= 0 || !w.endsWith(u"-year-old", Qt::CaseInsensitive))
        return -1;
    bool ok = false;
    const int age = w.left(dash).toInt(&ok);
    return ok ? age : -1;
}

QString lowerJoined(const ArticleTokens &t, int first, int last)
{
    QStringList parts;
    for (int i = first; i <= last; ++i) {
        if (t.at(i).word)
            parts.append(t.text(i).toString().toLower());
    }
    return parts.join(u' ');
}
}

PersonFinder::PersonFinder(const ArticleTokens &tokens)
    : m_tokens(tokens)
    , m_nameToken(tokens.size())
{
    for (int i = 0; i < tokens.size(); ++i)
        m_nameToken[i] = looksLikeName(i);
}

QList<PersonMention> PersonFinder::find(const Article &article)
{
    const ArticleTokens tokens(article);
    return PersonFinder(tokens).find();
}

QStringList PersonFinder::nameParts(QStringView name)
{
    QStringList parts;
    QString current;
    for (QChar c : name) {
        if (c.isLetterOrNumber()) {
            current.append(c.toLower());
        } else if (c != u'.' && !Characters::isApostrophe(c) && !current.isEmpty()) {
            parts.append(current);
            current.clear();
        }
    }
    if (!current.isEmpty())
        parts.append(current);
    return parts;
}

bool PersonFinder::looksLikeName(int i) const
{
    const WordToken &t = m_tokens.at(i);
    if (!t.word || !t.upper || t.allCaps)
        return false;
    const QStringView w = m_tokens.text(i);
    for (qsizetype k = 1; k < w.size(); ++k) {
        const QChar c = w.at(k);
        if (c.isDigit() || c == u'.')
            return false;
        // "OkaforAna" (glued tag lists) is not a name; "McDonald" and "MacArthur" are.
        if (c.isUpper() && w.at(k - 1).isLower() && !w.left(k).endsWith(u"Mc") && !w.left(k).endsWith(u"Mac"))
            return false;
    }
    return true;
}

bool PersonFinder::isParticle(int i) const
{
    return i >= 0 && i < m_tokens.size() && m_tokens.at(i).word && !m_tokens.at(i).upper
        && isParticleWord(m_tokens.text(i));
}

// A name used as a modifier of a group: "the Okafor administration", "Ri Sol Han's regime" is not.
bool PersonFinder::beforeGroupNoun(int last) const
{
    const int after = last + 1;
    return !m_tokens.at(last).possessive && after < m_tokens.size() && m_tokens.at(after).word
        && !m_tokens.at(after).upper && m_tokens.has(after, AttributionLexicon::GroupNoun);
}

PersonMention PersonFinder::mention(int first, int last) const
{
    PersonMention m;
    m.first = first;
    m.last = last;
    m.span = { m_tokens.at(first).start, m_tokens.at(last).end };
    m.name = m_tokens.text(first, last).toString().simplified();
    m.possessive = m_tokens.at(last).possessive;
    m.quoted = m_tokens.at(first).inQuote;
    return m;
}

int PersonFinder::runEnd(int first) const
{
    // An initial or an abbreviated title and its dot: "J.", "Mr.", "Gen."
    const auto isInitialOrTitleDot = [this](int i) {
        return (m_tokens.text(i).size() == 1 || isAbbreviatedTitle(m_tokens.text(i))) && m_tokens.isPunct(i + 1, u'.');
    };
    int last = first;
    while (!m_tokens.at(last).possessive && last + 1 < m_tokens.size()
        && m_tokens.paragraph(last + 1) == m_tokens.paragraph(first) && last - first < MaxNameTokens + 4) {
        if (isNameToken(last + 1)) {
            ++last;
        } else if ((isParticle(last + 1) || isInitialOrTitleDot(last)) && isNameToken(last + 2)) {
            last += 2; // "Ana de Souza", "Ana J. Okafor", "Mr. Lind", "Gen. Ruiz"
        } else {
            break;
        }
    }
    return last;
}

QString PersonFinder::roleBefore(int title) const
{
    int first = title;
    const int para = m_tokens.paragraph(title);
    while (first - 1 >= 0 && title - first < MaxRoleTokens && m_tokens.paragraph(first - 1) == para) {
        const int k = first - 1;
        const WordToken &t = m_tokens.at(k);
        if (!t.word || t.possessive || m_tokens.has(k, AttributionLexicon::FunctionWord))
            break;
        if (!(m_tokens.has(k, AttributionLexicon::Title | AttributionLexicon::TitleModifier) || t.upper))
            break;
        first = k;
    }
    return lowerJoined(m_tokens, first, title);
}

void PersonFinder::apposition(int last, PersonMention &mention) const
{
    if (!m_tokens.isPunct(last + 1, u','))
        return;
    const int k = last + 2;
    if (k >= m_tokens.size())
        return;
    const QStringView w = m_tokens.text(k);
    bool isNumber = false;
    const int age = w.toInt(&isNumber);
    if (isNumber && m_tokens.isPunct(k + 1, u',')) {
        mention.age = age;
        return;
    }
    if (!(m_tokens.is(k, u"a") || m_tokens.is(k, u"an") || m_tokens.is(k, u"the")))
        return;
    for (int j = k + 1; j < m_tokens.size() && j <= k + 6 && m_tokens.at(j).word; ++j) {
        if (m_tokens.has(j, AttributionLexicon::Title | AttributionLexicon::PersonNoun)) {
            const QString role = lowerJoined(m_tokens, k + 1, j);
            mention.role = mention.role.isEmpty() ? role : mention.role + u' ' + role;
            return;
        }
    }
}

bool PersonFinder::nameRun(int first, int last, QList<PersonMention> &out, QSet<QStringView> &known) const
{
    while (first <= last && m_tokens.has(first, AttributionLexicon::FunctionWord))
        ++first;
    // A sentence-initial participle or adverb ("Speaking", "Interestingly") before a name.
    const bool sentenceStart
        = first == 0 || m_tokens.sentence(first - 1) != m_tokens.sentence(first) || m_tokens.isPunct(first - 1, u'.');
    if (first < last && sentenceStart) {
        const QStringView w = m_tokens.text(first);
        if (w.endsWith(u"ing") || w.endsWith(u"ly"))
            ++first;
    }
    if (first > last)
        return false;
    int title = -1;
    for (int i = first; i <= last; ++i) {
        // "Harbour Police Col. Ana Ruiz": the last title word ends the role, whatever names an organisation before it.
        if (m_tokens.has(
                i, AttributionLexicon::Title | AttributionLexicon::Honorific | AttributionLexicon::AbbreviatedTitle))
            title = i;
    }
    int nameFirst = title >= 0 ? title + 1 : first;
    if (title < 0 && first > 0 && m_tokens.at(first - 1).word
        && m_tokens.has(first - 1, AttributionLexicon::Title | AttributionLexicon::Honorific))
        title = first - 1; // "leader Ri Sol Han", "professor Lim"
    // "State Marco Rubio" after "Secretary of": a leading modifier belongs to the role.
    while (title < 0 && nameFirst < last && m_tokens.has(nameFirst, AttributionLexicon::TitleModifier))
        ++nameFirst;
    while (nameFirst <= last && m_tokens.isPunct(nameFirst, u'.'))
        ++nameFirst;
    if (nameFirst > last)
        return false;
    int words = 0;
    for (int i = nameFirst; i <= last; ++i) {
        if (!m_tokens.at(i).word)
            continue;
        ++words;
        if (m_tokens.has(i,
                AttributionLexicon::PlaceWord | AttributionLexicon::OrganisationWord | AttributionLexicon::FunctionWord
                    | AttributionLexicon::TimeWord))
            return false;
    }
    if (words > MaxNameTokens)
        return false;
    if (beforeGroupNoun(last))
        return false; // "the Okafor administration"
    if (title < 0 && nameFirst > 0 && m_tokens.is(nameFirst - 1, u"the"))
        return false; // "the Washington Post"
    // "a General Election", "a Major Incident": a capitalised title and a common noun the article also writes in
    // lower case.
    if (words == 1 && title >= first && m_tokens.at(title).upper && writtenLower(m_tokens.text(last)))
        return false;

    PersonMention m = mention(nameFirst, last);
    if (title >= 0)
        m.role = roleBefore(title);
    apposition(last, m);
    if (words < 2 && title < 0 && m.role.isEmpty() && m.age < 0)
        return false;
    for (int i = nameFirst; i <= last; ++i) {
        if (m_tokens.at(i).word && m_tokens.text(i).size() > 1)
            known.insert(m_tokens.text(i));
    }
    out.append(m);
    return true;
}

// `word` is written in lower case somewhere in the article.
bool PersonFinder::writtenLower(QStringView word) const
{
    const QString lower = word.toString().toLower();
    const auto it = m_lowerSeen.constFind(lower);
    if (it != m_lowerSeen.cend())
        return it.value();
    if (m_lowerSeen.size() >= MaxSentenceOpenerChecks)
        return false; // a list of names, not prose: keep the time linear
    bool seen = false;
    for (int k = 0; k < m_tokens.size() && !seen; ++k) {
        const WordToken &t = m_tokens.at(k);
        seen = t.word && !t.upper && t.end - t.start == lower.size()
            && m_tokens.text(k).compare(lower, Qt::CaseInsensitive) == 0;
    }
    m_lowerSeen.insert(lower, seen);
    return seen;
}

bool PersonFinder::isSpeechSubject(int i) const
{
    const int next = i + 1;
    if (next >= m_tokens.size() || !m_tokens.at(next).word || m_tokens.at(i).possessive)
        return false;
    const QStringView v = m_tokens.text(next);
    return !v.endsWith(u"ing") && m_tokens.has(next, AttributionLexicon::SpeechVerb)
        && !m_tokens.has(next, AttributionLexicon::ReportingVerb);
}

// Right after a quote in its sentence ("“…,” Okafor said"): a capital there is not the start of a sentence.
bool PersonFinder::afterQuote(int i) const
{
    for (int k = i - 1; k >= 0 && k >= i - 2 && !m_tokens.at(k).word; --k) {
        if (m_tokens.sentence(k) != m_tokens.sentence(i))
            return false;
        const QStringView p = m_tokens.text(k);
        if (p == u"\u201d" || p == u"\u2019" || p == u"\"" || p == u"'")
            return m_tokens.at(k).inQuote;
    }
    return false;
}

// Words that the article uses as a medium: "according to X", "told X", "X reported", "quoted by X".
QSet<QStringView> PersonFinder::mediaWords() const
{
    QSet<QStringView> media;
    const auto addRun = [&](int from) {
        for (int i = from; i < m_tokens.size() && i < from + 4 && isNameToken(i); ++i)
            media.insert(m_tokens.text(i));
    };
    for (int i = 0; i + 1 < m_tokens.size(); ++i) {
        if ((m_tokens.is(i, u"according") && m_tokens.is(i + 1, u"to"))
            || (m_tokens.is(i + 1, u"by") && m_tokens.has(i, AttributionLexicon::ReportingVerb))) {
            addRun(m_tokens.is(i + 2, u"the") ? i + 3 : i + 2);
        }
        if (isNameToken(i) && m_tokens.has(i + 1, AttributionLexicon::ReportingVerb))
            media.insert(m_tokens.text(i));
    }
    return media;
}

QList<PersonMention> PersonFinder::find() const
{
    QList<PersonMention> out;
    QSet<QStringView> known;
    const int n = m_tokens.size();
    // Names with a title or of several words, in the body only: headings capitalise every word.
    for (int i = 0; i < n; ++i) {
        if (m_tokens.zone(i) != ArticleTokens::Zone::Body || !isNameToken(i))
            continue;
        const int last = runEnd(i);
        nameRun(i, last, out, known);
        i = last;
    }
    // Capitalised mid-sentence somewhere: a name, not a sentence-initial common noun ("Officials said").
    QSet<QStringView> midSentence;
    QSet<QStringView> bodyMidSentence;
    for (int i = 1; i < n; ++i) {
        if (isNameToken(i) && m_tokens.sentence(i - 1) == m_tokens.sentence(i) && m_tokens.at(i - 1).word) {
            midSentence.insert(m_tokens.text(i));
            if (m_tokens.zone(i) == ArticleTokens::Zone::Body)
                bodyMidSentence.insert(m_tokens.text(i));
        }
    }
    // A heading's titled name ("Valdorian President Ana Ruiz Speaks") teaches the body its role, up to the last word
    // the body writes mid-sentence; "Mayor Urges Calm" is no name.
    for (int i = 0; i < n; ++i) {
        if (m_tokens.zone(i) != ArticleTokens::Zone::Heading || !isNameToken(i))
            continue;
        int last = runEnd(i);
        const int runLast = last;
        while (last > i && !bodyMidSentence.contains(m_tokens.text(last)))
            --last; // "… Ana Ruiz Speaks Out"
        const QSet<QStringView> knownBefore = known;
        const qsizetype before = out.size();
        if (nameRun(i, last, out, known)
            && (out.constLast().role.isEmpty() || !bodyMidSentence.contains(m_tokens.text(out.constLast().last))
                || m_tokens.zone(out.constLast().last) != ArticleTokens::Zone::Heading)) {
            out.resize(before);
            known = knownBefore;
        }
        i = runLast;
    }
    std::sort(out.begin(), out.end(), [](const PersonMention &a, const PersonMention &b) { return a.first < b.first; });
    QList<int> covered(n, 0);
    for (const PersonMention &m : std::as_const(out))
        std::fill(covered.begin() + m.first, covered.begin() + m.last + 1, 1);

    // Single-word and partial references to the names above, and subjects of speech verbs.
    const QSet<QStringView> media = mediaWords();
    // Never written in lower case in the article: a proper name even where it only opens sentences ("Okafor
    // said …"); a plural common noun opening a sentence ("Officials said") may be written so too, hence no -s.
    // Made only when a sentence-opening word needs it, and then only for words of the lengths asked about.
    QHash<QString, bool> lowerSeen; // lower-case form -> written so somewhere
    const auto properOnly = [&](int i) {
        if (m_tokens.has(
                i, AttributionLexicon::SpeakingBody | AttributionLexicon::PersonNoun | AttributionLexicon::Title))
            return false;
        const QString lower = m_tokens.text(i).toString().toLower();
        if (lower.endsWith(u's'))
            return false;
        auto it = lowerSeen.find(lower);
        if (it == lowerSeen.end() && lowerSeen.size() >= MaxSentenceOpenerChecks)
            return false; // a list of names, not prose: keep the time linear
        if (it == lowerSeen.end()) {
            bool seen = false;
            for (int k = 0; k < n && !seen; ++k) {
                const WordToken &t = m_tokens.at(k);
                seen = t.word && !t.upper && t.end - t.start == lower.size()
                    && m_tokens.text(k).compare(lower, Qt::CaseInsensitive) == 0;
            }
            it = lowerSeen.insert(lower, seen);
        }
        return !it.value();
    };
    QList<PersonMention> more;
    for (int i = 0; i < n; ++i) {
        if (covered.at(i) || m_tokens.zone(i) == ArticleTokens::Zone::Boilerplate || !isNameToken(i))
            continue;
        int last = i;
        if (known.contains(m_tokens.text(i))) {
            while (last + 1 < n && !m_tokens.at(last).possessive && !covered.at(last + 1) && isNameToken(last + 1)
                && m_tokens.sentence(last + 1) == m_tokens.sentence(i)
                && m_tokens.paragraph(last + 1) == m_tokens.paragraph(i) && known.contains(m_tokens.text(last + 1)))
                ++last;
        } else {
            const QStringView w = m_tokens.text(i);
            const bool honorific = i > 0 && m_tokens.has(i - 1, AttributionLexicon::Honorific);
            if (!(honorific || (isSpeechSubject(i) && (midSentence.contains(w) || afterQuote(i) || properOnly(i)))))
                continue;
            if (media.contains(w)
                || m_tokens.has(i,
                    AttributionLexicon::FunctionWord | AttributionLexicon::PlaceWord
                        | AttributionLexicon::OrganisationWord | AttributionLexicon::TimeWord)
                || m_tokens.is(i - 1, u"the")
                || (m_tokens.zone(i) == ArticleTokens::Zone::Heading && m_tokens.has(i, AttributionLexicon::Title)))
                continue; // "Mayor Urges Calm": a heading's title word, found as a description below
        }
        if (beforeGroupNoun(last))
            continue;
        more.append(mention(i, last));
        i = last;
    }
    out.append(more);
    descriptions(out, bodyMidSentence);
    std::sort(out.begin(), out.end(), [](const PersonMention &a, const PersonMention &b) { return a.first < b.first; });
    return out;
}

void PersonFinder::descriptions(QList<PersonMention> &out, const QSet<QStringView> &bodyNames) const
{
    const int n = m_tokens.size();
    for (int i = 0; i < n; ++i) {
        if (m_tokens.zone(i) == ArticleTokens::Zone::Boilerplate || !m_tokens.at(i).word)
            continue;
        const QStringView w = m_tokens.text(i);
        if (m_tokens.has(i, AttributionLexicon::PersonPronoun)) {
            PersonMention m;
            m.kind = PersonMention::Kind::Pronoun;
            m.first = m.last = i;
            m.span = m_tokens.at(i).span();
            m.role = w.toString().toLower();
            m.quoted = m_tokens.at(i).inQuote;
            out.append(m);
            continue;
        }
        if (headlineTitle(i, bodyNames, out))
            continue;
        if (!m_tokens.is(i, u"the"))
            continue;
        for (int j = i + 1; j < n && j <= i + 5 && m_tokens.at(j).word; ++j) {
            const QStringView x = m_tokens.text(j);
            const int age = ageOf(x);
            const bool head = age >= 0 || m_tokens.has(j, AttributionLexicon::Title | AttributionLexicon::PersonNoun);
            if (head) {
                // "the US President Ana Okafor" is a title, found with the name.
                if (isNameToken(j + 1) && !m_tokens.at(j).possessive)
                    break;
                PersonMention m;
                m.kind = PersonMention::Kind::Description;
                m.first = i;
                m.last = j;
                m.span = { m_tokens.at(i).start, m_tokens.at(j).end };
                m.role = lowerJoined(m_tokens, i + 1, j);
                m.age = age;
                m.possessive = m_tokens.at(j).possessive;
                m.quoted = m_tokens.at(i).inQuote;
                out.append(m);
                i = j;
                break;
            }
            const bool modifier
                = m_tokens.has(j, AttributionLexicon::TitleModifier) || m_tokens.at(j).upper || m_tokens.at(j).allCaps;
            if (!modifier || m_tokens.at(j).possessive)
                break;
        }
    }
}

// A heading drops the article: "Mayor urges calm", "…, governor says" speak of the mayor and the governor. Only
// title words right before a speech verb, so that a heading's other capitals stay no one's. Capitals before the
// title that the body writes mid-sentence are part of the role ("Harbour Mayor urges"), not the heading's title
// case ("Tearful Mayor urges").
bool PersonFinder::headlineTitle(int i, const QSet<QStringView> &bodyNames, QList<PersonMention> &out) const
{
    if (m_tokens.zone(i) != ArticleTokens::Zone::Heading || !m_tokens.has(i, AttributionLexicon::Title)
        || i + 1 >= m_tokens.size() || !m_tokens.at(i + 1).word || !m_tokens.has(i + 1, AttributionLexicon::SpeechVerb)
        || m_tokens.is(i - 1, u"the"))
        return false;
    const bool named
        = std::any_of(out.cbegin(), out.cend(), [i](const PersonMention &m) { return m.first <= i && i <= m.last; });
    if (named)
        return false;
    int first = i;
    while (first - 1 >= 0 && m_tokens.at(first - 1).word && !m_tokens.at(first - 1).possessive
        && (m_tokens.has(first - 1, AttributionLexicon::Title | AttributionLexicon::TitleModifier)
            || bodyNames.contains(m_tokens.text(first - 1))))
        --first;
    PersonMention m;
    m.kind = PersonMention::Kind::Description;
    m.first = first;
    m.last = i;
    m.span = { m_tokens.at(first).start, m_tokens.at(i).end };
    m.role = lowerJoined(m_tokens, first, i);
    out.append(m);
    return true;
}
