// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "events/event.h"
#include "events/mentionfeatures.h"

#include <QCoreApplication>

// Names a merged event from what its mentions say, in their words: who, what and where ("OpenAI ousts
// Rendell", "Quell resigns", "Key Bridge collapse", "Tarsis summit", "Missile tests off the western
// coast"), never a bare generic noun nor words from inside a quotation. Fills in the event's place and
// participants from the mentions.
class EventLabeler
{
    Q_DECLARE_TR_FUNCTIONS(EventLabeler)

public:
    // `preferredPlace`: the place of the mention that set the event's date, used when it has one.
    // `features`: those of the event's mentions, in the same order.
    static void label(Event &event, const QString &preferredPlace, const QList<MentionFeatures> &features);
};
