// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "corpus/article.h"
#include "events/event.h"

#include <QList>

// Finds an article's event mentions: clauses that tell of a happening tied to a time in the same sentence,
// or to the previous sentence's date when the sentence goes on about it ("The meeting ended…").
// Also lists of places with years ("Tarsis 2018, Belmar 2019") and the article's own present
// ("during his current Asia tour"). Depends on the article alone.
class EventExtractor
{
public:
    static QList<EventMention> extract(const Article &article, int articleIndex);
};
