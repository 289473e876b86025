// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QStringView>

#include <optional>

// A calendar date written out: "29 October 2025", "Oct. 29, 2025", "12–14 March", "2025-10-29", "November
// 2025", "June". Offsets are UTF-16 positions in the text read.
struct CalendarDate {
    enum Form : quint8 {
        Iso, // 2025-10-29
        DayMonth, // 29 October 2025, 12–14 March, 3rd of May
        MonthDay, // October 29, 2025, Sept. 4
        Month, // November 2025, March of 2024, June
    };
    Form form = Month;
    qsizetype start = 0;
    qsizetype end = 0;
    qsizetype monthEnd = 0; // after the month's name and its abbreviation dot
    int year = 0; // 0 when the text gives none
    int month = 0;
    int day = 0; // 0 for a month
    int lastDay = 0; // the last day of a range ("12–14 March"), else `day`

    // The first day the date names, or an invalid date when the text gives no year.
    QDate firstDate() const { return QDate(year, month, day ? day : 1); }
};

// The one grammar of dates written out in English news text, over the month names of DateWords: the metadata
// date finder and the events' temporal tagger both read dates with it. Dates relative to something ("last
// month", "March 3 last year") are the temporal tagger's business.
namespace DateGrammar
{
// The longest date that starts at `start`, read no further than `limit` (the end of the text when -1). A month
// name starts with a capital letter unless a year follows ("may" is mostly a verb).
std::optional<CalendarDate> readAt(QStringView text, qsizetype start, qsizetype limit = -1);
// Every date in `text` that gives its year, in text order, none overlapping.
QList<CalendarDate> findWithYear(QStringView text);
}
