// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "itemmodels/statementtable.h"

#include "presentation/piecesimilarity.h"

#include <QSet>

#include <algorithm>

QList<double> StatementTable::similarityOf(const AnalysisResult &result, const Statement &statement)
{
    const int reference = std::max(0, int(statement.quotes.indexOf(statement.reference)));
    return PieceSimilarity::apply(result, statement, reference, statement.similarity);
}

double StatementTable::lowest(const QList<double> &similarity)
{
    return similarity.isEmpty() ? 1.0 : *std::min_element(similarity.cbegin(), similarity.cend());
}

int StatementTable::outletCountOf(const AnalysisResult &result, const Statement &statement)
{
    QSet<QString> outlets;
    for (const QString &id : statement.quotes) {
        const int q = result.quoteIndex(id);
        if (q < 0)
            continue;
        const int article = result.quotes.at(q).article;
        const Article *a
            = article >= 0 && article < result.corpus.articles.size() ? &result.corpus.articles.at(article) : nullptr;
        outlets.insert(!a ? QString() : a->outlet.isEmpty() ? a->id : a->outlet);
    }
    return int(outlets.size());
}

SpeakerKind StatementTable::speakerKindOf(const AnalysisResult &result, const Statement &statement)
{
    SpeakerKind kind = SpeakerKind::Unknown;
    if (statement.speaker.isEmpty())
        return kind;
    for (const QString &id : statement.quotes) {
        const int qi = result.quoteIndex(id);
        if (qi < 0 || result.quotes.at(qi).speaker != statement.speaker)
            continue;
        const SpeakerKind credited = result.quotes.at(qi).speakerKind;
        if (credited == SpeakerKind::Organisation)
            return credited;
        if (credited == SpeakerKind::Person)
            kind = credited;
    }
    return kind;
}

StatementTable StatementTable::build(const AnalysisResult &result, const std::atomic_bool *cancel)
{
    StatementTable table;
    const qsizetype n = result.statements.size();
    table.similarity.reserve(n);
    table.minSimilarity.reserve(n);
    table.outletCount.reserve(n);
    table.speakerKind.reserve(n);
    for (const Statement &s : result.statements) {
        if (cancel && cancel->load(std::memory_order_relaxed))
            break;
        QList<double> similarity = similarityOf(result, s);
        table.minSimilarity.append(lowest(similarity));
        table.similarity.append(std::move(similarity));
        table.outletCount.append(outletCountOf(result, s));
        table.speakerKind.append(speakerKindOf(result, s));
    }
    return table;
}
