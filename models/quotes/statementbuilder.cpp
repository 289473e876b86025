// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "quotes/statementbuilder.h"

void StatementBuilder::build(
    const Corpus &, const QList<ArticleAnalysis> &, QList<Quote> &quotes, QList<Statement> &statements)
{
    statements.clear();
    for (Quote &q : quotes) {
        Statement s;
        s.id = QStringLiteral("s") + QString::number(statements.size() + 1);
        s.speaker = q.speaker;
        s.quotes = { q.id };
        s.reference = q.id;
        s.similarity = { 1.0 };
        q.statement = s.id;
        statements.append(s);
    }
}
