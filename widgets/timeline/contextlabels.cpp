// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "timeline/contextlabels.h"

#include <algorithm>

namespace ContextLabels
{
QList<Placed> place(const QList<TimelineGeometry::Tick> &labels, double left, double right,
    const std::function<double(const QString &)> &width)
{
    QList<Placed> placed;
    double lastRight = -1e9;
    for (qsizetype i = 0; i < labels.size(); ++i) {
        const TimelineGeometry::Tick &c = labels.at(i);
        double x = std::max(c.x, left) + 2;
        const double w = width(c.label);
        if (i + 1 < labels.size())
            x = std::min(x, labels.at(i + 1).x - w - 8);
        // Inside the plot: an export has no room beyond it.
        x = std::min(x, right - w);
        const bool overItsTick = c.x >= left && x < c.x;
        if (overItsTick || x < lastRight + 8 || x < left)
            continue;
        placed.append({ c.label, x, c.x });
        lastRight = x + w;
    }
    return placed;
}
}
