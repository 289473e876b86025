// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "timeline/timescale.h"

#include <algorithm>
#include <cmath>

double TimeScale::squeezedWidth(double days, double minGap, double unit)
{
    return std::min(days, unit * (1.0 + std::log10(days / minGap)));
}

TimeScale TimeScale::squeezingGaps(QList<std::pair<double, double>> occupied, double minGap, double squeezedWidth)
{
    if (occupied.size() < 2 || minGap <= 0)
        return {};
    std::sort(occupied.begin(), occupied.end());
    QList<Request> requests;
    double reach = occupied.constFirst().second;
    for (qsizetype i = 1; i < occupied.size(); ++i) {
        const auto [start, end] = occupied.at(i);
        const double empty = start - reach;
        if (empty > minGap)
            requests.append({ reach, start, TimeScale::squeezedWidth(empty, minGap, squeezedWidth), true });
        reach = std::max(reach, end);
    }
    return fromRequests(requests);
}

TimeScale TimeScale::fromRequests(const QList<Request> &requests)
{
    TimeScale scale;
    double shift = 0; // how much axis the earlier stretches saved
    for (const Request &r : requests) {
        if (r.time1 <= r.time0)
            continue;
        // Never zero wide: the axis must still map back to a time.
        const double width = std::clamp(r.width, std::min(0.01, r.time1 - r.time0), r.time1 - r.time0);
        const Gap stretch { r.time0, r.time1, r.time0 - shift, r.time0 - shift + width, r.empty };
        scale.m_stretches.append(stretch);
        if (r.empty)
            scale.m_gaps.append(stretch);
        shift += (r.time1 - r.time0) - width;
    }
    return scale;
}

namespace
{
// The stretch holding `time`, or the end iterator.
QList<TimeScale::Gap>::const_iterator stretchAt(const QList<TimeScale::Gap> &stretches, double time)
{
    const auto it = std::upper_bound(
        stretches.cbegin(), stretches.cend(), time, [](double t, const TimeScale::Gap &g) { return t < g.time0; });
    if (it == stretches.cbegin() || time >= (it - 1)->time1)
        return stretches.cend();
    return it - 1;
}
}

int TimeScale::gapAt(double time) const
{
    const auto it = stretchAt(m_gaps, time);
    return it == m_gaps.cend() ? -1 : int(it - m_gaps.cbegin());
}

double TimeScale::factorAt(double time) const
{
    const auto it = stretchAt(m_stretches, time);
    return it == m_stretches.cend() ? 1.0 : it->factor();
}

double TimeScale::toAxis(double time) const
{
    const auto it = std::upper_bound(
        m_stretches.cbegin(), m_stretches.cend(), time, [](double t, const Gap &g) { return t < g.time0; });
    if (it == m_stretches.cbegin())
        return time;
    const Gap &g = *(it - 1);
    if (time < g.time1)
        return g.axis0 + (time - g.time0) * (g.axis1 - g.axis0) / g.days();
    return g.axis1 + (time - g.time1);
}

double TimeScale::toTime(double axis) const
{
    const auto it = std::upper_bound(
        m_stretches.cbegin(), m_stretches.cend(), axis, [](double a, const Gap &g) { return a < g.axis0; });
    if (it == m_stretches.cbegin())
        return axis;
    const Gap &g = *(it - 1);
    if (axis < g.axis1)
        return g.axis1 > g.axis0 ? g.time0 + (axis - g.axis0) * g.days() / (g.axis1 - g.axis0) : g.time0;
    return g.time1 + (axis - g.axis1);
}
