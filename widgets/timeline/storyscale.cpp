// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "timeline/storyscale.h"

#include <algorithm>

namespace
{
// Within the story, as before background compression existed: empty stretches longer than half of the
// time precise events occupy are shortened, so an even spread of events keeps its linear scale.
double storyMinGap(double used)
{
    return std::max(30.0, used / 2);
}

double storyUnit(double used)
{
    return std::clamp(used / 12, 6.0, 120.0);
}

// In the background, compressed already, only an empty stretch of half a year or more (and longer than the
// story) is worth a break mark.
double backgroundMinGap(double storyDays)
{
    return std::max(182.0, storyDays);
}

double backgroundUnit(double storyDays)
{
    return std::clamp(storyDays / 10, 0.5, 120.0);
}

double usedWithin(const QList<std::pair<double, double>> &occupied, double from, double to)
{
    double used = 0;
    for (const auto &[a, b] : occupied)
        used += std::max(0.0, std::min(b, to) - std::max(a, from));
    return used;
}
}

QList<std::pair<double, double>> StoryScale::emptyStretches(
    const QList<std::pair<double, double>> &occupied, double from, double to, double minGap)
{
    QList<std::pair<double, double>> stretches;
    double reach = from;
    const auto close = [&](double start) {
        if (start - reach > minGap)
            stretches.append({ reach, start });
    };
    for (const auto &[a, b] : occupied) {
        if (b <= from || a >= to)
            continue;
        close(std::max(a, from));
        reach = std::max(reach, std::min(b, to));
    }
    close(to);
    return stretches;
}

double StoryScale::naturalWidth(
    const QList<std::pair<double, double>> &occupied, double from, double to, double storyDays)
{
    const double minGap = backgroundMinGap(storyDays);
    double width = to - from;
    for (const auto &[a, b] : emptyStretches(occupied, from, to, minGap))
        width -= (b - a) - TimeScale::squeezedWidth(b - a, minGap, backgroundUnit(storyDays));
    return width;
}

QList<TimeScale::Request> StoryScale::background(const QList<std::pair<double, double>> &occupied, double from,
    double to, double budget, double storyDays, bool continueBefore, bool continueAfter)
{
    const double minGap = backgroundMinGap(storyDays);
    const QList<std::pair<double, double>> empty = emptyStretches(occupied, from, to, minGap);
    double gapWidth = 0;
    double busy = to - from;
    for (const auto &[a, b] : empty) {
        gapWidth += TimeScale::squeezedWidth(b - a, minGap, backgroundUnit(storyDays));
        busy -= b - a;
    }
    // When the background must give way, shortened stretches take at most half of its room, the busy time the rest.
    const bool compress = gapWidth + busy > budget;
    const double gapScale = compress && gapWidth > budget / 2 ? budget / 2 / gapWidth : 1.0;
    const double factor = compress && busy > 0 ? std::min(1.0, (budget - gapWidth * gapScale) / busy) : 1.0;
    QList<TimeScale::Request> requests;
    // Beyond the events, where a fitted view keeps its margin, time runs at the background's pace too.
    const double beyond = to - from;
    if (factor < 1.0 && continueBefore)
        requests.append({ from - beyond, from, beyond * factor, false });
    double at = from;
    const auto busyUntil = [&](double end) {
        if (end > at && factor < 1.0)
            requests.append({ at, end, (end - at) * factor, false });
    };
    for (const auto &[a, b] : empty) {
        busyUntil(a);
        requests.append({ a, b, TimeScale::squeezedWidth(b - a, minGap, backgroundUnit(storyDays)) * gapScale, true });
        at = b;
    }
    busyUntil(to);
    if (factor < 1.0 && continueAfter)
        requests.append({ to, to + beyond, beyond * factor, false });
    return requests;
}

TimeScale StoryScale::build(
    const QList<std::pair<double, double>> &occupied, std::pair<double, double> extent, std::pair<double, double> story)
{
    const auto [lo, hi] = extent;
    if (story.second <= story.first) {
        // No publication dates: only the long empty stretches are shortened.
        const double used = usedWithin(occupied, lo, hi);
        QList<TimeScale::Request> requests;
        for (const auto &[a, b] : emptyStretches(occupied, lo, hi, storyMinGap(used)))
            requests.append({ a, b, TimeScale::squeezedWidth(b - a, storyMinGap(used), storyUnit(used)), true });
        return TimeScale::fromRequests(requests);
    }
    // A little room around the publications: the story's own "yesterday" and "next week".
    const double pad = std::max(1.5, 0.1 * (story.second - story.first));
    const double s0 = std::max(lo, story.first - pad);
    const double s1 = std::min(hi, story.second + pad);
    const double storyDays = std::max(1.0, s1 - s0);

    QList<TimeScale::Request> inside;
    double storyWidth = storyDays;
    const double used = usedWithin(occupied, s0, s1);
    for (const auto &[a, b] : emptyStretches(occupied, s0, s1, storyMinGap(used))) {
        const double width = TimeScale::squeezedWidth(b - a, storyMinGap(used), storyUnit(used));
        inside.append({ a, b, width, true });
        storyWidth -= (b - a) - width;
    }

    // The background shares what the story leaves, each side in proportion to what it would take uncompressed.
    const double before = s0 > lo ? naturalWidth(occupied, lo, s0, storyDays) : 0;
    const double after = hi > s1 ? naturalWidth(occupied, s1, hi, storyDays) : 0;
    const double budget = storyWidth * (1 - StoryShare) / StoryShare;
    const double scale = before + after > budget ? budget / (before + after) : 1.0;
    QList<TimeScale::Request> requests;
    if (before > 0)
        requests.append(background(occupied, lo, s0, before * scale, storyDays, true, false));
    requests.append(inside);
    if (after > 0)
        requests.append(background(occupied, s1, hi, after * scale, storyDays, false, true));
    return TimeScale::fromRequests(requests);
}
