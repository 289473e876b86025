// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "corpus/article.h"

#include <QList>

// Dates the undated articles of a single-story corpus from their dated siblings.
// A corpus is one story: when the articles that state their date were all published within a
// short window, an undated article was most likely published in that window too, and "last
// month" in it means the same month. Such dates are flagged InferredFromCorpus, never trusted as
// firmly as a stated one; when the dated articles spread wider, nothing is guessed.
namespace CorpusDateInference
{
constexpr int maxWindowDays = 14;

// Sets `published` (basis InferredFromCorpus) on undated articles; returns how many it dated.
int apply(QList<Article> &articles);
}
