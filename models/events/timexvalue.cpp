// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "events/timexvalue.h"

namespace
{
QString pad(int n, int width)
{
    return QString::number(n).rightJustified(width, QLatin1Char('0'));
}

QString month(const QDate &d)
{
    return pad(d.year(), 4) + QLatin1Char('-') + pad(d.month(), 2);
}
}

QString TimexValue::of(const QDate &start, const QDate &end, DatePrecision precision)
{
    if (!start.isValid())
        return {};
    const QDate last = end.isValid() ? end : start;
    switch (precision) {
    case DatePrecision::Day:
        return start == last ? start.toString(Qt::ISODate)
                             : start.toString(Qt::ISODate) + QLatin1Char('/') + last.toString(Qt::ISODate);
    case DatePrecision::Week: {
        int weekYear = 0;
        const int week = start.weekNumber(&weekYear);
        if (start.dayOfWeek() == 1 && last == start.addDays(6))
            return pad(weekYear, 4) + QStringLiteral("-W") + pad(week, 2);
        return start.toString(Qt::ISODate) + QLatin1Char('/') + last.toString(Qt::ISODate);
    }
    case DatePrecision::PartOfMonth:
        if (start.month() == last.month() && start.year() == last.year()) {
            const QChar part = start.day() == 1    ? QLatin1Char('E')
                : last.day() == last.daysInMonth() ? QLatin1Char('L')
                                                   : QLatin1Char('M');
            return month(start) + QLatin1Char('-') + part;
        }
        break;
    case DatePrecision::Month:
        if (start.month() == last.month() && start.year() == last.year())
            return month(start);
        return month(start) + QLatin1Char('/') + month(last);
    case DatePrecision::Season:
        break;
    case DatePrecision::Year:
        if (start.year() == last.year())
            return pad(start.year(), 4);
        return pad(start.year(), 4) + QLatin1Char('/') + pad(last.year(), 4);
    case DatePrecision::Decade:
        if (last.year() - start.year() == 9 && start.year() % 10 == 0)
            return pad(start.year() / 10, 3) + QLatin1Char('X');
        break;
    case DatePrecision::Unknown:
        break;
    }
    return start.toString(Qt::ISODate) + QLatin1Char('/') + last.toString(Qt::ISODate);
}
