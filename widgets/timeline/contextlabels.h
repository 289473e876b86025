// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "timeline/timelinegeometry.h"

#include <QList>

#include <functional>

// Where the axis' coarser labels ("2019", "October 2025") go. Each starts just right of the tick that
// opens its period; the first, whose period began left of the plot, sticks to the plot's left edge
// until the next label pushes it out. A label with no room between its tick and the next label is left
// out: pushed left, its own tick would run through its text and it would name the stretch before it.
namespace ContextLabels
{
struct Placed {
    QString label;
    double x = 0; // the text's left edge
    double tickX = 0;
};

// `width` measures a label as it is drawn.
QList<Placed> place(const QList<TimelineGeometry::Tick> &labels, double left, double right,
    const std::function<double(const QString &)> &width);
}
