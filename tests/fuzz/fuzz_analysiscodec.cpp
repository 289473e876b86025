// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The analysis cache's blobs (analyses and loaded files) as a damaged or crafted project holds them;
// what decodes must hold only spans inside the text and dates the analysis can make.
#include "fuzzsupport.h"
#include "storage/analysiscodec.h"
#include "storage/articlecodec.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    constexpr int textLength = 4000;
    const QByteArray blob = FuzzSupport::bytes(data, size).toByteArray();
    if (const std::optional<ArticleBuilder::Built> built = ArticleCodec::decode(blob); built && built->article) {
        const Article &a = *built->article;
        for (const TextSpans *spans : { &a.paragraphs, &a.sentences, &a.headings, &a.boilerplate }) {
            for (TextSpan span : *spans) {
                if (span.start < 0 || span.end > a.textLength() || span.end < span.start)
                    std::abort();
            }
        }
    }
    const std::optional<ArticleAnalysis> decoded = AnalysisCodec::decode(blob, textLength);
    if (!decoded)
        return 0;
    for (const Quote &q : decoded->quotes) {
        if (q.span.start < 0 || q.span.end > textLength || q.span.end < q.span.start)
            std::abort();
    }
    for (const EventMention &m : decoded->mentions) {
        if (m.timex.start.isValid() && std::abs(m.timex.start.year()) > 9999)
            std::abort();
    }
    return 0;
}
