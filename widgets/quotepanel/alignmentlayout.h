// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPoint>
#include <QRect>
#include <QSize>

#include <utility>

// Where every cell of an alignment table goes, as a plain value the view only asks.
// Renderings as rows: alignment columns run left to right and wrap into bands that fit the width,
// each band repeating the rendering labels, so the same words stay one above the other.
// Renderings as columns: one column per rendering, one row per alignment column.
// Every rendering's cells sit alike, so only the alignment columns are placed: a rect is worked out when asked,
// and a statement with thousands of renderings costs no more to lay out than one with two.
class AlignmentLayout
{
public:
    enum class Orientation { RenderingsAsRows, RenderingsAsColumns };

    struct Hit {
        int column = -1; // alignment column; -1 on a label
        int rendering = -1; // -1 outside every row or column
    };

    // `columnWidths` hold each alignment column's width (padding included); `labelWidth` is the rendering
    // label at the start of each band.
    static AlignmentLayout rows(
        const QList<int> &columnWidths, int renderings, int availableWidth, int labelWidth, int rowHeight, int bandGap);
    // `columnHeights` hold each alignment column's height at `renderingWidth`.
    static AlignmentLayout columns(
        const QList<int> &columnHeights, int renderings, int renderingWidth, int headerHeight);
    // The width each rendering gets when they share `availableWidth`, never below `minimum`.
    static int renderingWidth(int availableWidth, int renderings, int minimum);

    Orientation orientation() const { return m_orientation; }
    int columnCount() const { return m_columns; }
    int renderingCount() const { return m_renderings; }
    int bandCount() const { return int(m_bandStarts.size()); }
    // The first alignment column of each band.
    const QList<int> &bandStarts() const { return m_bandStarts; }
    int bandOf(int column) const;

    QRect cellRect(int column, int rendering) const;
    // The label of a rendering: at the start of `band` (rows), or the header of its column (columns).
    QRect labelRect(int rendering, int band = 0) const;
    // The whole row (rows: within `band`) or column of a rendering, labels included.
    QRect renderingRect(int rendering, int band = 0) const;
    QSize size() const { return m_size; }
    Hit hitTest(QPoint point) const;
    // The renderings whose row (within `band`) or column meets `area`: [first, last), empty when none do.
    std::pair<int, int> renderingsIn(const QRect &area, int band = 0) const;

private:
    int bandTop(int band) const { return band * (m_renderings * m_rowHeight + m_bandGap); }
    int bandRight(int band) const;

    Orientation m_orientation = Orientation::RenderingsAsRows;
    int m_columns = 0;
    int m_renderings = 0;
    QList<int> m_bandStarts;
    // Rows: each column's left edge and width in its band. Columns: each column's top edge and height.
    QList<int> m_columnStart;
    QList<int> m_columnExtent;
    int m_rowHeight = 0; // rows: a rendering's height; columns: a rendering's width
    int m_bandGap = 0;
    int m_labelExtent = 0; // rows: the labels' width; columns: the header's height
    QSize m_size;
};
