// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "events/timex.h"

QString datePrecisionName(DatePrecision precision)
{
    switch (precision) {
    case DatePrecision::Day:
        return QStringLiteral("day");
    case DatePrecision::Week:
        return QStringLiteral("week");
    case DatePrecision::PartOfMonth:
        return QStringLiteral("part-of-month");
    case DatePrecision::Month:
        return QStringLiteral("month");
    case DatePrecision::Season:
        return QStringLiteral("season");
    case DatePrecision::Year:
        return QStringLiteral("year");
    case DatePrecision::Decade:
        return QStringLiteral("decade");
    case DatePrecision::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

QString dateBasisName(DateBasis basis)
{
    switch (basis) {
    case DateBasis::Absolute:
        return QStringLiteral("absolute");
    case DateBasis::RelativeToPublication:
        return QStringLiteral("relative-to-publication");
    case DateBasis::RelativeToPrevious:
        return QStringLiteral("relative-to-previous");
    }
    return {};
}
