// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "events/eventcategorizer.h"

#include "events/eventcategory.h"
#include "events/lexicon.h"

#include <algorithm>
#include <array>

namespace
{
// The kinds, most telling first: on a tie among a mention's kinds the earlier one names the event.
constexpr std::array kinds = { Lexicon::WeaponTest, Lexicon::Conflict, Lexicon::Uprising, Lexicon::Capture,
    Lexicon::Accident, Lexicon::Disaster, Lexicon::Casualty, Lexicon::Alert, Lexicon::Rescue, Lexicon::Legal,
    Lexicon::Election, Lexicon::Ouster, Lexicon::Resignation, Lexicon::Office, Lexicon::Return, Lexicon::Decree,
    Lexicon::Meeting, Lexicon::Visit, Lexicon::Agreement, Lexicon::Business, Lexicon::Founding, Lexicon::Incident,
    Lexicon::Halt, Lexicon::Speech, Lexicon::Statement };

// The field the `cueWords` of the mentions speak of most, if in at least `least` mentions; or an empty string.
QString field(const QList<MentionFeatures> &mentions, quint32 MentionFeatures::*cueWords, int least)
{
    struct Cue {
        Lexicon::Flag flag;
        const QString &category;
        int votes = 0;
    };
    std::array cues = { Cue { Lexicon::MilitaryCue, EventCategory::Military },
        Cue { Lexicon::PoliticsCue, EventCategory::Politics }, Cue { Lexicon::BusinessCue, EventCategory::Business },
        Cue { Lexicon::LegalCue, EventCategory::Legal }, Cue { Lexicon::DisasterCue, EventCategory::Disaster } };
    for (const MentionFeatures &m : mentions) {
        for (Cue &c : cues)
            c.votes += (m.*cueWords & c.flag) ? 1 : 0;
    }
    const Cue *best = nullptr;
    for (const Cue &c : cues) {
        if (c.votes > 0 && c.votes >= least && (!best || c.votes > best->votes))
            best = &c;
    }
    return best ? best->category : QString();
}

// The field the words of the mentions speak of most, or an empty string.
QString field(const QList<MentionFeatures> &mentions)
{
    return field(mentions, &MentionFeatures::cues, 1);
}

QString categoryOfKind(Lexicon::Family kind, const QList<MentionFeatures> &mentions)
{
    switch (kind) {
    case Lexicon::Conflict:
        // "struck", "hit": a ship striking a bridge is an accident unless the words around it speak of war.
        if (std::ranges::any_of(mentions, [](const MentionFeatures &m) { return m.families & Lexicon::Accident; })
            && field(mentions) != EventCategory::Military)
            return EventCategory::Disaster;
        return EventCategory::Military;
    case Lexicon::WeaponTest:
    case Lexicon::Uprising:
    case Lexicon::Capture:
        return EventCategory::Military;
    case Lexicon::Accident:
    case Lexicon::Disaster:
    case Lexicon::Casualty:
    case Lexicon::Alert:
    case Lexicon::Rescue:
        return EventCategory::Disaster;
    case Lexicon::Legal:
        return EventCategory::Legal;
    case Lexicon::Election:
        return EventCategory::Election;
    case Lexicon::Business: {
        // "released a video", "released prisoners": a release is business only where the words around it do not
        // speak of another field.
        const QString f = field(mentions);
        return f.isEmpty() || f == EventCategory::Disaster ? EventCategory::Business : f;
    }
    case Lexicon::Founding: {
        // "opened a criminal case", "opened an inquiry": prosecutors open cases as companies open plants; a
        // bridge opened to traffic or a debate opened is no business.
        const QString f = field(mentions);
        return f.isEmpty() || f == EventCategory::Disaster ? EventCategory::Other : f;
    }
    case Lexicon::Statement:
        return EventCategory::Statement;
    case Lexicon::Speech: {
        // A speech to a legislature or a party is politics; remarks, interviews and news conferences, even a
        // mayor's, are statements.
        const bool audience = std::ranges::any_of(mentions, [](const MentionFeatures &m) { return m.audience; });
        return audience && field(mentions) == EventCategory::Politics ? EventCategory::Politics
                                                                      : EventCategory::Statement;
    }
    case Lexicon::Meeting:
    case Lexicon::Agreement: {
        // Leaders meet and sign in diplomacy, companies in business.
        return field(mentions) == EventCategory::Business ? EventCategory::Business : EventCategory::Diplomacy;
    }
    case Lexicon::Visit: {
        // A visit is in the visitor's field, not the visited place's: a minister touring a company is statecraft,
        // soldiers crossing a border are war, a chief executive touring a plant is business; cars crossing a bridge,
        // with nobody named, are none of these.
        // Half the tellings must name the visitor's field: one aside on an army drill held during a minister's
        // tour makes no soldier's visit.
        QString f = field(mentions, &MentionFeatures::actorCues, int((mentions.size() + 1) / 2));
        if (f == EventCategory::Business || f == EventCategory::Military)
            return f;
        const bool nobody = std::ranges::all_of(mentions, [](const MentionFeatures &m) { return m.people.isEmpty(); });
        return nobody && f != EventCategory::Politics ? EventCategory::Other : EventCategory::Diplomacy;
    }
    case Lexicon::Ouster:
    case Lexicon::Resignation:
    case Lexicon::Office:
    case Lexicon::Return:
    case Lexicon::Decree:
    case Lexicon::Incident: {
        const QString f = field(mentions);
        return f.isEmpty() || f == EventCategory::Disaster ? EventCategory::Politics : f;
    }
    case Lexicon::Halt: {
        QString f = field(mentions);
        if (!f.isEmpty())
            return f;
        // A halt is in the field of what it halts: "called off the offensive" is war.
        for (Lexicon::Family halted : kinds) {
            if (halted != Lexicon::Halt && std::ranges::any_of(mentions, [halted](const MentionFeatures &m) {
                    return m.objectFamilies & halted;
                }))
                return categoryOfKind(halted, mentions);
        }
        return EventCategory::Other;
    }
    default:
        break;
    }
    return EventCategory::Other;
}
}

Lexicon::Family EventCategorizer::dominantKind(const QList<MentionFeatures> &mentions)
{
    std::array<int, kinds.size()> votes {};
    for (const MentionFeatures &m : mentions) {
        for (size_t k = 0; k < kinds.size(); ++k) {
            if (m.primaryFamilies & kinds[k])
                votes[k] += 2;
            else if (m.families & kinds[k])
                votes[k] += 1;
        }
    }
    // A speech is what the sayings about it were said in: "told the legislature", "said in a speech", "said".
    const auto at = [](Lexicon::Family f) { return size_t(std::find(kinds.begin(), kinds.end(), f) - kinds.begin()); };
    if (votes[at(Lexicon::Speech)] > 0) {
        votes[at(Lexicon::Speech)] += votes[at(Lexicon::Statement)];
        votes[at(Lexicon::Statement)] = 0;
    }
    size_t best = kinds.size();
    for (size_t k = 0; k < kinds.size(); ++k) {
        if (votes[k] > 0 && (best == kinds.size() || votes[k] > votes[best]))
            best = k;
    }
    return best == kinds.size() ? Lexicon::NoFamily : kinds[best];
}

QString EventCategorizer::categoryOf(const QList<MentionFeatures> &mentions)
{
    const Lexicon::Family kind = dominantKind(mentions);
    return kind == Lexicon::NoFamily ? EventCategory::Other : categoryOfKind(kind, mentions);
}
