// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "events/event.h"
#include "events/mentionfeatures.h"

// Candidate discrepancies between outlets about one event: how many ("several" vs "two"), which type
// ("cruise" vs "hypersonic"), which day. Each conflict names the mentions that disagree; mentions of one
// article never conflict with each other.
namespace ConflictFinder
{
// `features`: those of the event's mentions, in the same order.
QList<EventConflict> find(const Event &event, const QList<MentionFeatures> &features);
}
