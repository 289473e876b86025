// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "corpus/corpus.h"
#include "events/event.h"
#include "quotes/quote.h"
#include "quotes/statement.h"

#include <QList>

// Everything Parallax knows about a corpus: the articles and what the analysis found in them.
struct AnalysisResult {
    Corpus corpus;
    QList<Quote> quotes; // ordered by article index, then offset
    QList<Statement> statements;
    QList<Event> events; // ordered by start date

    int quoteIndex(const QString &quoteId) const;
    int statementIndex(const QString &statementId) const;
};
