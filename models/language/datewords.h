// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QStringList>

// The names of the months and the weekdays and the words for a part of a period (data/dates/,
// data/events/period-parts), the one table behind every date reader: the metadata date finder and the
// events temporal tagger.
namespace DateWords
{
// The forms of each month, January first: the full name, then its abbreviations ("september", "sep",
// "sept"), lower-case.
const QList<QStringList> &months();
// The forms of each weekday, Monday first.
const QList<QStringList> &weekdays();
// 1 for January to 12 for December, 0 for a word that names no month; any case, no trailing dot.
int month(QStringView word);
// 1 for Monday to 7 for Sunday, 0 for a word that names no weekday.
int weekday(QStringView word);
// The part of a period an adjective names ("early March", "mid-2019"): 1 its start, 2 its middle, 3 its end;
// 0 for another word.
int partAdjective(QStringView word);
// The part of a period a noun names ("the end of March"), as partAdjective().
int partNoun(QStringView word);
}
