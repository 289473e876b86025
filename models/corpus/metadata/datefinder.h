// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/textspan.h"

#include <QDate>
#include <QList>
#include <QStringView>

// Explicit calendar dates with a year in English text: "29 October 2025", "Oct. 29, 2025", "2025-10-29",
// and month dates such as "November 2025", as the language layer's DateGrammar reads them. Only what the
// metadata inference needs: dates relative to something ("last month") are the events engine's business.
class DateFinder
{
public:
    struct Match {
        TextSpan span; // in the searched text
        QDate date; // the first day of the month for month precision
        bool dayPrecision = true;
    };

    static QList<Match> find(QStringView text);
};
