// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "timeline/timelinedensity.h"

#include <QHash>

#include <algorithm>

TimelineDensity::TimelineDensity(const QList<std::pair<double, double>> &spans)
{
    // Slope changes and steps by time: events share few distinct days, so this stays small.
    QHash<double, std::pair<double, double>> changes; // time -> (slope change, step)
    for (const auto &[start, end] : spans) {
        if (end > start) {
            const double slope = 1.0 / (end - start);
            changes[start].first += slope;
            changes[end].first -= slope;
        } else {
            changes[start].second += 1;
        }
    }
    m_times = changes.keys();
    std::sort(m_times.begin(), m_times.end());
    m_totals.reserve(m_times.size());
    m_slopes.reserve(m_times.size());
    double total = 0;
    double slope = 0;
    double previous = m_times.isEmpty() ? 0 : m_times.constFirst();
    for (double t : std::as_const(m_times)) {
        total += slope * (t - previous);
        const auto [slopeChange, step] = changes.value(t);
        total += step;
        slope += slopeChange;
        // Rounding must not leave a slope after the last event ends.
        if (std::abs(slope) < 1e-9)
            slope = 0;
        m_totals.append(total);
        m_slopes.append(slope);
        previous = t;
    }
}

double TimelineDensity::total(double time) const
{
    // The last change strictly before `time`: an event starting at `time` is not yet counted.
    const auto it = std::lower_bound(m_times.cbegin(), m_times.cend(), time);
    if (it == m_times.cbegin())
        return 0;
    const qsizetype i = it - m_times.cbegin() - 1;
    return m_totals.at(i) + m_slopes.at(i) * (time - m_times.at(i));
}

QList<double> TimelineDensity::between(const QList<double> &boundaries) const
{
    QList<double> out(std::max<qsizetype>(0, boundaries.size() - 1));
    double previous = boundaries.isEmpty() ? 0 : total(boundaries.constFirst());
    for (qsizetype i = 1; i < boundaries.size(); ++i) {
        const double next = total(boundaries.at(i));
        out[i - 1] = next - previous;
        previous = next;
    }
    return out;
}
