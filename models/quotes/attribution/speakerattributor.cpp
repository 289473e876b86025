// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "quotes/attribution/speakerattributor.h"

#include "language/attributionlexicon.h"
#include "language/characters.h"
#include "language/languagedata.h"
#include "quotes/textnormalizer.h"

#include <QHash>
#include <QSet>

namespace
{
// How far a speech verb may stand from the quote in its sentence, in tokens.
constexpr int MaxLeftDistance = 45;
constexpr int MaxRightDistance = 16;
// How far before its quote a speech noun's owner may stand ("Lind’s description of the deal as a “…”").
constexpr int MaxOwnedWordsDistance = 10;
// A cue set off by a comma may stand further after the quote, to the end of a long sentence.
constexpr int MaxFarRightDistance = 48;
// A quoted term of this many words between a quote and its cue does not end the search for the cue.
constexpr int MaxCrossedTermWords = 3;
// How many sentences before and after a quote's own the neighbour rule looks at.
constexpr int NeighbourSentences = 3;
// How far a document stands before "from" or "by" and its author ("a post on social media by").
constexpr int MaxDocumentAuthorDistance = 4;
// Words between an article and a company noun ("Acme, a cloud software firm").
constexpr int MaxCompanyModifiers = 4;
// How far back "the letter" looks for the sentence that first mentioned it, in tokens.
constexpr int MaxDocumentDistance = 200;
// Headline quotes matched against the body: a heading holds a few.
constexpr int MaxEchoedHeadlineQuotes = 16;
// How far a participle looks for the subject of its clause, in tokens.
constexpr int MaxParticipleDistance = 40;
// Title words between a speech verb and the name after it ("said Deputy Foreign Minister Ana Ruiz").
constexpr int MaxRoleWords = 7;
// How far back a bare "the board" looks for the board's fuller name, in tokens.
constexpr int MaxBodyNameDistance = 3000;
// How many paragraphs a "she added" may stand after the quote whose speaker it continues.
constexpr int MaxContinuedParagraphs = 3;
// A cue text longer than this is shortened to "subject … verb".
constexpr int MaxCueTokens = 8;

// Words a few tokens before a quote that make it a name or a question's words: "known as", "asked whether".
constexpr int MaxNamingGap = 4;
// Words of a phrase between a sentence's opening subject and a comma before its verb ("Lind on Friday, said").
constexpr int MaxOpeningPhrase = 4;
// Paragraphs of unmarked words (a post's lines) that a quote paragraph may follow and still continue its speaker.
constexpr int MaxQuietParagraphs = 5;
// How many paragraphs a news agency's report reaches past the sentence that credits it.
constexpr int MaxReportParagraphs = 2;

const QList<QStringList> &namingPhrases()
{
    static const QList<QStringList> phrases = [] {
        QList<QStringList> list;
        const WordList words = LanguageData::list(QStringLiteral("attribution/naming-phrases"));
        for (const WordList::Entry &e : words.entries())
            list.append(e.text.split(u' ', Qt::SkipEmptyParts));
        return list;
    }();
    return phrases;
}

bool isDash(QStringView w)
{
    return w.size() == 1 && (Characters::isDash(w.front()) || w.front() == u'-');
}
}

SpeakerAttributor::SpeakerAttributor(const ArticleTokens &tokens, const Coreference &coreference)
    : m_tokens(tokens)
    , m_coreference(coreference)
{
}

bool SpeakerAttributor::midSentenceCapital(QStringView word) const
{
    if (!m_midSentenceCapitalsMade) {
        m_midSentenceCapitalsMade = true;
        for (int i = 1; i < m_tokens.size(); ++i) {
            const WordToken &t = m_tokens.at(i);
            if (t.word && t.upper && m_tokens.at(i - 1).word && m_tokens.sentence(i - 1) == m_tokens.sentence(i))
                m_midSentenceCapitals.insert(m_tokens.text(i));
        }
    }
    return m_midSentenceCapitals.contains(word);
}

// A word of a proper name that is not a person's: "Kremlin", "Acme", "Ministry".
bool SpeakerAttributor::capitalisedName(int i) const
{
    return i >= 0 && i < m_tokens.size() && m_tokens.at(i).word && m_tokens.at(i).upper && !m_tokens.at(i).inQuote
        && m_coreference.mentionAt(i) < 0
        && !m_tokens.has(i,
            AttributionLexicon::FunctionWord | AttributionLexicon::TimeWord | AttributionLexicon::PersonPronoun
                | AttributionLexicon::Title | AttributionLexicon::Honorific);
}

// The organisation phrase ending at `last`, the subject of a verb after it: "the Kremlin", "the Acme
// board", "Acme's board", "the ministry". Not an object ("a member of the board said") nor a capitalised
// common noun opening a sentence ("Officials said").
bool SpeakerAttributor::organisationBefore(int last, int from, Cue &cue) const
{
    if (last < from || !m_tokens.at(last).word || m_tokens.at(last).inQuote || m_coreference.mentionAt(last) >= 0)
        return false;
    int first = last;
    const bool body = m_tokens.has(last, AttributionLexicon::SpeakingBody);
    if (body) {
        while (first - 1 >= from && capitalisedName(first - 1))
            --first;
    } else if (capitalisedName(last) && !m_tokens.at(last).possessive) {
        while (first - 1 >= from) {
            if (capitalisedName(first - 1) && !m_tokens.at(first - 1).possessive)
                --first;
            else if (m_tokens.is(first - 1, u"of") && capitalisedName(first - 2) && first - 2 >= from)
                first -= 2; // "Ministry of Defence"
            else
                break;
        }
    } else {
        return false;
    }
    return organisationBounded(first, last, true, cue);
}

// "from" or "by" at `preposition` names the author of a document a few words before it: "the statement
// from", "a letter signed by", "the memo issued jointly by".
bool SpeakerAttributor::documentAuthor(int preposition) const
{
    // "the website of the trust": "of" right after the document.
    if (m_tokens.is(preposition, u"of"))
        return m_tokens.has(preposition - 1, AttributionLexicon::DocumentNoun) && !m_tokens.at(preposition - 1).inQuote;
    if (!m_tokens.is(preposition, u"from") && !m_tokens.is(preposition, u"by"))
        return false;
    const int sentence = m_tokens.sentence(preposition);
    for (int i = preposition - 1; i >= 0 && preposition - i <= MaxDocumentAuthorDistance; --i) {
        if (!m_tokens.at(i).word || m_tokens.at(i).inQuote || m_tokens.sentence(i) != sentence
            || m_tokens.has(i, AttributionLexicon::DocumentReader))
            return false;
        if (m_tokens.has(i, AttributionLexicon::DocumentNoun))
            return true;
    }
    return false;
}

