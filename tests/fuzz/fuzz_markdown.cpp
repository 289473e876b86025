// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// A Markdown file: front matter, headings, lists, links and emphasis reduced to text.
#include "corpus/articlebuilder.h"
#include "fuzzsupport.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzSupport::ensureApplication();
    ArticleBuilder::build(QStringLiteral("story.md"), FuzzSupport::bytes(data, size), ArticleBuilder::Format::Markdown);
    return 0;
}
