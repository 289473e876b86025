// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/idlookup.h"
#include "analysis/packedtexts.h"
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
    // The texts the analysis packed (Analyzer::Options::texts); those articles' `text` is null.
    PackedTexts packedTexts;

    // Positions by id, -1 when there is none; constant time (the tables are built on first use).
    int quoteIndex(const QString &quoteId) const { return m_quoteIds.indexOf(quotes, quoteId); }
    int statementIndex(const QString &statementId) const { return m_statementIds.indexOf(statements, statementId); }
    // Builds the id tables now (the analysis does it on its worker), so that no first look-up pays for them.
    void buildIndexes() const
    {
        quoteIndex(QString());
        statementIndex(QString());
    }

private:
    IdLookup m_quoteIds;
    IdLookup m_statementIds;
};