// The writer of a document named after it, starting at `first`: "a post on social media by spokeswoman Ana
// Ruiz", "a statement put out by the ministry".
bool SpeakerAttributor::documentAfter(int first, int to, Cue &cue) const
{
    int noun = first;
    while (noun <= to && noun - first <= MaxDocumentAuthorDistance && m_tokens.at(noun).word
        && !m_tokens.has(noun, AttributionLexicon::DocumentNoun))
        ++noun;
    if (noun > to || !m_tokens.has(noun, AttributionLexicon::DocumentNoun))
        return false;
    for (int k = noun + 1; k <= to && k - noun <= MaxDocumentAuthorDistance + 3; ++k) {
        if (!m_tokens.at(k).word || m_tokens.at(k).inQuote)
            return false;
        if (!documentAuthor(k))
            continue;
        // A person after a role ("by spokeswoman Ana Ruiz"), not past the phrase ("by the ministry, Ruiz …").
        for (int j = k + 1; j <= to && j - k <= MaxRoleWords && m_tokens.at(j).word && !m_tokens.at(j).inQuote; ++j) {
            if ((cue.subject = personMention(j)) >= 0)
                return true;
        }
        return organisationAfter(k + 1, to, cue);
    }
    return false;
}

// "the letter reads", "it reads": the writer of the document `noun` named where the article first mentioned it, as the
// author after "from" or "by" ("a letter signed by Acme employees") or the person or body of that sentence
// ("In a letter, the employees warned …").
bool SpeakerAttributor::documentWriter(int noun, Cue &cue) const
{
    // "it reads" after a sentence that mentions a document speaks for that document.
    const bool pronoun = m_tokens.is(noun, u"it");
    if (!pronoun && (!m_tokens.has(noun, AttributionLexicon::DocumentNoun) || !m_tokens.is(noun - 1, u"the")))
        return false;
    if (pronoun && sentenceFirst(noun) == 0)
        return false;
    const int earliest = pronoun ? sentenceFirst(sentenceFirst(noun) - 1) : noun - MaxDocumentDistance;
    int earlier = pronoun ? sentenceFirst(noun) - 1 : noun - 2;
    while (earlier >= std::max(0, earliest)
        && (m_tokens.at(earlier).inQuote || !m_tokens.at(earlier).word
            || (pronoun ? !m_tokens.has(earlier, AttributionLexicon::DocumentNoun)
                        : !m_tokens.is(earlier, m_tokens.text(noun)))))
        --earlier;
    if (earlier < std::max(0, earliest))
        return pronoun && sourceBefore(noun, cue);
    if (m_tokens.zone(earlier) != ArticleTokens::Zone::Body)
        return false;
    const int first = sentenceFirst(earlier);
    const int last = sentenceLast(earlier);
    for (int k = earlier + 1; k <= last && k - earlier <= MaxDocumentAuthorDistance + 1; ++k) {
        if (documentAuthor(k)) {
            if ((cue.subject = personMention(k + 1)) >= 0 || organisationAfter(k + 1, last, cue))
                return true;
            break;
        }
    }
    for (int k = first; k <= last; ++k) {
        if (m_tokens.at(k).inQuote)
            continue;
        if ((cue.subject = personMention(k)) >= 0)
            return true;
        if (m_tokens.at(k).word && m_tokens.has(k, AttributionLexicon::SpeakingBody)
            && organisationBefore(k, first, cue))
            return true;
    }
    return false;
}

// "…, according to the website of the Harbour Trust. ¶ “…,” it said.": "it" is the source last given in its
// paragraph or the one before (an organisation, or the writer of a document).
bool SpeakerAttributor::sourceBefore(int pronoun, Cue &cue) const
{
    const int para = m_tokens.paragraph(pronoun);
    for (int k = sentenceFirst(pronoun) - 1; k >= 0 && para - m_tokens.paragraph(k) <= 1; --k) {
        if (!m_tokens.is(k, u"according") || m_tokens.at(k).inQuote || m_tokens.zone(k) != ArticleTokens::Zone::Body)
            continue;
        const Cue source = cueForVerb(k, sentenceFirst(k), sentenceLast(k), k);
        if (!source.valid())
            return false;
        cue.subject = source.subject;
        cue.orgFirst = source.orgFirst;
        cue.orgLast = source.orgLast;
        return true;
    }
    return false;
}

// "Acme's statement said", "Ruiz's explanation for the delay claimed": the owner of a document that is the
// subject, its phrase ending at `last`.
bool SpeakerAttributor::documentOwner(int last, int from, Cue &cue) const
{
    for (int p = last - 1; p >= from && last - p <= MaxDocumentAuthorDistance + 2; --p) {
        const WordToken &t = m_tokens.at(p);
        if (!t.word || t.inQuote || m_tokens.has(p, AttributionLexicon::SpeechVerb))
            return false;
        if (!t.possessive || !m_tokens.has(p + 1, AttributionLexicon::DocumentNoun))
            continue;
        const int m = m_coreference.mentionAt(p);
        if (m >= 0) {
            if (m_coreference.mentions().at(m).quoted || m_coreference.entityOf(m) < 0)
                return false;
            cue.subject = m;
            return true;
        }
        if (!capitalisedName(p))
            return false;
        int first = p;
        while (first - 1 >= from && capitalisedName(first - 1) && !m_tokens.at(first - 1).possessive)
            --first;
        cue.orgFirst = first;
        cue.orgLast = p;
        return true;
    }
    return false;
}

// Checks the words of an organisation phrase `first`..`last` (and, for a `subject` before its verb, the words
// before it) and records it in `cue`.
bool SpeakerAttributor::organisationBounded(int first, int last, bool subject, Cue &cue) const
{
    const bool body = m_tokens.has(last, AttributionLexicon::SpeakingBody);
    int before = first - 1;
    const bool determiner = m_tokens.is(before, u"the");
    if (determiner)
        --before;
    const bool opensSentence
        = before < 0 || m_tokens.sentence(before) != m_tokens.sentence(first) || !m_tokens.at(before).word;
    if (first == last && !determiner) {
        // "board said" alone is a headline's or a list's; a lone capital opening a sentence may be a common noun.
        if (body && !(opensSentence && m_tokens.at(first).upper))
            return false;
        if (!body && !midSentenceCapital(m_tokens.text(first)) && !m_tokens.isPunct(before, u','))
            return false;
    }
    // After a verb or preposition the phrase is an object: "a member of the board said"; but the author of
    // a document speaks through it: "the statement from Acme continued".
    if (subject && !opensSentence && !m_tokens.at(before).upper && !m_tokens.is(before, u"and")
        && !m_tokens.is(before, u"but") && !documentAuthor(before))
        return false;
    cue.orgFirst = determiner && body && first == last ? first - 1 : first;
    cue.orgLast = last;
    return true;
}

