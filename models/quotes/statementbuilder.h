// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/articleanalysis.h"
#include "corpus/corpus.h"
#include "quotes/statement.h"

// The corpus-wide quote stages in order: canonical speaker names, statement grouping, alignment.
namespace StatementBuilder
{
void build(
    const Corpus &corpus, const QList<ArticleAnalysis> &perArticle, QList<Quote> &quotes, QList<Statement> &statements);
}
