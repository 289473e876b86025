// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "events/datetext.h"

#include "core/translation.h"

#include <QLocale>

PARALLAX_NAMESPACE_TR(DateText)

namespace DateText
{
namespace
{
QString monthYear(const QDate &date)
{
    return QLocale().monthName(date.month()) + QLatin1Char(' ') + QString::number(date.year());
}

QString single(const QDate &start, const QDate &end, DatePrecision precision)
{
    switch (precision) {
    case DatePrecision::Day:
        return QLocale().toString(start, QStringLiteral("d MMMM yyyy"));
    case DatePrecision::Week:
        return tr("week of %1").arg(QLocale().toString(start, QStringLiteral("d MMMM yyyy")));
    case DatePrecision::PartOfMonth:
        if (start.day() == 1 && end.day() <= 10)
            return tr("early %1").arg(monthYear(start));
        if (end.day() == end.daysInMonth() && start.day() >= 20)
            return tr("late %1").arg(monthYear(start));
        return tr("mid-%1").arg(monthYear(start));
    case DatePrecision::Month:
        return monthYear(start);
    case DatePrecision::Season:
        return tr("%1 to %2").arg(monthYear(start), monthYear(end));
    case DatePrecision::Year:
        return QString::number(start.year());
    case DatePrecision::Decade:
        return tr("the %1s").arg(start.year() - start.year() % 10);
    case DatePrecision::Unknown:
        break;
    }
    return {};
}

// The start of the unit that `date` belongs to at `precision`, to tell whether a range is one unit.
bool sameUnit(const QDate &a, const QDate &b, DatePrecision precision)
{
    switch (precision) {
    case DatePrecision::Day:
        return a == b;
    case DatePrecision::Month:
        return a.year() == b.year() && a.month() == b.month();
    case DatePrecision::Year:
        return a.year() == b.year();
    case DatePrecision::Decade:
        return a.year() / 10 == b.year() / 10;
    default:
        return true;
    }
}
}
}

QString DateText::format(const QDate &start, const QDate &end, DatePrecision precision)
{
    if (!start.isValid())
        return tr("undated");
    const QDate last = end.isValid() ? end : start;
    if (sameUnit(start, last, precision))
        return single(start, last, precision);
    return tr("%1 to %2").arg(single(start, start, precision), single(last, last, precision));
}
