// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QChar>

// The characters English news text uses for apostrophes, quotation marks, hyphens, dashes and spaces, in
// every style outlets publish: one definition for the whole analysis. Inline: every character of every
// article passes through these.
namespace Characters
{
// ' ’ ʼ, and ‘ where smart-quote software put it for one ("rock ‘n’ roll"): an apostrophe when it stands
// inside a word ("don't", "Kim’s"); at a word's edge the quotation rules decide.
inline bool isApostrophe(QChar c)
{
    const char16_t u = c.unicode();
    return u == u'\'' || u == u'\u2019' || u == u'\u02BC' || u == u'\u2018';
}

// Joins the parts of a word ("test-fired", non-breaking "Dong‑young"): hyphen-minus, hyphen, no-break hyphen.
inline bool isHyphen(QChar c)
{
    const char16_t u = c.unicode();
    return u == u'-' || u == u'\u2010' || u == u'\u2011';
}

// Sets a phrase off or spans a range ("— Ana Ruiz", "2019–2021"): figure, en and em dash, horizontal bar,
// minus sign. The hyphen-minus serves as a dash too where it stands alone; callers that accept it say so.
inline bool isDash(QChar c)
{
    const char16_t u = c.unicode();
    return u >= u'\u2012' && u <= u'\u2015' ? true : u == u'\u2212';
}

// White space, with the no-break (U+00A0), narrow no-break (U+202F) and other Unicode spaces.
inline bool isSpace(QChar c)
{
    const char16_t u = c.unicode();
    if (u < 0x80)
        return u == u' ' || (u >= u'\t' && u <= u'\r');
    return c.isSpace();
}

// ' as typed: typographic apostrophes and single quotation marks inside words fold to it, so that
// "Kim’s" and "Kim's" are one word to every look-up.
inline QChar foldApostrophe(QChar c)
{
    return isApostrophe(c) ? QChar(u'\'') : c;
}

// Ends a sentence in English text: . ! ? and the ellipsis.
inline bool isSentenceMark(QChar c)
{
    const char16_t u = c.unicode();
    return u == u'.' || u == u'!' || u == u'?' || u == u'\u2026';
}

// Letters, digits and combining marks: what words are made of.
inline bool isWordChar(QChar c)
{
    const char16_t u = c.unicode();
    if (u < 0x80)
        return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9');
    return c.isLetterOrNumber() || c.isMark();
}

// Double quotation marks of every style: " “ ” „ ‟ « » ＂ and the CJK corner brackets.
inline bool isDoubleQuote(QChar c)
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

// Single quotation marks of every style: ' ‘ ’ ‚ ‛ ‹ › (the first three are apostrophes too).
inline bool isSingleQuote(QChar c)
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

inline bool isQuoteMark(QChar c)
{
    return isDoubleQuote(c) || isSingleQuote(c);
}

// What a quotation mark's glyph says about its role. Scraped pages mix conventions (“ closed by ", German
// „…“, French « », Danish » «), so only the low and corner marks are certain; for the others the
// characters around the mark decide first and this is the tie-break of English and French typography.
enum class QuoteRole : quint8 {
    None, // not a quotation mark
    Either, // " '
    Opening, // “ ‘ ‟ ‛ « ‹
    Closing, // ” ’ » ›
    OnlyOpening, // „ ‚ 「 『
    OnlyClosing, // 」 』
};

inline QuoteRole quoteRole(QChar c)
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

// A mark whose glyph may open a quotation (" ' “ ‘ « ‹ „ ‚ 「 …), and one whose glyph may close it.
inline bool mayOpenQuote(QChar c)
{
    const QuoteRole r = quoteRole(c);
    return r == QuoteRole::Either || r == QuoteRole::Opening || r == QuoteRole::OnlyOpening;
}

inline bool mayCloseQuote(QChar c)
{
    const QuoteRole r = quoteRole(c);
    return r == QuoteRole::Either || r == QuoteRole::Closing || r == QuoteRole::OnlyClosing;
}
}
