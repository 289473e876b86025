// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "quotes/quoteanalyzer.h"

// Placeholder until the quotes issue lands: finds nothing.
ArticleAnalysis QuoteAnalyzer::analyzeArticle(const Article &, int)
{
    return {};
}

void QuoteAnalyzer::analyzeCorpus(const Corpus &, const QList<ArticleAnalysis> &, QList<Quote> &, QList<Statement> &) {
}
