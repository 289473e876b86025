// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "presentation/alignmentsegments.h"
#include "presentation/renderingdiff.h"
#include "quotepanel/alignmentlayout.h"

#include <QAbstractScrollArea>

// The renderings of one statement aligned on the collation, so the same words line up, each cell
// tinted by how it differs from the reference rendering. Runs of columns where nothing differs are
// drawn as one cell so the text reads as text; differing words keep a column each.
class AlignmentView : public QAbstractScrollArea
{
    Q_OBJECT
public:
    explicit AlignmentView(QWidget *parent = nullptr);

    void setComparison(const StatementComparison &comparison);
    const StatementComparison &comparison() const { return m_comparison; }

    void setOrientation(AlignmentLayout::Orientation orientation);
    AlignmentLayout::Orientation orientation() const { return m_orientation; }
    // Spelling, case and punctuation differences are marked quietly, or not at all when off.
    void setShowNormalisation(bool show);
    bool showNormalisation() const { return m_showNormalisation; }

    int currentRendering() const { return m_current; }
    void setCurrentRendering(int rendering);

    // Annotations anchored on each rendering (by quote id; absent = none): a badge by its outlet.
    void setAnnotatedQuotes(const QHash<QString, int> &counts);
    const QHash<QString, int> &annotatedQuotes() const { return m_annotated; }

    // What the view draws, for tests: the cells (layout columns are segments) and their geometry.
    const AlignmentSegments &segments() const { return m_segments; }
    const AlignmentLayout &alignmentLayout() const { return m_layout; }
    // The size that shows everything without scrolling, at the current width.
    QSize contentSize() const;
    // The cell (segment, rendering) at a point of the viewport.
    AlignmentLayout::Hit hitAt(QPoint viewportPos) const;
    // A rendering's label within `width`: the outlet is shortened, never the number that tells an outlet's
    // renderings apart.
    static QString fittedLabel(
        const StatementComparison &comparison, int rendering, const QFontMetrics &metrics, int width);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void currentRenderingChanged(int rendering);
    // A click on a rendering, or Enter: the analyst wants to see it in its article.
    void renderingActivated(int rendering);
    // The renderings were laid out anew: with thousands of them that is most of the cost of showing a statement.
    void laidOut();

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    void relayout();
    void updateScrollBars();
    int layoutWidth() const;
    QString label(int rendering) const;
    int labelWidth(int available) const;
    QPoint contentOffset() const;
    void paintLabel(QPainter &painter, int rendering, QRect rect, bool dark) const;
    void paintCell(QPainter &painter, int segment, int rendering, QRect rect, bool dark) const;
    QString toolTipAt(QPoint viewportPos) const;

    StatementComparison m_comparison;
    AlignmentLayout::Orientation m_orientation = AlignmentLayout::Orientation::RenderingsAsRows;
    bool m_showNormalisation = true;
    int m_current = -1;
    QHash<QString, int> m_annotated;
    AlignmentSegments m_segments;
    AlignmentLayout m_layout;
    int m_laidOutWidth = -1; // the layoutWidth() m_layout was made for
};
