// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

// Greedy placement of labels, left to right, in a few rows: a label takes the first row where it
// does not touch the previous one, or no row at all. Labels must come in increasing x.
class LabelPlacer
{
public:
    LabelPlacer(int rows, double gap);

    // The row given to a label at [x, x + width), or -1 when every row is taken there.
    int place(double x, double width);
    // Whether a label starting at x could get a row at all: checked before measuring text, which is costly.
    bool hasRoomAt(double x) const;

private:
    QList<double> m_rightEdges;
    double m_gap;
};
