// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "corpus/formats/textblock.h"

#include <QByteArrayView>

// The article in an HTML page, parsed with libxml2's error-tolerant HTML
// parser (never regular expressions):
// the body of <article> (or [itemprop=articleBody], <main>, else <body>) with scripts, styles,
// navigation, asides, forms, embeds and hidden parts dropped; block elements become blocks,
// headings and captions keep their kind. Metadata comes from HtmlMetaReader. Nothing is fetched.
class HtmlExtractor
{
public:
    static ExtractedDocument extract(QByteArrayView utf8);
};
