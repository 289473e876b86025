// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

#include <utility>

// How many events fall in a stretch of time when each event is spread evenly over its own [start, end):
// an event known only to its month counts a thirtieth on each of its days instead of all on the first, so
// density bars do not spike on every 1 January. Kept as the running total F(t) of the spread events,
// piecewise linear between the events' ends, so any stretch costs two binary searches.
class TimelineDensity
{
public:
    TimelineDensity() = default;
    // [start, end) of each event; a zero-length one counts at its start.
    explicit TimelineDensity(const QList<std::pair<double, double>> &spans);

    // Events (fractions of them) within [time0, time1).
    double between(double time0, double time1) const { return total(time1) - total(time0); }
    // result[i] is between(boundaries[i], boundaries[i + 1]).
    QList<double> between(const QList<double> &boundaries) const;
    // Events (fractions of them) before `time`.
    double total(double time) const;

private:
    // At m_times[i] the running total is m_totals[i] and then grows by m_slopes[i] per day.
    QList<double> m_times;
    QList<double> m_totals;
    QList<double> m_slopes;
};
