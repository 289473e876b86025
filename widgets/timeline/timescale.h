// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

#include <utility>

// Maps time to a position on the axis. Time is counted in days as Julian day numbers (fractions are
// hours). The map is the identity except across long empty stretches, which are squeezed to a short,
// fixed width so that events years apart and the story's own days are readable together.
class TimeScale
{
public:
    struct Gap {
        double time0 = 0;
        double time1 = 0;
        double axis0 = 0;
        double axis1 = 0;
        double days() const { return time1 - time0; }
    };

    TimeScale() = default; // identity

    // Squeezes every empty stretch longer than `minGap` days between `occupied` intervals (any order,
    // may overlap) to `squeezedWidth` axis days, growing slowly (logarithmically) with the stretch's length.
    static TimeScale squeezingGaps(QList<std::pair<double, double>> occupied, double minGap, double squeezedWidth);

    double toAxis(double time) const;
    double toTime(double axis) const;
    // The squeezed stretches, in time order.
    const QList<Gap> &gaps() const { return m_gaps; }
    // Index into gaps() of the stretch holding `time`, or -1.
    int gapAt(double time) const;

private:
    QList<Gap> m_gaps;
};
