// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "events/timex.h"

#include <QDate>
#include <QString>

// Human-readable dates at their precision ("12 June 2018", "February 2019", "early November 2025", "the 1990s"),
// for tool tips and labels. Uses the application locale's month names.
namespace DateText
{
QString format(const QDate &start, const QDate &end, DatePrecision precision);
}