// The organisation phrase starting at `first` (at "the" or after it), the subject of a verb before it:
// "according to the Kremlin", "said the Acme board".
bool SpeakerAttributor::organisationAfter(int first, int to, Cue &cue) const
{
    int j = m_tokens.is(first, u"the") ? first + 1 : first;
    if (j > to)
        return false;
    int last = j;
    if (capitalisedName(j)) {
        while (!m_tokens.at(last).possessive && last + 1 <= to) {
            if (capitalisedName(last + 1))
                ++last;
            else if (m_tokens.is(last + 1, u"of") && last + 2 <= to && capitalisedName(last + 2))
                last += 2;
            else
                break;
        }
        if (last + 1 <= to && m_tokens.at(last + 1).word && m_tokens.has(last + 1, AttributionLexicon::SpeakingBody))
            ++last; // "the Acme board", "Acme's board"
        else if (last + 1 <= to && m_tokens.at(last + 1).word
            && m_tokens.has(last + 1, AttributionLexicon::Title | AttributionLexicon::PersonNoun))
            return false; // "the Acme spokesman" is a person the article does not name
    } else if (!m_tokens.at(j).word || m_tokens.at(j).inQuote || !m_tokens.has(j, AttributionLexicon::SpeakingBody)
        || j == first) {
        return false;
    }
    return organisationBounded(j, last, false, cue);
}

// "the man known as “the Chef”", "asked whether Ruiz is a “friend or foe”": the quote is a name, or the words
// of a question, not the speech of the sentence's subject.
bool SpeakerAttributor::namedBy(int openToken) const
{
    for (int end = openToken - 1; end >= 0 && openToken - 1 - end <= MaxNamingGap; --end) {
        const WordToken &t = m_tokens.at(end);
        if (!t.word || t.inQuote || m_tokens.sentence(end) != m_tokens.sentence(openToken)
            || m_tokens.has(end, AttributionLexicon::SpeechVerb))
            return false;
        for (const QStringList &phrase : namingPhrases()) {
            int k = end;
            qsizetype w = phrase.size() - 1;
            while (w >= 0 && k >= 0 && m_tokens.at(k).word && m_tokens.is(k, phrase.at(w))) {
                --w;
                --k;
            }
            if (w < 0)
                return true;
        }
    }
    return false;
}

// Between the end of one quote and the paragraph `first` opens, only paragraphs of the same speaker's words
// left unmarked (a post's lines, its signature, short enough to pass for headings): no quote, speech verb or
// other person.
bool SpeakerAttributor::quietBetween(int from, int first, const Attribution &speaker) const
{
    if (m_tokens.paragraph(first) - m_tokens.paragraph(std::max(0, from - 1)) > MaxQuietParagraphs + 1)
        return false;
    for (int k = from; k < first; ++k) {
        const WordToken &t = m_tokens.at(k);
        if (t.inQuote || m_tokens.zone(k) == ArticleTokens::Zone::Boilerplate
            || (t.word && m_tokens.has(k, AttributionLexicon::SpeechVerb)))
            return false;
        const int m = personMention(k);
        if (m >= 0 && m_coreference.entityOf(m) != speaker.entity)
            return false;
    }
    return true;
}

// A paragraph without a speech verb outside its quotes.
bool SpeakerAttributor::withoutSpeechVerb(int token) const
{
    for (int k = m_tokens.paragraphFirst(token); k <= m_tokens.paragraphLast(token); ++k) {
        if (m_tokens.at(k).word && !m_tokens.at(k).inQuote && m_tokens.has(k, AttributionLexicon::SpeechVerb))
            return false;
    }
    return true;
}

int SpeakerAttributor::sentenceFirst(int token) const
{
    return m_tokens.sentenceFirst(token);
}

int SpeakerAttributor::sentenceLast(int token) const
{
    return m_tokens.sentenceLast(token);
}

// A mention of a known person at `token` that can be a subject.
int SpeakerAttributor::personMention(int token) const
{
    const int m = m_coreference.mentionAt(token);
    if (m < 0)
        return -1;
    const PersonMention &mention = m_coreference.mentions().at(m);
    if (mention.quoted || mention.possessive || m_coreference.entityOf(m) < 0)
        return -1;
    return m;
}

int SpeakerAttributor::subjectBefore(int verb, int from, bool &nonPerson, bool &coordinated, int &stop) const
{
    int k = verb - 1;
    while (k >= from) {
        const WordToken &t = m_tokens.at(k);
        if (t.word && !t.upper && m_tokens.has(k, AttributionLexicon::VerbFiller)) {
            --k;
            continue;
        }
        if (t.word && m_tokens.has(k, AttributionLexicon::TimeWord)) {
            // "Ruiz on Saturday night said", "Ruiz yesterday said"
            while (k - 1 >= from && m_tokens.has(k - 1, AttributionLexicon::TimeWord))
                --k;
            k -= m_tokens.is(k - 1, u"on") ? 2 : 1;
            continue;
        }
        if (m_tokens.isPunct(k, u',')) {
            // A name set off after its description: "Acme's vice president, Bo Lind, said", "the agency, Acme
            // News, reported".
            const int name = k - 1;
            int m = m_coreference.mentionEndingAt(name);
            if (m >= 0 && m_coreference.mentions().at(m).kind != PersonMention::Kind::Name)
                m = -1; // "Lind, the minister, said": the apposition below
            const bool described = m >= 0 || m_coreference.mentionAt(name) < 0;
            int nameFirst = m >= 0 ? m_coreference.mentions().at(m).first : name;
            while (m < 0 && nameFirst - 1 >= from && capitalisedName(nameFirst - 1))
                --nameFirst;
            if (described && name >= from && m_tokens.isPunct(nameFirst - 1, u',') && nameFirst - 1 >= from
                && (m >= 0 || capitalisedName(name))) {
                if (m >= 0 && personMention(name) >= 0)
                    return m;
                nonPerson = true;
                stop = name;
                return -1;
            }
            // Skip an apposition: "Lind, a professor at Norrvik University, told".
            int j = k - 1;
            for (; j >= from && j >= k - 16; --j) {
                if (!m_tokens.isPunct(j, u','))
                    continue;
                const QStringView next = m_tokens.text(j + 1);
                bool number = false;
                const int age = next.toInt(&number);
                // "Lind, a professor …,", "Lind, 64,", "Lind, quoted by the agency,", "Lind, speaking in Paris,"
                const bool clause = m_tokens.at(j + 1).word && !m_tokens.at(j + 1).upper && !m_tokens.is(j + 1, u"and")
                    && !m_tokens.is(j + 1, u"but") && !m_tokens.is(j + 1, u"or");
                if ((number && age > 0) || clause || m_tokens.is(j + 1, u"the"))
                    break;
            }
            if (j < from || j < k - 16)
                return openingSubject(k, from);
            k = j - 1;
            continue;
        }
        break;
    }
    if (k < from || !m_tokens.at(k).word)
        return -1;
    stop = k;
    const int m = m_coreference.mentionAt(k);
    if (m >= 0 && !m_coreference.mentions().at(m).quoted) {
        if (m_coreference.mentions().at(m).possessive)
            return -1;
        if (m_coreference.entityOf(m) >= 0)
            return m;
        nonPerson = true; // "the Seoul official": a person, but not one the article names
        return -1;
    }
    if (m_tokens.is(k, u"and") || m_tokens.is(k, u"but") || m_tokens.is(k, u"then"))
        coordinated = true;
    else
        nonPerson = true;
    return -1;
}

