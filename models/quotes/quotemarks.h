// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// Which way a quotation mark faces, judged from the mark itself and the characters around it.
// Scraped pages mix conventions (“ closed by ", German „…“, French « », Danish » «), so the
// surrounding characters decide first and the glyph only breaks ties.
namespace QuoteMarks
{
enum class Direction { Opening, Closing, Either };

// Inline: every character of every article passes through these.
inline bool isDouble(QChar c)
{
    const char16_t u = c.unicode();
    if (u < 0x80)
        return u == u'"';
    switch (u) {
    case u'\u201C':
    case u'\u201D':
    case u'\u201E':
    case u'\u201F':
    case u'\u00AB':
    case u'\u00BB':
    case u'\uFF02':
    case u'\u300C':
    case u'\u300D':
    case u'\u300E':
    case u'\u300F':
        return true;
    default:
        return false;
    }
}

inline bool isSingle(QChar c)
{
    const char16_t u = c.unicode();
    if (u < 0x80)
        return u == u'\'';
    switch (u) {
    case u'\u2018':
    case u'\u2019':
    case u'\u201A':
    case u'\u201B':
    case u'\u2039':
    case u'\u203A':
        return true;
    default:
        return false;
    }
}

// Direction of the mark at `pos` in `text`, within the paragraph [from, to).
Direction direction(const QString &text, int pos, int from, int to);

bool canOpen(const QString &text, int pos, int from, int to);
bool canClose(const QString &text, int pos, int from, int to);

// An apostrophe rather than a single quotation mark: "he’s", "Whitfield’s", "'90s", "rock ’n’ roll".
bool isApostrophe(const QString &text, int pos, int from, int to);
}
