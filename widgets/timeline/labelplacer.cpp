// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "timeline/labelplacer.h"

#include <algorithm>
#include <limits>

LabelPlacer::LabelPlacer(int rows, double gap)
    : m_rightEdges(rows, -std::numeric_limits<double>::infinity())
    , m_gap(gap)
{
}

int LabelPlacer::place(double x, double width)
{
    for (int row = 0; row < m_rightEdges.size(); ++row) {
        if (m_rightEdges.at(row) + m_gap <= x) {
            m_rightEdges[row] = x + width;
            return row;
        }
    }
    return -1;
}

bool LabelPlacer::hasRoomAt(double x) const
{
    return std::ranges::any_of(m_rightEdges, [this, x](double right) { return right + m_gap <= x; });
}
