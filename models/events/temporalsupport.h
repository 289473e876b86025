// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "events/lexicon.h"
#include "events/scantoken.h"
#include "events/timex.h"

#include <QString>

#include <algorithm>
#include <array>

// Small helpers shared by TemporalTagger's absolute and relative patterns.
namespace TemporalSupport
{
using Lexicon::Rel;
using Lexicon::Unit;
using Lexicon::WordInfo;

// Words after which a bare year or month is a date rather than a quantity or a name.
inline bool introducesDate(const WordInfo *w)
{
    static const std::array words = { Lexicon::lookup(u"in"), Lexicon::lookup(u"since"), Lexicon::lookup(u"until"),
        Lexicon::lookup(u"till"), Lexicon::lookup(u"by"), Lexicon::lookup(u"of"), Lexicon::lookup(u"from"),
        Lexicon::lookup(u"before"), Lexicon::lookup(u"after"), Lexicon::lookup(u"during"), Lexicon::lookup(u"through"),
        Lexicon::lookup(u"around"), Lexicon::lookup(u"circa"), Lexicon::lookup(u"to"), Lexicon::lookup(u"and"),
        Lexicon::lookup(u"between"), Lexicon::lookup(u"early"), Lexicon::lookup(u"mid"), Lexicon::lookup(u"late"),
        Lexicon::lookup(u"last"), Lexicon::lookup(u"next"), Lexicon::lookup(u"this"), Lexicon::lookup(u"throughout"),
        Lexicon::lookup(u"within") };
    return w && std::find(words.begin(), words.end(), w) != words.end();
}

inline Unit unitOf(const ScanToken *t)
{
    return t && t->word ? t->word->unit : Unit::None;
}

inline Rel relOf(const ScanToken *t)
{
    return t && t->word ? t->word->rel : Rel::None;
}

inline DatePrecision precisionOf(Unit unit)
{
    switch (unit) {
    case Unit::Hour:
    case Unit::PartOfDay:
    case Unit::Day:
        return DatePrecision::Day;
    case Unit::Week:
    case Unit::Weekend:
        return DatePrecision::Week;
    case Unit::Month:
        return DatePrecision::Month;
    case Unit::Year:
        return DatePrecision::Year;
    case Unit::Decade:
        return DatePrecision::Decade;
    case Unit::None:
        break;
    }
    return DatePrecision::Unknown;
}

inline QChar unitLetter(Unit unit)
{
    switch (unit) {
    case Unit::Week:
    case Unit::Weekend:
        return QLatin1Char('W');
    case Unit::Month:
        return QLatin1Char('M');
    case Unit::Year:
        return QLatin1Char('Y');
    case Unit::Decade:
        return QLatin1Char('E');
    default:
        return QLatin1Char('D');
    }
}

// Unresolved values say what the expression means: "PUB-1M" (a month before publication), "PREV+1D".
inline QString relativeValue(const char *base, int n, Unit unit)
{
    return QLatin1String(base) + (n < 0 ? QLatin1Char('-') : QLatin1Char('+')) + QString::number(std::abs(n))
        + unitLetter(unit);
}

inline QString partCode(int part)
{
    return part == 1 ? QStringLiteral("E") : part == 2 ? QStringLiteral("M") : QStringLiteral("L");
}

inline QString seasonCode(int season)
{
    static constexpr std::array codes = { "SP", "SU", "FA", "WI" };
    return QLatin1String(codes.at(size_t(std::clamp(season, 1, 4) - 1)));
}

inline bool finer(DatePrecision a, DatePrecision b)
{
    return int(a) <= int(b);
}
}
