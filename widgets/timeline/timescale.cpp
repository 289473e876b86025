// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "timeline/timescale.h"

#include <algorithm>
#include <cmath>

TimeScale TimeScale::squeezingGaps(QList<std::pair<double, double>> occupied, double minGap, double squeezedWidth)
{
    TimeScale scale;
    if (occupied.size() < 2 || minGap <= 0)
        return scale;
    std::sort(occupied.begin(), occupied.end());
    double shift = 0; // how much axis the earlier gaps saved
    double reach = occupied.constFirst().second;
    for (qsizetype i = 1; i < occupied.size(); ++i) {
        const auto [start, end] = occupied.at(i);
        const double empty = start - reach;
        if (empty > minGap) {
            const double width = std::min(empty, squeezedWidth * (1.0 + std::log10(empty / minGap)));
            Gap gap { reach, start, reach - shift, reach - shift + width };
            scale.m_gaps.append(gap);
            shift += empty - width;
        }
        reach = std::max(reach, end);
    }
    return scale;
}

int TimeScale::gapAt(double time) const
{
    const auto it
        = std::upper_bound(m_gaps.cbegin(), m_gaps.cend(), time, [](double t, const Gap &g) { return t < g.time0; });
    if (it == m_gaps.cbegin())
        return -1;
    const auto &gap = *(it - 1);
    return time < gap.time1 ? int(it - 1 - m_gaps.cbegin()) : -1;
}

double TimeScale::toAxis(double time) const
{
    const auto it
        = std::upper_bound(m_gaps.cbegin(), m_gaps.cend(), time, [](double t, const Gap &g) { return t < g.time0; });
    if (it == m_gaps.cbegin())
        return time;
    const Gap &g = *(it - 1);
    if (time < g.time1)
        return g.axis0 + (time - g.time0) * (g.axis1 - g.axis0) / g.days();
    return g.axis1 + (time - g.time1);
}

double TimeScale::toTime(double axis) const
{
    const auto it
        = std::upper_bound(m_gaps.cbegin(), m_gaps.cend(), axis, [](double a, const Gap &g) { return a < g.axis0; });
    if (it == m_gaps.cbegin())
        return axis;
    const Gap &g = *(it - 1);
    if (axis < g.axis1)
        return g.time0 + (axis - g.axis0) * g.days() / (g.axis1 - g.axis0);
    return g.time1 + (axis - g.axis1);
}
