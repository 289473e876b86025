// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "corpus/metadata/datefinder.h"

#include "language/dategrammar.h"

QList<DateFinder::Match> DateFinder::find(QStringView text)
{
    QList<Match> out;
    for (const CalendarDate &d : DateGrammar::findWithYear(text)) {
        // A date an article is published on, or one it reports, is a modern one.
        if (d.year < 1900)
            continue;
        Match found;
        found.span = { int(d.start), int(d.end) };
        found.date = d.firstDate();
        found.dayPrecision = d.day != 0;
        found.part = d.part;
        if (found.date.isValid())
            out.append(found);
    }
    return out;
}
