// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "language/characters.h"

Characters::QuoteRole Characters::quoteRole(QChar c)
{
    switch (c.unicode()) {
    case u'"':
    case u'\'':
    case u'\uFF02':
        return QuoteRole::Either;
    case u'\u201C':
    case u'\u201F':
    case u'\u2018':
    case u'\u201B':
    case u'\u00AB':
    case u'\u2039':
        return QuoteRole::Opening;
    case u'\u201D':
    case u'\u2019':
    case u'\u00BB':
    case u'\u203A':
        return QuoteRole::Closing;
    case u'\u201E':
    case u'\u201A':
    case u'\u300C':
    case u'\u300E':
        return QuoteRole::OnlyOpening;
    case u'\u300D':
    case u'\u300F':
        return QuoteRole::OnlyClosing;
    default:
        return QuoteRole::None;
    }
}
