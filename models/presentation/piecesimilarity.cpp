// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "presentation/piecesimilarity.h"

#include "presentation/renderingdiff.h"

#include <QHash>

#include <algorithm>

namespace
{
// Words the two runs have in the same order (longest common subsequence), in O(|a|·|b|) time and
// O(|b|) space; runs are a quote's length, so this stays small.
int commonInOrder(const QStringList &a, QStringList::const_iterator bBegin, QStringList::const_iterator bEnd)
{
    const auto n = std::distance(bBegin, bEnd);
    QList<int> previous(n + 1, 0);
    QList<int> current(n + 1, 0);
    for (const QString &word : a) {
        auto b = bBegin;
        for (qsizetype j = 1; j <= n; ++j, ++b)
            current[j] = word == *b ? previous.at(j - 1) + 1 : std::max(previous.at(j), current.at(j - 1));
        std::swap(previous, current);
    }
    return previous.at(n);
}

// Whether a quote takes part as a piece of its article's rendering.
bool isPiece(const AnalysisResult &result, const QString &quoteId)
{
    const int q = result.quoteIndex(quoteId);
    return q >= 0 && !result.quotes.at(q).headline;
}
}

QStringList PieceSimilarity::words(const QString &text)
{
    return RenderingDiff::normalised(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

double PieceSimilarity::bestWindow(const QStringList &piece, const QStringList &reference)
{
    if (piece.isEmpty() || reference.isEmpty())
        return piece.isEmpty() && reference.isEmpty() ? 1.0 : 0.0;
    const qsizetype length = std::min(piece.size(), reference.size());
    int best = 0;
    for (qsizetype start = 0; start + length <= reference.size() && best < length; ++start)
        best = std::max(best, commonInOrder(piece, reference.cbegin() + start, reference.cbegin() + start + length));
    return 2.0 * best / double(piece.size() + length);
}

QList<double> PieceSimilarity::apply(
    const AnalysisResult &result, const Statement &statement, int reference, QList<double> scores)
{
    const qsizetype n = statement.quotes.size();
    if (reference < 0 || reference >= n || scores.size() != n)
        return scores;
    // The renderings of each article that count as pieces, in Statement::quotes order (article file,
    // then offset: text order).
    QHash<int, QList<int>> pieces;
    for (int i = 0; i < n; ++i) {
        if (isPiece(result, statement.quotes.at(i)))
            pieces[result.quotes.at(result.quoteIndex(statement.quotes.at(i))).article].append(i);
    }
    const int referenceQuote = result.quoteIndex(statement.quotes.at(reference));
    if (referenceQuote < 0)
        return scores;
    const QList<int> referencePieces = pieces.value(result.quotes.at(referenceQuote).article);
    const bool referenceIsPieced = referencePieces.size() > 1 && referencePieces.contains(reference);
    QStringList referenceWords;
    if (referenceIsPieced) {
        for (int i : referencePieces)
            referenceWords += words(result.quotes.at(result.quoteIndex(statement.quotes.at(i))).text);
    } else {
        referenceWords = words(result.quotes.at(referenceQuote).text);
    }
    for (int i = 0; i < n; ++i) {
        if (i == reference)
            continue;
        const int q = result.quoteIndex(statement.quotes.at(i));
        if (q < 0)
            continue;
        const bool pieced
            = pieces.value(result.quotes.at(q).article).size() > 1 && isPiece(result, statement.quotes.at(i));
        if (pieced || referenceIsPieced)
            scores[i] = bestWindow(words(result.quotes.at(q).text), referenceWords);
    }
    return scores;
}