// "Lind on Friday, said", "Lind in a post, wrote": the person opening the sentence, then a short phrase that
// opens with a preposition, then the comma at `comma`.
int SpeakerAttributor::openingSubject(int comma, int from) const
{
    const int m = personMention(from);
    if (m < 0)
        return -1;
    const int after = m_coreference.mentions().at(m).last + 1;
    if (after >= comma || comma - after > MaxOpeningPhrase || !m_tokens.at(after).word || m_tokens.at(after).upper
        || !m_tokens.has(after, AttributionLexicon::FunctionWord))
        return -1;
    for (int k = after; k < comma; ++k) {
        if (!m_tokens.at(k).word || m_tokens.at(k).inQuote || m_tokens.has(k, AttributionLexicon::SpeechVerb))
            return -1;
    }
    return m;
}

// The first person of the sentence before `verb` who stands where a subject does: at the start, after a
// comma or conjunction, or after title words; not after a verb or preposition ("led by Lind", "met Lind").
int SpeakerAttributor::mainSubject(int sentence, int verb) const
{
    for (int j = sentence; j < verb; ++j) {
        const int m = personMention(j);
        if (m < 0)
            continue;
        const PersonMention &mention = m_coreference.mentions().at(m);
        int k = mention.first - 1;
        while (k >= sentence && m_tokens.at(k).word
            && m_tokens.has(
                k, AttributionLexicon::Title | AttributionLexicon::TitleModifier | AttributionLexicon::Honorific))
            --k;
        if (k < sentence || !m_tokens.at(k).word
            || (m_tokens.at(k).upper && !m_tokens.has(k, AttributionLexicon::FunctionWord)) || m_tokens.is(k, u"and")
            || m_tokens.is(k, u"but"))
            return m;
        j = mention.last;
    }
    return -1;
}

SpeakerAttributor::Cue SpeakerAttributor::cueForVerb(
    int verb, int from, int to, int quoteEnd, bool followCoordination) const
{
    Cue cue;
    cue.verb = verb;
    const QStringView v = m_tokens.text(verb);
    if (v.compare(u"according", Qt::CaseInsensitive) == 0) {
        if (!m_tokens.is(verb + 1, u"to"))
            return cue;
        cue.subject = personMention(verb + 2);
        if (cue.subject < 0 && !organisationAfter(verb + 2, to, cue))
            documentAfter(verb + 2, to, cue); // "according to a statement from the ministry"
        return cue;
    }
    if (v.endsWith(u"ing", Qt::CaseInsensitive)) {
        // A participle takes the subject of its main clause, not the nearest name: in "Ruiz met Lind, saying"
        // and "Ruiz condemned the strike led by Lind, calling it …" it is Ruiz.
        const int sentence = sentenceFirst(verb);
        // "with Lind vowing …": a name right before the participle is its own subject.
        if ((cue.subject = personMention(verb - 1)) >= 0)
            return cue;
        // "with the city declaring …": so is anything else there, though not a person.
        for (int j = verb - 2; j >= sentence && verb - j <= MaxNamingGap + 1 && m_tokens.at(j).word; --j) {
            if (m_tokens.is(j, u"with")) {
                cue.blocks = cue.absolute = true;
                return cue;
            }
        }
        if ((cue.subject = mainSubject(sentence, verb)) >= 0)
            return cue;
        // "The board removed Ana Ruiz, saying …": an organisation opening the sentence.
        if (organisationAfter(sentence, verb - 1, cue)) {
            const int next = cue.orgLast + 1;
            if (next < verb && m_tokens.at(next).word && !m_tokens.at(next).upper)
                return cue;
            cue.orgFirst = cue.orgLast = -1;
        }
        for (int j = verb - 1; j >= from && verb - j <= MaxParticipleDistance; --j) {
            if ((cue.subject = personMention(j)) >= 0)
                return cue;
        }
        // "Speaking in Paris, …", "Despite once calling it …, Ruiz": a participle in the clause that opens its
        // sentence precedes its subject.
        for (int j = sentence; j < verb; ++j) {
            if (m_tokens.isPunct(j, u','))
                return cue;
        }
        for (int j = quoteEnd + 1; j <= to && j - quoteEnd <= MaxParticipleDistance; ++j) {
            if (!m_tokens.at(j).inQuote && (cue.subject = personMention(j)) >= 0)
                return cue;
        }
        return cue;
    }
    bool nonPerson = false;
    bool coordinated = false;
    int stop = -1;
    cue.subject = subjectBefore(verb, from, nonPerson, coordinated, stop);
    if (coordinated && followCoordination) {
        // "Ruiz said … but added": the subject of the earlier speech verb (one step back, so that a chain
        // of "and said" costs no more than one).
        for (int j = verb - 1; j >= from && verb - j <= MaxParticipleDistance; --j) {
            if (m_tokens.at(j).word && !m_tokens.at(j).inQuote && m_tokens.has(j, AttributionLexicon::SpeechVerb))
                return cueForVerb(j, from, to, quoteEnd, false);
        }
        // "Ruiz arrived late and told reporters …": the subject of the sentence.
        cue.subject = mainSubject(sentenceFirst(verb), verb);
        return cue;
    }
    if (coordinated)
        return cue;
    if (cue.subject < 0 && nonPerson && stop >= 0 && organisationBefore(stop, from, cue))
        return cue;
    if (cue.subject < 0 && nonPerson && stop >= 0 && (documentWriter(stop, cue) || documentOwner(stop, from, cue)))
        return cue;
    if (cue.subject < 0 && !nonPerson) {
        int j = verb + 1;
        while (j <= to && m_tokens.at(j).word && m_tokens.has(j, AttributionLexicon::VerbFiller))
            ++j;
        const int after = j;
        // "said Okafor", "said Rear Admiral Ana Ruiz", "said Harbour Police Col. Ana Ruiz"
        // An abbreviated title's full stop may have ended the sentence for the splitter.
        for (int title = j;
             j < m_tokens.size() && m_tokens.paragraph(j) == m_tokens.paragraph(verb) && j - title <= MaxRoleWords;
             ++j) {
            if (j > to && !m_tokens.isPunct(j - 1, u'.'))
                break;
            if ((cue.subject = personMention(j)) >= 0)
                break;
            const WordToken &t = m_tokens.at(j);
            const bool titleWord = m_tokens.has(
                j, AttributionLexicon::Title | AttributionLexicon::TitleModifier | AttributionLexicon::Honorific);
            const bool role = t.word
                ? titleWord || (t.upper && !m_tokens.has(j, AttributionLexicon::TimeWord))
                : m_tokens.isPunct(j, u'.') && m_tokens.has(j - 1, AttributionLexicon::AbbreviatedTitle);
            if (!role)
                break;
        }
        if (cue.subject < 0 && after <= to)
            organisationAfter(after, to, cue); // "said the ministry", "said The Daily Ledger"
    }
    cue.blocks = cue.subject < 0 && nonPerson && !m_tokens.has(verb, AttributionLexicon::ReportingVerb);
    if (cue.blocks && stop >= 0) {
        const int m = m_coreference.mentionAt(stop);
        if (m >= 0 && m_coreference.mentions().at(m).kind == PersonMention::Kind::Description
            && !m_coreference.mentions().at(m).possessive && !m_coreference.mentions().at(m).quoted)
            cue.unnamed = m;
    }
    return cue;
}

