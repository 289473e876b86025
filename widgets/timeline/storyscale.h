// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "timeline/timescale.h"

#include <QList>

#include <utility>

// The timeline's scale for a corpus: the story (the span its articles were published in) stays linear and
// gets most of the width; background before and after it is compressed, and long empty stretches are
// shortened, so that the week of the story and the years behind it read together.
class StoryScale
{
public:
    // The share of a fitted axis the story gets when background must give way.
    static constexpr double StoryShare = 0.65;

    // `occupied`: time intervals with precisely dated things (sorted, merged); `extent`: everything;
    // `story`: the publication span [first day, day after the last), empty when unknown.
    static TimeScale build(const QList<std::pair<double, double>> &occupied, std::pair<double, double> extent,
        std::pair<double, double> story);

private:
    // Empty stretches longer than `minGap` among `occupied` within [from, to), in time order.
    static QList<std::pair<double, double>> emptyStretches(
        const QList<std::pair<double, double>> &occupied, double from, double to, double minGap);
    // Background [from, to) drawn at most `budget` axis days wide. Compressed, it is continued as far again
    // before `from` (`continueBefore`, where it starts everything) or after `to` (where it ends everything),
    // so that a fitted view's margin runs at the background's pace.
    static QList<TimeScale::Request> background(const QList<std::pair<double, double>> &occupied, double from,
        double to, double budget, double storyDays, bool continueBefore, bool continueAfter);
    static double naturalWidth(
        const QList<std::pair<double, double>> &occupied, double from, double to, double storyDays);
};
