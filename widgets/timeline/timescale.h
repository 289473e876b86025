// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

#include <utility>

// Maps time to a position on the axis. Time is counted in days as Julian day numbers (fractions are
// hours). The map is the identity except across its stretches: long empty stretches squeezed to a short,
// fixed width, and background compressed around the story, so that events years apart and the story's
// own days are readable together.
class TimeScale
{
public:
    struct Gap {
        double time0 = 0;
        double time1 = 0;
        double axis0 = 0;
        double axis1 = 0;
        // Empty: nothing happens here (drawn shortened, with a break). Otherwise background, compressed.
        bool empty = true;
        double days() const { return time1 - time0; }
        // Axis days per day.
        double factor() const { return days() > 0 ? (axis1 - axis0) / days() : 1.0; }
    };

    // What a stretch should become: [time0, time1) drawn `width` axis days wide.
    struct Request {
        double time0 = 0;
        double time1 = 0;
        double width = 0;
        bool empty = true;
    };

    TimeScale() = default; // identity

    // Squeezes every empty stretch longer than `minGap` days between `occupied` intervals (any order,
    // may overlap) to `squeezedWidth` axis days, growing slowly (logarithmically) with the stretch's length.
    static TimeScale squeezingGaps(QList<std::pair<double, double>> occupied, double minGap, double squeezedWidth);
    // The given stretches (sorted, not overlapping); the time between them keeps its length.
    static TimeScale fromRequests(const QList<Request> &requests);
    // The width an empty stretch of `days` gets when stretches longer than `minGap` are squeezed to `unit`.
    static double squeezedWidth(double days, double minGap, double unit);

    double toAxis(double time) const;
    double toTime(double axis) const;
    // Axis days per day at `time`: 1 outside the stretches.
    double factorAt(double time) const;
    // The squeezed empty stretches, in time order.
    const QList<Gap> &gaps() const { return m_gaps; }
    // Every stretch, empty or compressed, in time order.
    const QList<Gap> &stretches() const { return m_stretches; }
    bool compressesBackground() const { return m_gaps.size() < m_stretches.size(); }
    // Index into gaps() of the empty stretch holding `time`, or -1.
    int gapAt(double time) const;

private:
    QList<Gap> m_stretches;
    QList<Gap> m_gaps;
};
