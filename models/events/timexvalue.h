// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "events/timex.h"

// The normalised value string of a resolved range: "2018-06-12", "2019-02", "2025-11-E", "2025-W44",
// "2019", "1950/1953", "199X". Ranges that are no single unit are written "start/end".
namespace TimexValue
{
QString of(const QDate &start, const QDate &end, DatePrecision precision);

// The value of a saying dated only by its article's publication ("Ames said"): the extractor gives it, the
// labeler and the merger treat it as no time of its own.
inline constexpr QLatin1String NewsRef { "NEWS_REF" };
}
