// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annotations/eventedit.h"
#include "corpus/corpus.h"
#include "events/event.h"

// Replays the analyst's event edits, in order, over freshly computed events. An edit whose events
// or mentions no longer exist (the article changed) is skipped and reported, never guessed.
namespace EventEditApplier
{
struct Result {
    QList<Event> events; // sorted by start date; analyst-made events get ids madeEventId(seq)
    QList<qint64> skipped; // seq of the edits that found nothing to act on
};

Result apply(QList<Event> events, const QList<EventEdit> &edits, const Corpus &corpus);

// The keys of an event's mentions, to name it in a new edit.
QList<MentionKey> keysOf(const Event &event, const Corpus &corpus);
MentionKey keyOf(const EventMention &mention, const Corpus &corpus);

// The id of the event made by the edit `seq` ("u<seq>"), and back: 0 for a computed event.
QString madeEventId(qint64 seq);
qint64 madeBy(const Event &event);
// Names `event` in an edit: its mention keys, and the edit that made it when the analyst did.
void nameEvent(EventEdit &edit, const Event &event, const Corpus &corpus);
void nameOther(EventEdit &edit, const Event &event, const Corpus &corpus);
}
