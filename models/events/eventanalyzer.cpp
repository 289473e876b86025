// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "events/eventanalyzer.h"

// Placeholder until the events issue lands: finds nothing.
QList<EventMention> EventAnalyzer::analyzeArticle(const Article &, int)
{
    return {};
}

QList<Event> EventAnalyzer::mergeMentions(const Corpus &, QList<EventMention>)
{
    return {};
}
