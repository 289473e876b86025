// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "corpus/corpus.h"
#include "quotes/quote.h"
#include "quotes/statement.h"

#include <functional>

// The corpus-wide quote stages in order: canonical speaker names, statement grouping, alignment.
// `people`: every person name as written, once per mention, in article order.
namespace StatementBuilder
{
// `textsRead` (QuoteAnalyzer::analyzeCorpus) is called once the articles' texts are read no more.
void build(const Corpus &corpus, const QStringList &people, QList<Quote> &quotes, QList<Statement> &statements,
    const std::function<void()> &textsRead = {});
}
