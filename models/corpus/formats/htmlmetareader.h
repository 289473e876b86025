// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "corpus/formats/textblock.h"

namespace HtmlDom
{
class Document;
}

// Title, author, date, site name and URL from a parsed page: Open Graph and article meta tags,
// the other usual meta names, schema.org JSON-LD and microdata, <title> and <link rel=canonical>.
class HtmlMetaReader
{
public:
    static DocumentMeta read(const HtmlDom::Document &document);

    // "Headline | Site" or "Headline - Site" from a <title>: the headline alone.
    static QString stripSiteSuffix(const QString &title, const QString &siteName);
    // "2025-10-29T08:00:00Z", "2025-10-29", "October 29, 2025": the calendar date as written.
    static QDate parseDate(const QString &value);
};
