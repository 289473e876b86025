// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "events/event.h"

// Merges the mentions of all articles into events. Mentions of one article that share a time expression
// travel together; across articles, a mention joins an event when the times overlap at their precisions,
// the kinds of happening meet, and places (and, for happenings about one person, people) agree.
// Mentions compatible with several events at a coarse date ("met between 2018 and 2019") tell of them together:
// they join none and make no event of their own.
// Undated mentions (no publication date) join a dated event only with a matching place and the same
// relation to their article's present. Candidates come from a month index: no all-pairs comparison.
class EventMerger
{
public:
    static QList<Event> merge(QList<EventMention> mentions);
    // The same for mentions kept in one list an article, as they were found: the result is that of merging the lists
    // joined one after another, without the memory of a joined copy. The mentions are moved into the events.
    static QList<Event> merge(QList<QList<EventMention>> &byArticle);
};
