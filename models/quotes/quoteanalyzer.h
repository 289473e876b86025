// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "corpus/corpus.h"
#include "quotes/articlequotes.h"
#include "quotes/statement.h"

#include <functional>

// The quote pipeline's entry points, as the Analyzer calls them.
namespace QuoteAnalyzer
{
// Quotes of one article with speakers as written there, and the people the article names.
ArticleQuotes analyzeArticle(const Article &article, int articleIndex);

// Corpus-wide: canonical speaker names, statement grouping and alignment.
// `quotes` holds every article's quotes in article order; ids of statements are set on them.
// `people` and `titles` hold every article's ArticleQuotes::people and ::titles in article order.
// `textsRead`, when given, is called as soon as the articles' texts are read no more (before grouping and alignment,
// which compare the quotes only), so that the caller may let them go for the rest.
void analyzeCorpus(const Corpus &corpus, const QStringList &people, const QStringList &titles, QList<Quote> &quotes,
    QList<Statement> &statements, const std::function<void()> &textsRead = {});
}
