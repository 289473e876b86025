// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "corpus/formats/textblock.h"

#include <QStringView>

// The text of a Markdown article: YAML front matter (title, author, date) as metadata, '#' and
// underlined headings, list items, block quotes and image captions as blocks, and the inline
// markup (emphasis, code, links) reduced to the words a reader sees.
class MarkdownExtractor
{
public:
    static ExtractedDocument extract(QStringView text);
    // Inline markup removed: "**bold** [link](http://x)" -> "bold link".
    static QString plainInline(QStringView text);
};
