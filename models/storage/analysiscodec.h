// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/analysisresult.h"
#include "analysis/articleanalysis.h"

#include <QByteArray>

#include <optional>

// ArticleAnalysis as a compact binary blob for the project's analysis cache.
// Whoever adds a field to Quote, EventMention or Timex must write it here and bump `version`,
// so that older blobs are re-analysed instead of read without it.
namespace AnalysisCodec
{
inline constexpr int version = 5;
// The corpus-level results' own: their blob is a table of chunks, compressed each on its own.
inline constexpr int corpusVersion = 6;

QByteArray encode(const ArticleAnalysis &analysis);
// nullopt for a blob of another version or a damaged one: the article is then analysed again. Every
// count, span, enum, date and confidence is checked; spans must lie within `textLength` characters
// (UTF-16) when it is given.
std::optional<ArticleAnalysis> decode(const QByteArray &blob, int textLength = -1);

// The corpus-level results (quotes with their canonical speakers and statements, statements with
// their alignments, merged events) as a blob of compressed chunks, decoded in parallel, so that
// reopening an unchanged project runs no analysis at all. Whoever adds a field to Statement or Event
// must write it here too.
// What only `result` holds (a moved-in result) is let go section by section as it is encoded.
QByteArray encodeCorpus(AnalysisResult result);
// Fills `result`'s quotes, statements and events for `result.corpus` (already loaded), checking every
// article index and span against it; false (result unchanged) for another version or damage.
bool decodeCorpus(const QByteArray &blob, AnalysisResult &result);
}
