// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/textspan.h"

#include <QDate>
#include <QString>

// How finely a date is known, finest first.
enum class DatePrecision { Day, Week, PartOfMonth, Month, Season, Year, Decade, Unknown };

// Whether the date was written out or had to be worked out from another date.
enum class DateBasis { Absolute, RelativeToPublication, RelativeToPrevious };

QString datePrecisionName(DatePrecision precision);
QString dateBasisName(DateBasis basis);

// A temporal expression found in text and normalised to a date range.
struct Timex {
    TextSpan span;
    QString text;
    QDate start; // first day the expression can mean
    QDate end; // last day (== start for day precision)
    DatePrecision precision = DatePrecision::Unknown;
    DateBasis basis = DateBasis::Absolute;
    double confidence = 0.0; // 0..1
    QString value; // ISO-like: "2018-06-12", "2019-02", "2025-10-E" (early), "2019", "201X"

    bool isResolved() const { return start.isValid(); }
};
