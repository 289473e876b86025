// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/textspan.h"
#include "corpus/corpus.h"

#include <QList>
#include <QString>

#include <atomic>

// One place where the searched words occur.
struct SearchHit {
    int article = -1; // index into Corpus::articles
    TextSpan span;
    QString context; // the words around the hit on one line, for a result list
};

// Finds words across every article of a corpus (the analyst's Ctrl+F, not analysis).
namespace CorpusSearch
{
// Case-insensitive; runs of whitespace in `words` match any whitespace. Hits in article order, at most `limit`.
QList<SearchHit> find(
    const Corpus &corpus, const QString &words, int limit = 1000, const std::atomic_bool *cancel = nullptr);
}