SpeakerAttributor::Cue SpeakerAttributor::leftCue(int openToken, int from, bool &blocked) const
{
    const int before = openToken - 1;
    // A headline's name right before its quote: "Okafor ‘regrets’ delay".
    if (before >= 0 && m_tokens.zone(openToken) == ArticleTokens::Zone::Heading) {
        const int m = personMention(before);
        if (m >= 0 && m_coreference.mentions().at(m).last == before) {
            Cue cue;
            cue.subject = m;
            cue.distance = 1;
            return cue;
        }
    }
    if (m_tokens.isPunct(before, u':')) {
        const int m = personMention(before - 1);
        if (m >= 0) {
            Cue cue;
            cue.subject = m;
            cue.distance = 1;
            return cue;
        }
    }
    const int last = sentenceLast(openToken);
    for (int k = before; k >= from && before - k < MaxLeftDistance; --k) {
        const WordToken &t = m_tokens.at(k);
        if (!t.word || t.inQuote || !m_tokens.has(k, AttributionLexicon::SpeechVerb))
            continue;
        Cue cue = cueForVerb(k, from, last, openToken);
        if (cue.valid()) {
            cue.distance = openToken - k;
            return cue;
        }
        // "After Ruiz announced the vote, the opposition leader insisted on “a say”": the nearest speech verb's
        // subject, a person though the rules cannot name them, is the speaker; not someone further back. A noun
        // that looks like a verb ("the phone call") is passed over.
        const bool personSubject = m_coreference.mentionAt(k - 1) >= 0
            || m_tokens.has(k - 1, AttributionLexicon::Title | AttributionLexicon::PersonNoun);
        blocked = blocked || cue.blocks;
        if (cue.blocks && (personSubject || cue.absolute || cue.unnamed >= 0))
            return cue; // not valid; its `unnamed` may still name the role
    }
    return {};
}

// "Ruiz questioned Lind’s description of the deal as a “disaster”": a speech noun that governs the quote, with a
// person as its owner, credits that person, whoever speaks in the sentence.
SpeakerAttributor::Cue SpeakerAttributor::ownerCue(int openToken) const
{
    const int from = sentenceFirst(openToken);
    for (int k = openToken - 1; k >= from && openToken - k <= MaxOwnedWordsDistance; --k) {
        const WordToken &t = m_tokens.at(k);
        if (t.inQuote)
            return {};
        if (t.possessive && k + 1 < openToken && m_tokens.has(k + 1, AttributionLexicon::SpeechNoun)) {
            const int m = m_coreference.mentionEndingAt(k);
            if (m < 0 || m_coreference.mentions().at(m).quoted || m_coreference.entityOf(m) < 0)
                return {};
            Cue cue;
            cue.subject = m;
            cue.verb = k + 1;
            cue.distance = openToken - k;
            return cue;
        }
        if (t.word && m_tokens.has(k, AttributionLexicon::SpeechVerb) && (k == 0 || !m_tokens.at(k - 1).possessive))
            return {};
    }
    return {};
}

SpeakerAttributor::Cue SpeakerAttributor::rightCue(int closeToken, int to, bool &blocked) const
{
    int k = closeToken + 1;
    bool dash = false;
    while (k <= to && !m_tokens.at(k).word) {
        dash = dash || isDash(m_tokens.text(k));
        ++k;
    }
    // A sentence splitter may cut "“…” — Ana Ruiz" after the dash.
    if (k > to && dash && k < m_tokens.size() && m_tokens.paragraph(k) == m_tokens.paragraph(closeToken))
        to = sentenceLast(k);
    if (k > to)
        return {};
    if (dash && m_coreference.mentionAt(k) >= 0
        && m_coreference.mentions().at(m_coreference.mentionAt(k)).kind == PersonMention::Kind::Name) {
        Cue cue;
        cue.subject = personMention(k);
        cue.distance = 1;
        if (cue.valid())
            return cue;
    }
    // Past the near words, or past a short quoted term, only a cue set off by a comma still speaks for the
    // quote: "“…” about how long it takes, Ruiz told reporters", "“…” and a “mayday” call, the agency said".
    bool far = false;
    for (int j = k; j <= to && j - k < MaxFarRightDistance; ++j) {
        const WordToken &t = m_tokens.at(j);
        if (t.inQuote) {
            int words = 0;
            int end = j;
            // Quotes side by side are one run of quoted tokens: count no further than the words allowed.
            for (; end <= to && m_tokens.at(end).inQuote && words <= MaxCrossedTermWords; ++end)
                words += m_tokens.at(end).word ? 1 : 0;
            if (words > MaxCrossedTermWords)
                break;
            far = true;
            j = end - 1;
            continue;
        }
        if (!t.word || !m_tokens.has(j, AttributionLexicon::SpeechVerb))
            continue;
        far = far || j - k >= MaxRightDistance;
        Cue cue = cueForVerb(j, k, to, closeToken);
        if (cue.valid() && (!far || setOffCue(cue))) {
            cue.distance = j - closeToken;
            return cue;
        }
        if (far)
            continue; // "a “mayday” call, the agency said": a noun that looks like a verb
        blocked = blocked || cue.blocks;
        if (cue.unnamed >= 0)
            return cue; // not valid; its `unnamed` still names the role
        break;
    }
    return {};
}

