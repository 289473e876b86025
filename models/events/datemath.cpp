// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "events/datemath.h"

using Lexicon::Tense;
using Lexicon::Unit;

DateMath::Range DateMath::month(int y, int m)
{
    const QDate first(y, m, 1);
    return { first, QDate(y, m, first.daysInMonth()) };
}

DateMath::Range DateMath::year(int y)
{
    return { QDate(y, 1, 1), QDate(y, 12, 31) };
}

DateMath::Range DateMath::week(const QDate &day)
{
    const QDate monday = day.addDays(1 - day.dayOfWeek());
    return { monday, monday.addDays(6) };
}

DateMath::Range DateMath::unitContaining(const QDate &day, Unit unit)
{
    switch (unit) {
    case Unit::Hour:
    case Unit::PartOfDay:
    case Unit::Day:
        return { day, day };
    case Unit::Week:
        return week(day);
    case Unit::Weekend: {
        const QDate saturday = day.addDays(6 - day.dayOfWeek());
        return { saturday, saturday.addDays(1) };
    }
    case Unit::Month:
        return month(day.year(), day.month());
    case Unit::Year:
        return year(day.year());
    case Unit::Decade: {
        const int y = day.year() - day.year() % 10;
        return { QDate(y, 1, 1), QDate(y + 9, 12, 31) };
    }
    case Unit::None:
        break;
    }
    return {};
}

DateMath::Range DateMath::shiftedUnit(const QDate &day, Unit unit, int n)
{
    switch (unit) {
    case Unit::Hour:
    case Unit::PartOfDay:
    case Unit::Day:
        return unitContaining(day.addDays(n), Unit::Day);
    case Unit::Week:
    case Unit::Weekend:
        return unitContaining(day.addDays(qint64(7) * n), unit);
    case Unit::Month:
        return unitContaining(day.addMonths(n), unit);
    case Unit::Year:
        return unitContaining(day.addYears(n), unit);
    case Unit::Decade:
        return unitContaining(day.addYears(10 * n), unit);
    case Unit::None:
        break;
    }
    return {};
}

DateMath::Range DateMath::partOfMonth(int y, int m, int part)
{
    const Range whole = month(y, m);
    switch (part) {
    case 1:
        return { whole.start, QDate(y, m, 10) };
    case 2:
        return { QDate(y, m, 11), QDate(y, m, 20) };
    case 3:
        return { QDate(y, m, 21), whole.end };
    default:
        return whole;
    }
}

DateMath::Range DateMath::partOfYear(int y, int part)
{
    switch (part) {
    case 1:
        return { QDate(y, 1, 1), QDate(y, 4, 30) };
    case 2:
        return { QDate(y, 5, 1), QDate(y, 8, 31) };
    case 3:
        return { QDate(y, 9, 1), QDate(y, 12, 31) };
    default:
        return year(y);
    }
}

DateMath::Range DateMath::partOfDecade(int d, int part)
{
    switch (part) {
    case 1:
        return { QDate(d, 1, 1), QDate(d + 3, 12, 31) };
    case 2:
        return { QDate(d + 3, 1, 1), QDate(d + 6, 12, 31) };
    case 3:
        return { QDate(d + 6, 1, 1), QDate(d + 9, 12, 31) };
    default:
        return { QDate(d, 1, 1), QDate(d + 9, 12, 31) };
    }
}

DateMath::Range DateMath::season(int y, int s)
{
    switch (s) {
    case 1:
        return { QDate(y, 3, 1), QDate(y, 5, 31) };
    case 2:
        return { QDate(y, 6, 1), QDate(y, 8, 31) };
    case 3:
        return { QDate(y, 9, 1), QDate(y, 11, 30) };
    case 4:
        return { QDate(y, 12, 1), QDate(y + 1, 2, QDate::isLeapYear(y + 1) ? 29 : 28) };
    default:
        return year(y);
    }
}

QDate DateMath::nearestMonth(const QDate &reference, int m, Tense tense)
{
    int y = reference.year();
    if (tense == Tense::Future) {
        if (m < reference.month())
            ++y;
    } else if (tense == Tense::Past) {
        if (m > reference.month())
            --y;
    } else if (m - reference.month() > 6) {
        --y; // no tense: the nearer one
    } else if (reference.month() - m > 6) {
        ++y;
    }
    return { y, m, 1 };
}

QDate DateMath::nearestMonthDay(const QDate &reference, int m, int day, Tense tense)
{
    const auto make = [m, day](int y) {
        QDate d(y, m, 1);
        return d.isValid() && day <= d.daysInMonth() ? QDate(y, m, day) : QDate();
    };
    // A past date may be the day after publication: the outlet's time zone is behind the happening's.
    const QDate latestPast = reference.addDays(1);
    QDate past;
    QDate future;
    // 29 February only exists in leap years: step a whole year at a time until it does.
    for (int i = -1; i <= 8 && !past.isValid(); ++i) {
        const QDate d = make(reference.year() - i);
        if (d.isValid() && d <= latestPast)
            past = d;
    }
    for (int i = 0; i <= 8 && !future.isValid(); ++i) {
        const QDate d = make(reference.year() + i);
        if (d.isValid() && d >= reference)
            future = d;
    }
    if (tense == Tense::Past)
        return past;
    if (tense == Tense::Future)
        return future;
    if (!past.isValid() || !future.isValid())
        return past.isValid() ? past : future;
    return past.daysTo(reference) <= reference.daysTo(future) ? past : future;
}

QDate DateMath::nearestWeekday(const QDate &reference, int weekday, Tense tense)
{
    const int today = reference.dayOfWeek();
    if (tense == Tense::Future) {
        // "will resume on Wednesday" in a Wednesday paper is that day: a week ahead would be "next Wednesday"
        return reference.addDays((weekday - today + 7) % 7);
    }
    // The day after publication, told in the past, is that day in an outlet whose time zone is behind.
    if (weekday == today % 7 + 1)
        return reference.addDays(1);
    return reference.addDays(-((today - weekday + 7) % 7));
}

QDate DateMath::weekdayOfNextWeek(const QDate &reference, int weekday)
{
    const QDate nextMonday = reference.addDays(8 - reference.dayOfWeek());
    return nextMonday.addDays(weekday - 1);
}
