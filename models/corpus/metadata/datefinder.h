// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/textspan.h"

#include <QDate>
#include <QList>
#include <QStringView>

// Explicit calendar dates with a year in English text: "29 October 2025", "Oct. 29, 2025", "2025-10-29",
// and month dates such as "November 2025" or "the end of June 2022", as the language layer's DateGrammar
// reads them. Only what the metadata inference needs: dates relative to something ("last month") are the
// events engine's business.
class DateFinder
{
public:
    struct Match {
        TextSpan span; // in the searched text
        QDate date; // for month precision the first day of the month, or of the part a phrase names
        bool dayPrecision = true;
        int part = 0; // "early", "mid-", "the end of": 1 the month's start, 2 its middle, 3 its end; 0 none
    };

    static QList<Match> find(QStringView text);
};