// A cue that opens its own clause after a comma: ", Ruiz said", ", Harbour Secretary Bo Lind told", ", said the
// ministry".
bool SpeakerAttributor::setOffCue(const Cue &cue) const
{
    int first = cue.verb;
    if (cue.subject >= 0)
        first = std::min(first, m_coreference.mentions().at(cue.subject).first);
    else if (cue.orgFirst >= 0)
        first = std::min(first, cue.orgFirst);
    int k = first - 1;
    while (k >= 0
        && (m_tokens.at(k).word
                ? m_tokens.is(k, u"the") || m_tokens.at(k).upper
                    || m_tokens.has(k,
                        AttributionLexicon::Title | AttributionLexicon::TitleModifier | AttributionLexicon::Honorific)
                : m_tokens.isPunct(k, u'.') && m_tokens.has(k - 1, AttributionLexicon::AbbreviatedTitle)))
        --k;
    return m_tokens.isPunct(k, u',');
}

// A quote never closed may hold its own cue where the closing mark was forgotten: "“We will stay, Ruiz said in a
// statement." (a name set off by a comma before a speech verb, near the quote's end).
SpeakerAttributor::Cue SpeakerAttributor::unclosedCue(int first, int last) const
{
    for (int k = last; k > first && last - k < MaxRightDistance; --k) {
        if (!m_tokens.at(k).word || !m_tokens.has(k, AttributionLexicon::SpeechVerb)
            || m_tokens.has(k, AttributionLexicon::ReportingVerb))
            continue;
        const int m = m_coreference.mentionEndingAt(k - 1);
        if (m < 0 || m_coreference.mentions().at(m).kind != PersonMention::Kind::Name || m_coreference.entityOf(m) < 0
            || !m_tokens.isPunct(m_coreference.mentions().at(m).first - 1, u','))
            continue;
        Cue cue;
        cue.verb = k;
        cue.subject = m;
        cue.distance = 1;
        return cue;
    }
    return {};
}

SpeakerAttributor::Cue SpeakerAttributor::neighbourCue(int firstToken, int lastToken) const
{
    const int pFirst = m_tokens.paragraphFirst(firstToken);
    const int pLast = m_tokens.paragraphLast(lastToken);
    // Sentences before the quote (closest first), then after it.
    const auto scan = [&](int from, int to) -> Cue {
        for (int k = from; k <= to; ++k) {
            const WordToken &t = m_tokens.at(k);
            if (!t.word || t.inQuote || !m_tokens.has(k, AttributionLexicon::SpeechVerb))
                continue;
            Cue cue = cueForVerb(k, sentenceFirst(k), sentenceLast(k), sentenceLast(k));
            if (cue.valid())
                return cue;
        }
        return {};
    };
    int looked = 0;
    for (int end = sentenceFirst(firstToken) - 1; end >= pFirst && looked < NeighbourSentences; ++looked) {
        const int start = sentenceFirst(end);
        const Cue cue = scan(start, end);
        if (cue.valid())
            return cue;
        end = start - 1;
    }
    looked = 0;
    for (int start = sentenceLast(lastToken) + 1; start <= pLast && looked < NeighbourSentences; ++looked) {
        const int end = sentenceLast(start);
        const Cue cue = scan(start, end);
        if (cue.valid())
            return cue;
        start = end + 1;
    }
    return {};
}

// The words of an organisation phrase as a name: "Acme's board" is "Acme board"; a bare "the board" takes
// the fuller name of the latest board named before it ("the Acme board", "Acme's board").
QString SpeakerAttributor::organisationName(int first, int last) const
{
    const auto join = [this](int from, int to) {
        QStringList words;
        for (int i = from; i <= to; ++i) {
            if (m_tokens.at(i).word)
                words.append(m_tokens.is(i, u"the") ? QStringLiteral("the") : m_tokens.text(i).toString());
        }
        return words.join(u' ');
    };
    if (m_tokens.is(first, u"the") && last == first + 1) {
        const QStringView head = m_tokens.text(last);
        for (int i = first - 1; i > 0 && first - i <= MaxBodyNameDistance; --i) {
            if (!m_tokens.is(i, head) || !capitalisedName(i - 1))
                continue;
            int from = i - 1;
            while (from - 1 >= 0 && capitalisedName(from - 1) && !m_tokens.at(from - 1).possessive)
                --from;
            if (m_tokens.is(from - 1, u"the") || m_tokens.at(i - 1).possessive)
                return join(from, i);
        }
        if (m_tokens.has(last, AttributionLexicon::CompanyNoun)) {
            const auto [from, to] = companyName();
            if (from >= 0)
                return join(from, to);
        }
    }
    return join(first, last);
}

// The business the article names beside a company noun, most often: "Acme, the company behind …",
// "the startup Acme", "app-maker Acme". {-1, -1} when it names none.
std::pair<int, int> SpeakerAttributor::companyName() const
{
    const auto companyNoun = [this](int i) {
        const QStringView w = m_tokens.text(i);
        const qsizetype hyphen = w.lastIndexOf(u'-');
        return m_tokens.has(i, AttributionLexicon::CompanyNoun)
            || (hyphen > 0 && AttributionLexicon::has(w.mid(hyphen + 1), AttributionLexicon::CompanyNoun));
    };
    QHash<QString, int> counts;
    std::pair<int, int> best { -1, -1 };
    int bestCount = 0;
    const auto count = [&](int from, int to) {
        QStringList words;
        for (int i = from; i <= to; ++i)
            words.append(m_tokens.text(i).toString());
        const int n = ++counts[words.join(u' ')];
        if (n > bestCount) {
            bestCount = n;
            best = { from, to };
        }
    };
    for (int i = 0; i < m_tokens.size(); ++i) {
        if (!m_tokens.at(i).word || m_tokens.at(i).inQuote || !companyNoun(i))
            continue;
        if (capitalisedName(i + 1) && m_tokens.sentence(i + 1) == m_tokens.sentence(i)) {
            int to = i + 1; // "the startup Acme", "app-maker Acme Labs"
            while (to + 1 < m_tokens.size() && !m_tokens.at(to).possessive && capitalisedName(to + 1))
                ++to;
            count(i + 1, to);
            continue;
        }
        int d = i - 1; // "Acme, the company", "Acme, a cloud software firm"
        while (d >= 0 && i - d <= MaxCompanyModifiers && m_tokens.at(d).word && !m_tokens.is(d, u"the")
            && !m_tokens.is(d, u"a") && !m_tokens.is(d, u"an"))
            --d;
        const bool article = m_tokens.is(d, u"the") || m_tokens.is(d, u"a") || m_tokens.is(d, u"an");
        if (d < 2 || !article || !m_tokens.isPunct(d - 1, u',') || !capitalisedName(d - 2))
            continue;
        int from = d - 2;
        while (from - 1 >= 0 && capitalisedName(from - 1) && !m_tokens.at(from - 1).possessive)
            --from;
        count(from, d - 2);
    }
    return best;
}

