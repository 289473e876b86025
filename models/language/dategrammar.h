// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QStringView>

#include <optional>

// A calendar date written out: "29 October 2025", "Oct. 29, 2025", "12–14 March", "2025-10-29", "November
// 2025", "June", "the end of March 2019". Offsets are UTF-16 positions in the text read.
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
    qsizetype monthStart = 0; // where the month's name starts
    qsizetype monthEnd = 0; // after the month's name and its abbreviation dot
    int year = 0; // 0 when the text gives none
    int month = 0;
    int day = 0; // 0 for a month
    int lastDay = 0; // the last day of a range ("12–14 March"), else `day`
    int part = 0; // the part of the month a phrase before it names ("early March"), as PeriodPart::part; 0: none

    // The first day the date names, or an invalid date when the text gives no year. A part of a month starts
    // on the 1st, the 11th or the 21st.
    QDate firstDate() const
    {
        constexpr int firstDayOfPart[] = { 1, 1, 11, 21 };
        return { year, month, day ? day : firstDayOfPart[part >= 0 && part <= 3 ? part : 0] };
    }
};

// A phrase that narrows the period named after it to a part: "early" and "mid-" (the adjectives of
// events/period-parts), "the end of" (the nouns of dates/period-part-nouns), "the early".
struct PeriodPart {
    qsizetype start = 0;
    qsizetype end = 0; // where the period's name starts: after the phrase and the hyphen or spaces that follow it
    int part = 0; // 1 its start, 2 its middle, 3 its end
};

// The one grammar of dates written out in English news text, over the month names of DateWords: the metadata
// date finder and the events' temporal tagger both read dates with it. Dates relative to something ("last
// month", "March 3 last year") are the temporal tagger's business.
namespace DateGrammar
{
// The longest date that starts at `start`, read no further than `limit` (the end of the text when -1). A month
// name starts with a capital letter unless a year follows ("may" is mostly a verb). A date that starts with a
// month may have a part of it before it ("mid-June 2024", "the end of March"): the date starts at the part.
std::optional<CalendarDate> readAt(QStringView text, qsizetype start, qsizetype limit = -1);
// The phrase naming a part of a period that starts at `start`, whatever follows it (a month, a year, "next
// month"), read no further than `limit`.
std::optional<PeriodPart> partAt(QStringView text, qsizetype start, qsizetype limit = -1);
// Every date in `text` that gives its year, in text order, none overlapping.
QList<CalendarDate> findWithYear(QStringView text);
}
