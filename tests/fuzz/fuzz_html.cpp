// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// A page as the HTML extractor reads it: libxml2's recovering parser, the attribute cap, the
// article's blocks and the page's metadata.
#include "corpus/articlebuilder.h"
#include "fuzzsupport.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzSupport::ensureApplication();
    ArticleBuilder::build(QStringLiteral("page.html"), FuzzSupport::bytes(data, size), ArticleBuilder::Format::Html);
    return 0;
}
