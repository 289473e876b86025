// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// One article through the whole per-article analysis: the first byte picks the format, the rest is
// the file; then quotes, speakers, dates and event mentions.
#include "analysis/analyzer.h"
#include "corpus/articlebuilder.h"
#include "fuzzsupport.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzSupport::ensureApplication();
    if (size == 0)
        return 0;
    const auto format = ArticleBuilder::Format(data[0] % 3);
    const ArticleBuilder::Built built
        = ArticleBuilder::build(QStringLiteral("article"), FuzzSupport::bytes(data + 1, size - 1), format);
    if (built.article)
        Analyzer::analyzeArticle(*built.article, 0);
    return 0;
}
