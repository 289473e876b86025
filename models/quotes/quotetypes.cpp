// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "quotes/quote.h"
#include "quotes/statement.h"

QString quoteKindName(QuoteKind kind)
{
    switch (kind) {
    case QuoteKind::Direct:
        return QStringLiteral("direct");
    case QuoteKind::Fragment:
        return QStringLiteral("fragment");
    case QuoteKind::Term:
        return QStringLiteral("term");
    }
    return {};
}

QString speakerKindName(SpeakerKind kind)
{
    switch (kind) {
    case SpeakerKind::Unknown:
        return QStringLiteral("unknown");
    case SpeakerKind::Person:
        return QStringLiteral("person");
    case SpeakerKind::Organisation:
        return QStringLiteral("organisation");
    }
    return {};
}

QString attributionRuleName(AttributionRule rule)
{
    switch (rule) {
    case AttributionRule::None:
        return QStringLiteral("none");
    case AttributionRule::SameSentenceCue:
        return QStringLiteral("same-sentence-cue");
    case AttributionRule::NeighbourCue:
        return QStringLiteral("neighbour-cue");
    case AttributionRule::Coreference:
        return QStringLiteral("coreference");
    case AttributionRule::Continuation:
        return QStringLiteral("continuation");
    case AttributionRule::HeadlineCue:
        return QStringLiteral("headline-cue");
    case AttributionRule::BodyEcho:
        return QStringLiteral("same-words-in-body");
    }
    return {};
}

QString diffKindName(DiffKind kind)
{
    switch (kind) {
    case DiffKind::Same:
        return QStringLiteral("same");
    case DiffKind::Normalisation:
        return QStringLiteral("normalisation");
    case DiffKind::Substitution:
        return QStringLiteral("substitution");
    case DiffKind::Insertion:
        return QStringLiteral("insertion");
    case DiffKind::Omission:
        return QStringLiteral("omission");
    case DiffKind::Reordering:
        return QStringLiteral("reordering");
    }
    return {};
}
