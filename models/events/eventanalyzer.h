// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "corpus/corpus.h"
#include "events/event.h"

// The event pipeline's entry points, as the Analyzer calls them.
namespace EventAnalyzer
{
// Temporal expressions resolved against the article's publication date, and the event mentions they anchor.
QList<EventMention> analyzeArticle(const Article &article, int articleIndex);

// Merges the mentions of all articles into events, ordered by start date.
QList<Event> mergeMentions(const Corpus &corpus, QList<EventMention> mentions);
}
