// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "events/eventanalyzer.h"

#include "events/eventextractor.h"
#include "events/eventmerger.h"

QList<EventMention> EventAnalyzer::analyzeArticle(const Article &article, int articleIndex)
{
    return EventExtractor::extract(article, articleIndex);
}

// Merging needs only the mentions: each knows its article by index.
QList<Event> EventAnalyzer::mergeMentions(const Corpus & /*corpus*/, QList<EventMention> mentions)
{
    return EventMerger::merge(std::move(mentions));
}
