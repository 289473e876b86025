// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "quotes/attribution/coreference.h"
#include "quotes/quote.h"
#include "quotes/quoteextractor.h"

#include <QCoreApplication>
#include <QSet>

#include <climits>
#include <utility>

// Who said a quote, and the words that tell.
struct Attribution {
    int entity = -1; // Coreference entity; -1 when no rule fires or an organisation speaks
    QString organisation; // the organisation credited when no person is ("Acme board", "the ministry")
    AttributionRule rule = AttributionRule::None;
    TextSpan cueSpan;
    QString cue;
    bool report = false; // an organisation's report ("the agency reported"), which later fragments may quote
    // No one credited, but the cue's subject is a person the article never names ("the opposition leader
    // insisted"): that description's mention, for a corpus-wide look-up of its role.
    int unnamed = -1;

    bool credited() const { return entity >= 0 || !organisation.isEmpty(); }
};

// The attribution sieve, most certain rule first:
// 1. a speech verb in the quote's sentence, before or after it, with a person as subject
//    ("he told reporters", "Okafor acknowledged", "saying,", "according to X", "X: …", "— X");
// 2. such a cue in a neighbouring sentence of the same paragraph;
// 3. pronoun and description subjects of those cues resolved by Coreference (reported as its own rule);
// 4. continuation: a quote that opens a paragraph after a quote by a known speaker.
// Headline quotes take only their headline's own cue ("Ana Ruiz: “…”", "“…” – Ruiz", "Ruiz says “…”"),
// else the speaker of a body quote with the same words.
// A cue whose subject is an organisation, office or body credits it ("the ministry said", "the Acme board
// wrote", "according to the ministry", "Reuters reported"); another subject that is not a person
// stops the sieve ("one official said").
class SpeakerAttributor
{
    Q_DECLARE_TR_FUNCTIONS(SpeakerAttributor)

public:
    SpeakerAttributor(const ArticleTokens &tokens, const Coreference &coreference);

    // `quotes` in text order, their tokens marked as quoted.
    QList<Attribution> attribute(const QList<ExtractedQuote> &quotes) const;

private:
    struct Cue {
        int verb = -1;
        int subject = -1; // mention index
        int orgFirst = -1; // or the tokens of an organisation
        int orgLast = -1;
        bool blocks = false; // a non-person subject that is not a medium
        bool absolute = false; // "with the city declaring": the participle's own subject, not a person
        int unnamed = -1; // a description mention the article resolves to nobody ("the opposition leader")
        int distance = INT_MAX;
        bool valid() const { return subject >= 0 || orgFirst >= 0; }
    };

    Cue cueForVerb(int verb, int from, int to, int quoteEnd, bool followCoordination = true) const;
    int subjectBefore(int verb, int from, bool &nonPerson, bool &coordinated, int &stop) const;
    bool organisationBefore(int last, int from, Cue &cue) const;
    bool organisationAfter(int first, int to, Cue &cue) const;
    bool organisationBounded(int first, int last, bool subject, Cue &cue) const;
    bool documentAuthor(int preposition) const;
    bool documentWriter(int noun, Cue &cue) const;
    bool documentAfter(int first, int to, Cue &cue) const;
    bool documentOwner(int last, int from, Cue &cue) const;
    bool sourceBefore(int pronoun, Cue &cue) const;
    bool capitalisedName(int i) const;
    int personMention(int token) const;
    int mainSubject(int sentence, int verb) const;
    int openingSubject(int comma, int from) const;
    Cue leftCue(int openToken, int from, bool &blocked) const;
    Cue ownerCue(int openToken) const;
    Cue rightCue(int closeToken, int to, bool &blocked) const;
    bool setOffCue(const Cue &cue) const;
    Cue unclosedCue(int first, int last) const;
    Cue neighbourCue(int firstToken, int lastToken) const;
    Cue previousParagraphCue(int first) const;
    Attribution fromCue(const Cue &cue, AttributionRule rule) const;
    bool sameSpeaker(const Cue &a, const Cue &b) const;
    QString organisationName(int first, int last) const;
    std::pair<int, int> companyName() const;
    PersonMention orgMention(const Cue &cue) const;
    void continueSpeaker(const Cue &cue, const ExtractedQuote &prev, const ExtractedQuote &q, const Attribution &pa,
        Attribution &a) const;
    void echoHeadlines(const QList<ExtractedQuote> &quotes, QList<Attribution> &result) const;
    void echoBody(const QList<ExtractedQuote> &quotes, QList<Attribution> &result) const;
    bool namedBy(int openToken) const;
    bool withoutSpeechVerb(int token) const;
    bool quietBetween(int from, int first, const Attribution &speaker) const;
    int sentenceFirst(int token) const;
    int sentenceLast(int token) const;

    const ArticleTokens &m_tokens;
    const Coreference &m_coreference;
    bool midSentenceCapital(QStringView word) const;
    // Words written capitalised inside a sentence: names, not sentence starts. Made when first asked.
    mutable QSet<QStringView> m_midSentenceCapitals;
    mutable bool m_midSentenceCapitalsMade = false;
};
