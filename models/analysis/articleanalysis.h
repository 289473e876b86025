// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "events/event.h"
#include "quotes/quote.h"

#include <QList>
#include <QStringList>

// What the per-article stage finds in one article. It depends on that article alone,
// so a project caches it by content hash and re-runs only what changed.
struct ArticleAnalysis {
    QList<Quote> quotes; // speaker still as written in the article; canonicalised per corpus later
    QStringList people; // person names as written, for corpus-wide canonical names
    QStringList titles; // role and name of every titled name, in pairs, for roles without a name
    QList<EventMention> mentions;
};
