// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "itemmodels/statementtable.h"

#include "presentation/piecesimilarity.h"

#include <QSet>

#include <algorithm>

namespace
{
QString outletOf(const AnalysisResult &result, int articleIndex)
{
    if (articleIndex < 0 || articleIndex >= result.corpus.articles.size())
        return {};
    const Article &a = result.corpus.articles.at(articleIndex);
    return a.outlet.isEmpty() ? a.id : a.outlet;
}

// Organisation when a rendering credits the statement's speaker as one, else person when one does.
SpeakerKind speakerKindOf(const AnalysisResult &result, const Statement &statement)
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

int outletCountOf(const AnalysisResult &result, const Statement &statement)
{
    QSet<QString> outlets;
    for (const QString &id : statement.quotes) {
        const int q = result.quoteIndex(id);
        if (q >= 0)
            outlets.insert(outletOf(result, result.quotes.at(q).article));
    }
    return int(outlets.size());
}
}

StatementTable StatementTable::build(const AnalysisResult &result)
{
    StatementTable table;
    const qsizetype n = result.statements.size();
    table.similarity.reserve(n);
    table.minSimilarity.reserve(n);
    table.outletCount.reserve(n);
    table.speakerKind.reserve(n);
    for (const Statement &s : result.statements) {
        const int reference = std::max(0, int(s.quotes.indexOf(s.reference)));
        QList<double> similarity = PieceSimilarity::apply(result, s, reference, s.similarity);
        table.minSimilarity.append(
            similarity.isEmpty() ? 1.0 : *std::min_element(similarity.cbegin(), similarity.cend()));
        table.similarity.append(std::move(similarity));
        table.outletCount.append(outletCountOf(result, s));
        table.speakerKind.append(speakerKindOf(result, s));
    }
    return table;
}
