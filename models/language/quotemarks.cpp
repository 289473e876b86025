// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "language/quotemarks.h"

#include "language/characters.h"

namespace
{
// The glyph's usual direction in English and French typography.
QuoteMarks::Direction glyphDirection(Characters::QuoteRole role)
{
    switch (role) {
    case Characters::QuoteRole::Opening:
    case Characters::QuoteRole::OnlyOpening:
        return QuoteMarks::Direction::Opening;
    case Characters::QuoteRole::Closing:
    case Characters::QuoteRole::OnlyClosing:
        return QuoteMarks::Direction::Closing;
    default:
        return QuoteMarks::Direction::Either;
    }
}

bool isOpenSide(QChar c)
{
    return Characters::isSpace(c) || c == u'(' || c == u'[' || c == u'{' || Characters::isDash(c)
        || Characters::isHyphen(c) || c == u'/' || Characters::isQuoteMark(c);
}

bool isCloseSide(QChar c)
{
    return Characters::isSpace(c) || c.isPunct() || Characters::isQuoteMark(c);
}
}

QuoteMarks::Direction QuoteMarks::direction(const QString &text, int pos, int from, int to)
{
    const Characters::QuoteRole role = Characters::quoteRole(text.at(pos));
    if (role == Characters::QuoteRole::OnlyOpening)
        return Direction::Opening;
    if (role == Characters::QuoteRole::OnlyClosing)
        return Direction::Closing;
    const bool openLeft = pos <= from || isOpenSide(text.at(pos - 1));
    const bool closeRight = pos + 1 >= to || isCloseSide(text.at(pos + 1));
    if (openLeft && !closeRight)
        return Direction::Opening;
    if (!openLeft && closeRight)
        return Direction::Closing;
    return glyphDirection(role);
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
    if (!Characters::isApostrophe(text.at(pos)))
        return false;
    const QChar before = pos > from ? text.at(pos - 1) : QChar(u' ');
    const QChar after = pos + 1 < to ? text.at(pos + 1) : QChar(u' ');
    if (before.isLetterOrNumber() && after.isLetterOrNumber())
        return true; // he’s, don't
    if (!before.isLetterOrNumber() && after.isDigit())
        return true; // '90s
    // ’n’ in "rock ’n’ roll" and elisions like ’em
    return pos + 2 < to && after == u'n' && Characters::isApostrophe(text.at(pos + 2));
}