// "Ruiz said that help was promised.¶ “I spoke with the minister …”": a quote paragraph without a cue of
// its own after a paragraph that ends reporting someone's words.
SpeakerAttributor::Cue SpeakerAttributor::previousParagraphCue(int first) const
{
    const int end = first - 1;
    if (end < 0 || m_tokens.zone(end) != ArticleTokens::Zone::Body)
        return {};
    const int start = sentenceFirst(end);
    for (int k = start; k <= end; ++k) {
        if (m_tokens.at(k).inQuote)
            return {}; // a quote there would be continued, or is someone else's
    }
    for (int k = start; k <= end; ++k) {
        if (!m_tokens.at(k).word || !m_tokens.has(k, AttributionLexicon::SpeechVerb))
            continue;
        const Cue cue = cueForVerb(k, start, end, end);
        if (cue.valid())
            return cue;
    }
    return {};
}

Attribution SpeakerAttributor::fromCue(const Cue &cue, AttributionRule rule) const
{
    Attribution a;
    if (cue.subject < 0) {
        a.organisation = organisationName(cue.orgFirst, cue.orgLast);
        a.rule = rule;
        a.report = cue.verb >= 0 && m_tokens.has(cue.verb, AttributionLexicon::ReportingVerb);
    }
    const PersonMention &subject = cue.subject >= 0 ? m_coreference.mentions().at(cue.subject) : orgMention(cue);
    if (cue.subject >= 0) {
        a.entity = m_coreference.entityOf(cue.subject);
        a.rule = subject.kind == PersonMention::Kind::Name ? rule : AttributionRule::Coreference;
    }
    int first = subject.first;
    int last = subject.last;
    int verbLast = cue.verb;
    if (cue.verb >= 0) {
        // "told reporters", "telling AFP", "according to": the words that complete the verb.
        if (m_tokens.is(cue.verb, u"according") || m_tokens.text(cue.verb).startsWith(u"tel", Qt::CaseInsensitive)
            || m_tokens.text(cue.verb).startsWith(u"told", Qt::CaseInsensitive)) {
            if (verbLast + 1 < m_tokens.size() && m_tokens.at(verbLast + 1).word && verbLast + 1 != subject.first)
                ++verbLast;
        }
        first = std::min(first, cue.verb);
        last = std::max(last, verbLast);
    }
    const QString &text = m_tokens.article().text();
    if (last - first < MaxCueTokens) {
        a.cueSpan = { m_tokens.at(first).start, m_tokens.at(last).end };
        a.cue = text.mid(a.cueSpan.start, a.cueSpan.length()).simplified();
    } else {
        a.cueSpan = { m_tokens.at(cue.verb).start, m_tokens.at(verbLast).end };
        const QString subjectText = text.mid(subject.span.start, subject.span.length()).simplified();
        const QString verbText = text.mid(a.cueSpan.start, a.cueSpan.length()).simplified();
        a.cue = subject.first < cue.verb ? subjectText + u" \u2026 " + verbText : verbText + u" \u2026 " + subjectText;
    }
    return a;
}

// "She added: “…”" continues the speaker of the quote just before when the pronoun fits them, even where
// someone else was named in between ("Ruiz said … The minister spoke to Ruiz. She added: “…”").
void SpeakerAttributor::continueSpeaker(
    const Cue &cue, const ExtractedQuote &prev, const ExtractedQuote &q, const Attribution &pa, Attribution &a) const
{
    if (cue.subject < 0 || pa.entity < 0 || pa.entity == a.entity
        || q.paragraph - prev.paragraph > MaxContinuedParagraphs
        || !m_tokens.has(cue.verb, AttributionLexicon::ContinuingVerb))
        return;
    const PersonMention &subject = m_coreference.mentions().at(cue.subject);
    if (subject.kind != PersonMention::Kind::Pronoun)
        return;
    const quint32 classes = AttributionLexicon::wordClasses(subject.role);
    const Gender gender = m_coreference.entities().at(pa.entity).gender;
    if ((gender == Gender::Female && (classes & AttributionLexicon::MaleWord))
        || (gender == Gender::Male && (classes & AttributionLexicon::FemaleWord)))
        return;
    a.entity = pa.entity;
}

// Two cues credit the same person or the same organisation.
bool SpeakerAttributor::sameSpeaker(const Cue &a, const Cue &b) const
{
    if (a.subject >= 0 || b.subject >= 0)
        return a.subject >= 0 && b.subject >= 0
            && m_coreference.entityOf(a.subject) == m_coreference.entityOf(b.subject);
    return organisationName(a.orgFirst, a.orgLast) == organisationName(b.orgFirst, b.orgLast);
}

// An organisation phrase in the shape of a mention, for the cue text.
PersonMention SpeakerAttributor::orgMention(const Cue &cue) const
{
    PersonMention m;
    m.first = m_tokens.is(cue.orgFirst - 1, u"the") ? cue.orgFirst - 1 : cue.orgFirst;
    m.last = cue.orgLast;
    m.span = { m_tokens.at(m.first).start, m_tokens.at(m.last).end };
    return m;
}

