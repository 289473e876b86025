// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// Which way a quotation mark faces, judged from the mark itself and the characters around it.
// Scraped pages mix conventions (“ closed by ", German „…“, French « », Danish » «), so the
// surrounding characters decide first and the glyph (Characters::quoteRole) only breaks ties.
namespace QuoteMarks
{
enum class Direction { Opening, Closing, Either };

// Direction of the mark at `pos` in `text`, within the paragraph [from, to).
Direction direction(const QString &text, int pos, int from, int to);

bool canOpen(const QString &text, int pos, int from, int to);
bool canClose(const QString &text, int pos, int from, int to);

// An apostrophe rather than a single quotation mark: "he’s", "Whitfield’s", "'90s", "rock ’n’ roll".
bool isApostrophe(const QString &text, int pos, int from, int to);
}
