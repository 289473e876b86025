// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/textspan.h"

#include <QString>

// direct: a statement quoted as spoken; fragment: a few words woven into reported speech;
// term: a quoted word or name used as a label ("nuclear power" as a designation), not a statement.
enum class QuoteKind { Direct, Fragment, Term };

// Which rule of the attribution sieve decided the speaker, most certain first; the headline rules last
// (values are stored, so new ones go at the end).
enum class AttributionRule {
    None,
    SameSentenceCue,
    NeighbourCue,
    Coreference,
    Continuation,
    HeadlineCue, // a headline's own cue: "Ana Ruiz: “…”", "“…” – Ruiz", "Ruiz says “…”"
    BodyEcho, // a headline quote whose words the body quotes later with a cue
};

// Who a speaker is: a named person, or an organisation, office or body credited as one ("the board said").
enum class SpeakerKind { Unknown, Person, Organisation };

QString quoteKindName(QuoteKind kind);
QString speakerKindName(SpeakerKind kind);
QString attributionRuleName(AttributionRule rule);

struct Quote {
    QString id; // "<article id>#q<n>", n counting from 1 in text order
    int article = -1; // index into Corpus::articles
    TextSpan span; // the words inside the marks
    QString text; // exactly the article text of `span`
    QuoteKind kind = QuoteKind::Direct;
    bool headline = false;
    QString speaker; // canonical name across the corpus; empty when unknown
    SpeakerKind speakerKind = SpeakerKind::Unknown;
    QString speakerCue; // the words that decided the speaker ("he told reporters")
    // No speaker credited, but a cue's subject is a person named only by role ("the opposition leader
    // insisted"): that role in lower case, which another article may give with a name.
    QString speakerRole;
    TextSpan cueSpan;
    AttributionRule rule = AttributionRule::None;
    QString statement; // id of the Statement this quote renders
};
