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
    layout.m_cells.resize(qsizetype(layout.m_columns) * layout.m_renderings);
    const int bandHeight = layout.m_renderings * rowHeight;
    int x = labelWidth;
    int top = 0;
    int widest = labelWidth;
    for (int c = 0; c < layout.m_columns; ++c) {
        const int w = std::max(1, columnWidths.at(c));
        // A new band when the column does not fit; a column wider than the view gets a band of its own.
        if (c == 0 || (x + w > availableWidth && x > labelWidth)) {
            if (c > 0)
                top += bandHeight + bandGap;
            layout.m_bandStarts.append(c);
            x = labelWidth;
        }
        for (int r = 0; r < layout.m_renderings; ++r)
            layout.m_cells[c * layout.m_renderings + r] = QRect(x, top + r * rowHeight, w, rowHeight);
        x += w;
        widest = std::max(widest, x);
    }
    if (layout.m_bandStarts.isEmpty())
        layout.m_bandStarts.append(0);
    for (int b = 0; b < layout.bandCount(); ++b) {
        const int bandTop = b * (bandHeight + bandGap);
        for (int r = 0; r < layout.m_renderings; ++r)
            layout.m_labels.append(QRect(0, bandTop + r * rowHeight, labelWidth, rowHeight));
    }
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
    layout.m_bandStarts.append(0);
    layout.m_cells.resize(qsizetype(layout.m_columns) * layout.m_renderings);
    for (int r = 0; r < layout.m_renderings; ++r)
        layout.m_labels.append(QRect(r * renderingWidth, 0, renderingWidth, headerHeight));
    int y = headerHeight;
    for (int c = 0; c < layout.m_columns; ++c) {
        const int h = std::max(1, columnHeights.at(c));
        for (int r = 0; r < layout.m_renderings; ++r)
            layout.m_cells[c * layout.m_renderings + r] = QRect(r * renderingWidth, y, renderingWidth, h);
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
    return m_cells.at(column * m_renderings + rendering);
}

QRect AlignmentLayout::labelRect(int rendering, int band) const
{
    if (rendering < 0 || rendering >= m_renderings)
        return {};
    if (m_orientation == Orientation::RenderingsAsColumns)
        band = 0;
    if (band < 0 || band >= bandCount())
        return {};
    return m_labels.at(band * m_renderings + rendering);
}

QRect AlignmentLayout::renderingRect(int rendering, int band) const
{
    const QRect label = labelRect(rendering, band);
    if (!label.isValid())
        return {};
    if (m_orientation == Orientation::RenderingsAsColumns)
        return { label.left(), 0, label.width(), m_size.height() };
    int right = label.right();
    const int end = band + 1 < bandCount() ? m_bandStarts.at(band + 1) : m_columns;
    for (int c = m_bandStarts.at(band); c < end; ++c)
        right = std::max(right, cellRect(c, rendering).right());
    return { QPoint(0, label.top()), QPoint(right, label.bottom()) };
}

AlignmentLayout::Hit AlignmentLayout::hitTest(QPoint point) const
{
    for (int i = 0; i < m_labels.size(); ++i) {
        if (m_labels.at(i).contains(point))
            return { -1, i % std::max(1, m_renderings) };
    }
    for (int i = 0; i < m_cells.size(); ++i) {
        if (m_cells.at(i).contains(point))
            return { i / m_renderings, i % m_renderings };
    }
    // Between cells of a row (rows) still hits the rendering.
    if (m_orientation == Orientation::RenderingsAsColumns) {
        for (int r = 0; r < m_renderings; ++r) {
            if (renderingRect(r).contains(point))
                return { -1, r };
        }
    } else {
        for (int b = 0; b < bandCount(); ++b) {
            for (int r = 0; r < m_renderings; ++r) {
                if (renderingRect(r, b).contains(point))
                    return { -1, r };
            }
        }
    }
    return {};
}