QList<Attribution> SpeakerAttributor::attribute(const QList<ExtractedQuote> &quotes) const
{
    QList<Attribution> result;
    result.reserve(quotes.size());
    for (int i = 0; i < quotes.size(); ++i) {
        const ExtractedQuote &q = quotes.at(i);
        const TextSpan outer = q.outer();
        const auto [first, end] = m_tokens.range(outer);
        if (first >= end) {
            result.append(Attribution {});
            continue;
        }
        const int last = end - 1;
        if (q.open >= 0 && namedBy(first)) {
            result.append(Attribution {});
            continue;
        }
        bool blocked = false;
        const Cue left = q.open >= 0 ? leftCue(first, sentenceFirst(first), blocked) : Cue {};
        int rightEnd = sentenceLast(last);
        // "“Enough!” he said." and "“Enough!” — Ana Ruiz" split into two sentences; the second still
        // belongs to the quote.
        if (rightEnd == last && last + 1 < m_tokens.size() && m_tokens.paragraph(last + 1) == m_tokens.paragraph(last)
            && ((m_tokens.at(last + 1).word && !m_tokens.at(last + 1).upper) || m_tokens.isPunct(last + 1, u'\u2014')
                || m_tokens.isPunct(last + 1, u'\u2013')))
            rightEnd = sentenceLast(last + 1);
        const Cue right = q.close >= 0 ? rightCue(last, rightEnd, blocked) : unclosedCue(first, last);
        Attribution a;
        // A medium's report ("…,” the Daily Planet reported", "according to the Daily Planet") yields to the
        // person it quotes.
        const auto medium = [this](const Cue &c) {
            return c.valid() && c.subject < 0
                && (m_tokens.has(c.verb, AttributionLexicon::ReportingVerb) || m_tokens.is(c.verb, u"according"));
        };
        // "The opposition leader accused Ruiz of “…”, the Daily Planet reported": the leader spoke, though the
        // article never names them; the medium only says where.
        const bool unnamedSpeaker = !left.valid() && left.unnamed >= 0 && medium(right);
        const Cue owner = q.open >= 0 ? ownerCue(first) : Cue {};
        if (owner.valid()) {
            a = fromCue(owner, q.headline ? AttributionRule::HeadlineCue : AttributionRule::SameSentenceCue);
        } else if (!unnamedSpeaker && (left.valid() || right.valid())) {
            bool preferRight = right.valid()
                && (!left.valid() || (medium(left) && !medium(right))
                    || (!medium(right) && (right.distance <= 4 || right.distance < left.distance)));
            // Both cues credit one speaker ("Ruiz said she recalls “…” but added …"): the verb before the quote is
            // the one that introduces it.
            if (preferRight && left.valid() && !medium(left) && sameSpeaker(left, right))
                preferRight = false;
            const Cue &cue = preferRight ? right : left;
            a = fromCue(cue, AttributionRule::SameSentenceCue);
            if (i > 0)
                continueSpeaker(cue, quotes.at(i - 1), q, result.at(i - 1), a);
            if (q.headline && a.rule == AttributionRule::SameSentenceCue)
                a.rule = AttributionRule::HeadlineCue;
        } else if (!blocked && !q.headline) {
            const Cue near = neighbourCue(first, last);
            if (near.valid()) {
                a = fromCue(near, AttributionRule::NeighbourCue);
                if (i > 0)
                    continueSpeaker(near, quotes.at(i - 1), q, result.at(i - 1), a);
            }
        }
        if (!a.credited() && !blocked && i > 0 && !q.headline) {
            // A quote paragraph after a quote by a known speaker continues it.
            const ExtractedQuote &prev = quotes.at(i - 1);
            const Attribution &pa = result.at(i - 1);
            const bool opensParagraph = q.continuesPrevious || m_tokens.paragraphFirst(first) == first;
            if (pa.credited()
                && (((opensParagraph || prev.paragraph == q.paragraph) && q.paragraph - prev.paragraph <= 1)
                    || (opensParagraph && quietBetween(m_tokens.range(prev.outer()).second, first, pa)))) {
                a = pa;
                a.rule = AttributionRule::Continuation;
            }
        }
        if (!a.credited() && !blocked && i > 0 && !q.headline && result.at(i - 1).report
            && q.paragraph - quotes.at(i - 1).paragraph <= MaxReportParagraphs && withoutSpeechVerb(first)) {
            // "…,” the news agency reported.¶ Talks had begun “at dawn”: fragments of the report it quotes.
            a = result.at(i - 1);
            a.rule = AttributionRule::Continuation;
        }
        if (!a.credited() && !blocked && !q.headline && m_tokens.paragraphFirst(first) == first) {
            const Cue before = previousParagraphCue(first);
            if (before.valid())
                a = fromCue(before, AttributionRule::NeighbourCue);
        }
        if (!a.credited())
            a.unnamed = left.unnamed >= 0 ? left.unnamed : right.unnamed;
        result.append(a);
    }
    echoHeadlines(quotes, result);
    return result;
}

void SpeakerAttributor::echoHeadlines(const QList<ExtractedQuote> &quotes, QList<Attribution> &result) const
{
    const QStringView text(m_tokens.article().text());
    const auto keysOf
        = [&](const ExtractedQuote &q) { return TextNormalizer::keys(text.mid(q.span.start, q.span.length())); };
    // The words of every attributed body quote, made once for all headline quotes.
    QList<QSet<QString>> bodyKeys;
    int headlines = 0;
    for (int i = 0; i < quotes.size() && headlines < MaxEchoedHeadlineQuotes; ++i) {
        if (!quotes.at(i).headline || result.at(i).credited())
            continue;
        ++headlines;
        const QStringList headline = keysOf(quotes.at(i));
        if (headline.size() < 2)
            continue; // one word is too little to recognise a statement by
        if (bodyKeys.isEmpty()) {
            bodyKeys.resize(quotes.size());
            for (int j = 0; j < quotes.size(); ++j) {
                const Attribution &b = result.at(j);
                if (!quotes.at(j).headline && b.credited() && b.rule != AttributionRule::BodyEcho) {
                    const QStringList keys = keysOf(quotes.at(j));
                    bodyKeys[j] = QSet<QString>(keys.cbegin(), keys.cend());
                }
            }
        }
        int best = -1;
        qsizetype bestFound = 0;
        for (int j = 0; j < quotes.size(); ++j) {
            const QSet<QString> &body = bodyKeys.at(j);
            if (body.isEmpty())
                continue;
            const qsizetype found = std::count_if(
                headline.cbegin(), headline.cend(), [&body](const QString &k) { return body.contains(k); });
            if (found > bestFound) {
                best = j;
                bestFound = found;
            }
        }
        // Short headline quotes must be there whole; longer ones may be trimmed by the headline writer.
        const qsizetype needed = headline.size() <= 3 ? headline.size() : (headline.size() * 3 + 3) / 4;
        if (best < 0 || bestFound < needed)
            continue;
        Attribution a = result.at(best);
        a.rule = AttributionRule::BodyEcho;
        a.cue = tr("same words in the article: %1").arg(a.cue);
        result[i] = a;
    }
    echoBody(quotes, result);
}

// A body quote that no rule credits ("… called the crash a “terrible accident”" with its subject lost) takes the
// speaker that the headline's own cue gives the same words ("Ruiz calls crash ‘terrible accident’").
void SpeakerAttributor::echoBody(const QList<ExtractedQuote> &quotes, QList<Attribution> &result) const
{
    const QStringView text(m_tokens.article().text());
    QList<std::pair<int, QStringList>> headlines;
    for (int i = 0; i < quotes.size() && headlines.size() < MaxEchoedHeadlineQuotes; ++i) {
        const Attribution &h = result.at(i);
        if (quotes.at(i).headline && h.credited() && h.rule != AttributionRule::BodyEcho) {
            QStringList keys = TextNormalizer::keys(text.mid(quotes.at(i).span.start, quotes.at(i).span.length()));
            if (keys.size() >= 2)
                headlines.append({ i, keys });
        }
    }
    if (headlines.isEmpty())
        return;
    for (int j = 0; j < quotes.size(); ++j) {
        const ExtractedQuote &q = quotes.at(j);
        if (q.headline || result.at(j).credited() || q.open < 0 || namedBy(m_tokens.range(q.outer()).first))
            continue;
        const QStringList keys = TextNormalizer::keys(text.mid(q.span.start, q.span.length()));
        for (const auto &[h, headlineKeys] : std::as_const(headlines)) {
            if (keys != headlineKeys)
                continue;
            Attribution a = result.at(h);
            a.rule = AttributionRule::BodyEcho;
            a.cue = tr("same words in the headline: %1").arg(a.cue);
            result[j] = a;
            break;
        }
    }
}
