// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "events/lexicon.h"

#include <QDate>

// Calendar arithmetic for resolving temporal expressions.
namespace DateMath
{
struct Range {
    QDate start;
    QDate end;
    bool isValid() const { return start.isValid() && end.isValid(); }
};

Range month(int year, int month);
Range year(int year);
Range week(const QDate &day); // Monday to Sunday
// The calendar unit (day, week, month, year, decade) that contains `day`.
Range unitContaining(const QDate &day, Lexicon::Unit unit);
// `day` moved by `n` units (negative: back), then widened to that unit.
Range shiftedUnit(const QDate &day, Lexicon::Unit unit, int n);
// Early/mid/late part of a month, a year or a decade.
Range partOfMonth(int year, int month, int part);
Range partOfYear(int year, int part);
Range partOfDecade(int decadeStart, int part);
Range season(int year, int season);

// A month, day or weekday named without a year refers to the nearest one the tense allows: past = the last
// one on or before `reference` (or the day after it: time zones), future = the first one on or after it,
// no tense = the nearer of the two.
QDate nearestMonth(const QDate &reference, int month, Lexicon::Tense tense);
QDate nearestMonthDay(const QDate &reference, int month, int day, Lexicon::Tense tense);
QDate nearestWeekday(const QDate &reference, int weekday, Lexicon::Tense tense);
// "next Friday": that weekday in the calendar week (Monday to Sunday) after the one of `reference`.
QDate weekdayOfNextWeek(const QDate &reference, int weekday);
}
