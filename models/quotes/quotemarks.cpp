// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "quotes/quotemarks.h"

namespace
{
bool opensOnly(QChar c)
{
    return c == u'\u201E' || c == u'\u201A' || c == u'\u300C' || c == u'\u300E';
}

bool closesOnly(QChar c)
{
    return c == u'\u300D' || c == u'\u300F';
}

// The glyph's usual direction in English and French typography.
QuoteMarks::Direction glyphDirection(QChar c)
{
    switch (c.unicode()) {
    case u'\u201C':
    case u'\u201F':
    case u'\u2018':
    case u'\u201B':
    case u'\u00AB':
    case u'\u2039':
    case u'\u201E':
    case u'\u201A':
    case u'\u300C':
    case u'\u300E':
        return QuoteMarks::Direction::Opening;
    case u'\u201D':
    case u'\u2019':
    case u'\u00BB':
    case u'\u203A':
    case u'\u300D':
    case u'\u300F':
        return QuoteMarks::Direction::Closing;
    default:
        return QuoteMarks::Direction::Either;
    }
}

bool isOpenSide(QChar c)
{
    return c.isSpace() || c == u'(' || c == u'[' || c == u'{' || c == u'\u2014' || c == u'\u2013' || c == u'-'
        || c == u'/' || QuoteMarks::isDouble(c) || QuoteMarks::isSingle(c);
}

bool isCloseSide(QChar c)
{
    return c.isSpace() || c.isPunct() || QuoteMarks::isDouble(c) || QuoteMarks::isSingle(c);
}
}

QuoteMarks::Direction QuoteMarks::direction(const QString &text, int pos, int from, int to)
{
    const QChar c = text.at(pos);
    if (opensOnly(c))
        return Direction::Opening;
    if (closesOnly(c))
        return Direction::Closing;
    const bool openLeft = pos <= from || isOpenSide(text.at(pos - 1));
    const bool closeRight = pos + 1 >= to || isCloseSide(text.at(pos + 1));
    if (openLeft && !closeRight)
        return Direction::Opening;
    if (!openLeft && closeRight)
        return Direction::Closing;
    return glyphDirection(c);
}

bool QuoteMarks::canOpen(const QString &text, int pos, int from, int to)
{
    return direction(text, pos, from, to) != Direction::Closing;
}

bool QuoteMarks::canClose(const QString &text, int pos, int from, int to)
{
    return direction(text, pos, from, to) != Direction::Opening;
}

bool QuoteMarks::isApostrophe(const QString &text, int pos, int from, int to)
{
    const QChar c = text.at(pos);
    if (c != u'\'' && c != u'\u2019' && c != u'\u2018')
        return false;
    const QChar before = pos > from ? text.at(pos - 1) : QChar(u' ');
    const QChar after = pos + 1 < to ? text.at(pos + 1) : QChar(u' ');
    if (before.isLetterOrNumber() && after.isLetterOrNumber())
        return true; // he’s, don't
    if (!before.isLetterOrNumber() && after.isDigit())
        return true; // '90s
    // ’n’ in "rock ’n’ roll" and elisions like ’em
    return pos + 2 < to && after == u'n' && (text.at(pos + 2) == u'\'' || text.at(pos + 2) == u'\u2019');
}
