// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/analysisresult.h"

#include <QList>
#include <QStringList>

// A remark an outlet quotes in pieces ("…," she said. "…") is one rendering per piece. Scored against
// the whole reference, a faithful piece looks like a rewrite (0 % where the reference is another piece);
// the quote panel scores it instead against the part of the reference it renders: the run of the
// reference's words of the piece's length that it matches best. When the reference is itself one of its
// article's pieces, the reference is that article's pieces together, in text order.
namespace PieceSimilarity
{
// `scores` (parallel to statement.quotes, against the rendering `reference`, an index into them) with
// the scores of pieces replaced: of renderings whose article quotes the statement in several pieces, and
// of every rendering when the reference's article does. Headline quotes are never pieces.
QList<double> apply(const AnalysisResult &result, const Statement &statement, int reference, QList<double> scores);

// The words of `text` as the comparison matches them (case, punctuation and spelling folded).
QStringList words(const QString &text);
// The share of the words of `piece` and of the best-matching run of `reference` of the same length (the
// whole of it when shorter) that the other has in the same order, 0..1.
double bestWindow(const QStringList &piece, const QStringList &reference);
}
