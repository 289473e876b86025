// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "quotepanel/alignmentlayout.h"

#include <algorithm>

AlignmentLayout AlignmentLayout::rows(
    const QList<int> &columnWidths, int renderings, int availableWidth, int labelWidth, int rowHeight, int bandGap)
{
    AlignmentLayout layout;
    layout.m_orientation = Orientation::RenderingsAsRows;
    layout.m_columns = int(columnWidths.size());
    layout.m_renderings = std::max(0, renderings);
    layout.m_rowHeight = rowHeight;
    layout.m_bandGap = bandGap;
    layout.m_labelExtent = labelWidth;
    layout.m_columnStart.reserve(layout.m_columns);
    layout.m_columnExtent.reserve(layout.m_columns);
    int x = labelWidth;
    int widest = labelWidth;
    for (int c = 0; c < layout.m_columns; ++c) {
        const int w = std::max(1, columnWidths.at(c));
        // A new band when the column does not fit; a column wider than the view gets a band of its own.
        if (c == 0 || (x + w > availableWidth && x > labelWidth)) {
            layout.m_bandStarts.append(c);
            x = labelWidth;
        }
        layout.m_columnStart.append(x);
        layout.m_columnExtent.append(w);
        x += w;
        widest = std::max(widest, x);
    }
    if (layout.m_bandStarts.isEmpty())
        layout.m_bandStarts.append(0);
    const int bandHeight = layout.m_renderings * rowHeight;
    layout.m_size = QSize(widest, layout.bandCount() * bandHeight + (layout.bandCount() - 1) * bandGap);
    return layout;
}

AlignmentLayout AlignmentLayout::columns(
    const QList<int> &columnHeights, int renderings, int renderingWidth, int headerHeight)
{
    AlignmentLayout layout;
    layout.m_orientation = Orientation::RenderingsAsColumns;
    layout.m_columns = int(columnHeights.size());
    layout.m_renderings = std::max(0, renderings);
    layout.m_rowHeight = renderingWidth;
    layout.m_labelExtent = headerHeight;
    layout.m_bandStarts.append(0);
    int y = headerHeight;
    for (int c = 0; c < layout.m_columns; ++c) {
        const int h = std::max(1, columnHeights.at(c));
        layout.m_columnStart.append(y);
        layout.m_columnExtent.append(h);
        y += h;
    }
    layout.m_size = QSize(layout.m_renderings * renderingWidth, y);
    return layout;
}

int AlignmentLayout::renderingWidth(int availableWidth, int renderings, int minimum)
{
    if (renderings <= 0)
        return minimum;
    return std::max(minimum, availableWidth / renderings);
}

int AlignmentLayout::bandOf(int column) const
{
    if (column < 0 || column >= m_columns)
        return -1;
    const auto it = std::upper_bound(m_bandStarts.cbegin(), m_bandStarts.cend(), column);
    return int(it - m_bandStarts.cbegin()) - 1;
}

QRect AlignmentLayout::cellRect(int column, int rendering) const
{
    if (column < 0 || column >= m_columns || rendering < 0 || rendering >= m_renderings)
        return {};
    if (m_orientation == Orientation::RenderingsAsColumns)
        return { rendering * m_rowHeight, m_columnStart.at(column), m_rowHeight, m_columnExtent.at(column) };
    return { m_columnStart.at(column), bandTop(bandOf(column)) + rendering * m_rowHeight, m_columnExtent.at(column),
        m_rowHeight };
}

QRect AlignmentLayout::labelRect(int rendering, int band) const
{
    if (rendering < 0 || rendering >= m_renderings)
        return {};
    if (m_orientation == Orientation::RenderingsAsColumns)
        return { rendering * m_rowHeight, 0, m_rowHeight, m_labelExtent };
    if (band < 0 || band >= bandCount())
        return {};
    return { 0, bandTop(band) + rendering * m_rowHeight, m_labelExtent, m_rowHeight };
}

int AlignmentLayout::bandRight(int band) const
{
    int right = m_labelExtent - 1;
    const int end = band + 1 < bandCount() ? m_bandStarts.at(band + 1) : m_columns;
    for (int c = m_bandStarts.at(band); c < end; ++c)
        right = std::max(right, m_columnStart.at(c) + m_columnExtent.at(c) - 1);
    return right;
}

QRect AlignmentLayout::renderingRect(int rendering, int band) const
{
    const QRect label = labelRect(rendering, band);
    if (!label.isValid())
        return {};
    if (m_orientation == Orientation::RenderingsAsColumns)
        return { label.left(), 0, label.width(), m_size.height() };
    return { QPoint(0, label.top()), QPoint(bandRight(band), label.bottom()) };
}

std::pair<int, int> AlignmentLayout::renderingsIn(const QRect &area, int band) const
{
    if (m_renderings == 0 || m_rowHeight <= 0 || area.isEmpty())
        return {};
    const bool rows = m_orientation == Orientation::RenderingsAsRows;
    if (rows && (band < 0 || band >= bandCount()))
        return {};
    // Rows stack downwards from their band's top; columns run rightwards from the left edge.
    const int origin = rows ? bandTop(band) : 0;
    const int from = (rows ? area.top() : area.left()) - origin;
    const int to = (rows ? area.bottom() : area.right()) - origin;
    const int first = std::clamp(from < 0 ? 0 : from / m_rowHeight, 0, m_renderings);
    const int last = std::clamp(to < 0 ? 0 : to / m_rowHeight + 1, 0, m_renderings);
    return { first, std::max(first, last) };
}

AlignmentLayout::Hit AlignmentLayout::hitTest(QPoint point) const
{
    if (m_renderings == 0 || m_rowHeight <= 0 || point.x() < 0 || point.y() < 0)
        return {};
    if (m_orientation == Orientation::RenderingsAsColumns) {
        const int rendering = point.x() / m_rowHeight;
        if (rendering >= m_renderings || point.y() >= m_size.height())
            return {};
        for (int c = 0; c < m_columns; ++c) {
            if (point.y() >= m_columnStart.at(c) && point.y() < m_columnStart.at(c) + m_columnExtent.at(c))
                return { c, rendering };
        }
        return { -1, rendering };
    }
    const int bandHeight = m_renderings * m_rowHeight;
    for (int b = 0; b < bandCount(); ++b) {
        const int y = point.y() - bandTop(b);
        if (y < 0 || y >= bandHeight)
            continue;
        const int rendering = y / m_rowHeight;
        if (point.x() < m_labelExtent)
            return { -1, rendering };
        const int end = b + 1 < bandCount() ? m_bandStarts.at(b + 1) : m_columns;
        for (int c = m_bandStarts.at(b); c < end; ++c) {
            if (point.x() >= m_columnStart.at(c) && point.x() < m_columnStart.at(c) + m_columnExtent.at(c))
                return { c, rendering };
        }
        // Between cells of a row still hits the rendering.
        return point.x() <= bandRight(b) ? Hit { -1, rendering } : Hit {};
    }
    return {};
}
