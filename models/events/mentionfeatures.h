// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "events/event.h"

#include <QSet>
#include <QStringList>

// What the merger, the labeler and the conflict finder compare about a mention, worked out once from its strings.
struct MentionFeatures {
    quint32 families = 0; // Lexicon::Family bits of the trigger words
    quint32 primaryFamilies = 0; // those of the first (primary) trigger word
    QStringList placeKeys; // "hanoi, vietnam", "hanoi", "vietnam"; descriptive places as "~western"
    bool descriptivePlace = false;
    // Lands the clause names by their people's adjective, lower-case: "crossed into North Valdorian territory" names
    // "north valdoria". A visit to a place within or on the border of that land may be told of as a step into it.
    QStringList lands;
    QStringList people; // participants, lower-case
    QString theme; // who the happening is about, lower-case (EventMention::theme)
    int count = 0; // from the claim: a number, -1 for "several", 0 unknown
    QStringList types; // from the claim: "cruise", "hypersonic", "sea-to-surface"
    QString weapon; // the claim's head noun, singular: "missile"
    bool plural = false;
    // The primary trigger's base form ("quit" for "has quit"), or its noun in the singular ("collapse"); a business
    // act by the first word of its group in events/same-acts ("launch" for "released").
    QString lemma;
    // The same for the other trigger phrases the clause tells of: "briefing" of "told reporters, briefing".
    QStringList otherLemmas;
    quint32 cues = 0; // Lexicon cue flags (BusinessCue, PoliticsCue, …) of the mention's words
    // Those of the words before the primary trigger: the field of who acts, not of what is acted on ("the minister
    // visited a company": politics).
    quint32 actorCues = 0;
    // Lexicon::Family bits of the words after the primary trigger: what it acts on ("halted its offensive": conflict).
    quint32 objectFamilies = 0;
    // "told the legislature", "at the party congress": the mention names an audience other than the press
    bool audience = false;
    // "divers recovered two bodies": a finding (a rescue verb with what searchers recover), not the search effort
    bool remains = false;

    static MentionFeatures of(const EventMention &mention);

    // Families that tell of the same kind of happening.
    static bool familiesMeet(quint32 a, quint32 b);
    // Two places agree (share a name or a descriptive word), disagree, or cannot be compared (one missing,
    // or one a name and the other a description).
    enum class Agreement { Unknown, Agree, Disagree };
    static Agreement places(const QStringList &a, bool aDescriptive, const QStringList &b, bool bDescriptive);
    // "Halvorsen" and "Erik Halvorsen" are one person: one name's words are all in the other.
    static bool samePerson(const QString &a, const QString &b);
    static bool sharePerson(const QStringList &a, const QStringList &b);
};
