// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "quotepanel/alignmentview.h"

#include "common/annotationmark.h"
#include "presentation/comparisonhtml.h"
#include "presentation/diffpalette.h"
#include "presentation/speakercolors.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QPainter>
#include <QPainterPath>
#include <QScrollBar>
#include <QStyle>
#include <QToolTip>

#include <algorithm>

namespace
{
constexpr int margin = 8;
constexpr int cellPadding = 4;
constexpr int chipSize = 9;
// Longest run of unchanged columns drawn as one cell: longer ones would not fit a band.
constexpr int rowsJoinWords = 6;
constexpr int columnsJoinWords = 40;
}

AlignmentView::AlignmentView(QWidget *parent)
    : QAbstractScrollArea(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setFrameShape(QFrame::NoFrame);
    viewport()->setBackgroundRole(QPalette::Base);
    viewport()->setAutoFillBackground(true);
    viewport()->setMouseTracking(true);
    setAccessibleName(tr("Aligned renderings"));
}

void AlignmentView::setComparison(const StatementComparison &comparison)
{
    m_comparison = comparison;
    m_current
        = m_comparison.renderings.isEmpty() ? -1 : std::clamp(m_current, 0, int(m_comparison.renderings.size()) - 1);
    horizontalScrollBar()->setValue(0);
    verticalScrollBar()->setValue(0);
    rebuild();
}

void AlignmentView::setOrientation(AlignmentLayout::Orientation orientation)
{
    if (orientation == m_orientation)
        return;
    m_orientation = orientation;
    rebuild();
}

void AlignmentView::setShowNormalisation(bool show)
{
    if (show == m_showNormalisation)
        return;
    m_showNormalisation = show;
    rebuild();
}

void AlignmentView::setCurrentRendering(int rendering)
{
    if (rendering < 0 || rendering >= m_comparison.renderings.size() || rendering == m_current)
        return;
    m_current = rendering;
    // Keep the current rendering in view when renderings are columns wider than the viewport.
    if (m_orientation == AlignmentLayout::Orientation::RenderingsAsColumns) {
        const QRect r = m_layout.renderingRect(rendering);
        QScrollBar *h = horizontalScrollBar();
        if (r.left() + margin < h->value())
            h->setValue(r.left());
        else if (r.right() + 2 * margin > h->value() + viewport()->width())
            h->setValue(r.right() + 2 * margin - viewport()->width());
    }
    viewport()->update();
    Q_EMIT currentRenderingChanged(rendering);
}

void AlignmentView::rebuild()
{
    const bool rows = m_orientation == AlignmentLayout::Orientation::RenderingsAsRows;
    m_segments = AlignmentSegments(m_comparison, m_showNormalisation, !rows, rows ? rowsJoinWords : columnsJoinWords);
    relayout();
}

QString AlignmentView::fittedLabel(
    const StatementComparison &comparison, int rendering, const QFontMetrics &metrics, int width)
{
    // The outlet gives way before the number that tells its renderings apart.
    const RenderingView &r = comparison.renderings.at(rendering);
    const QString number = ComparisonHtml::renderingNumber(comparison, rendering);
    const QString star = r.isReference ? QStringLiteral("\u2605 ") : QString();
    const QString outlet
        = metrics.elidedText(r.outlet, Qt::ElideRight, std::max(0, width - metrics.horizontalAdvance(star + number)));
    return star + outlet + number;
}

QString AlignmentView::label(int rendering) const
{
    return ComparisonHtml::renderingLabel(m_comparison, rendering);
}

int AlignmentView::labelWidth(int available) const
{
    QFont bold = font();
    bold.setBold(true);
    const QFontMetrics fm(bold);
    // Thousands of renderings come from a few hundred outlets, and an outlet's labels differ only in their
    // number, whose digits are equally wide: one label is measured per outlet, reference mark and number length.
    QHash<QString, int> measured;
    int widest = 0;
    for (int r = 0; r < m_comparison.renderings.size(); ++r) {
        const RenderingView &v = m_comparison.renderings.at(r);
        const int digits = v.outletRenderings > 1 ? int(QString::number(v.outletRepeat).size()) : 0;
        const QString key = QString::number(digits) + (v.isReference ? u'*' : u' ') + v.outlet;
        auto it = measured.constFind(key);
        if (it == measured.cend())
            it = measured.insert(key, fm.horizontalAdvance(label(r)));
        widest = std::max(widest, *it);
    }
    // Labels elide before they take the words' room: at most a third of a narrow view, yet room for an outlet's
    // usual two words, which tell the rows apart.
    const int cap = std::clamp(available / 3, fm.averageCharWidth() * 16, fm.averageCharWidth() * 22);
    // A little slack: elision kicks in at the exact advance.
    return std::min(widest, cap) + chipSize + 3 * cellPadding + 6;
}

void AlignmentView::relayout()
{
    const QFontMetrics fm(font());
    const int n = int(m_comparison.renderings.size());
    const int available = std::max(200, layoutWidth() - 2 * margin);
    // Renderings of wire copy repeat the same words thousands of times: each text is measured once.
    QHash<QString, int> measured;
    const auto advance = [&](const QString &text) {
        auto it = measured.constFind(text);
        if (it == measured.cend())
            it = measured.insert(text, fm.horizontalAdvance(text));
        return *it;
    };
    if (m_orientation == AlignmentLayout::Orientation::RenderingsAsRows) {
        QList<int> widths;
        widths.reserve(m_segments.count());
        for (int s = 0; s < m_segments.count(); ++s) {
            int w = 0;
            for (const int r : m_segments.renderingsWithDistinctText(s))
                w = std::max(w, advance(m_segments.shownText(s, r)));
            widths.append(std::max(w, fm.averageCharWidth()) + 2 * cellPadding);
        }
        const int rowHeight = fm.height() + 2 * cellPadding + 2;
        m_layout = AlignmentLayout::rows(widths, n, available, labelWidth(available), rowHeight, rowHeight / 2);
    } else {
        const int width = AlignmentLayout::renderingWidth(available, n, fm.averageCharWidth() * 18);
        QList<int> heights;
        heights.reserve(m_segments.count());
        const QRect wrapped(0, 0, width - 2 * cellPadding, 100000);
        for (int s = 0; s < m_segments.count(); ++s) {
            int h = fm.height();
            measured.clear();
            for (const int r : m_segments.renderingsWithDistinctText(s)) {
                const QString text = m_segments.shownText(s, r);
                auto it = measured.constFind(text);
                if (it == measured.cend())
                    it = measured.insert(text, fm.boundingRect(wrapped, Qt::TextWordWrap, text).height());
                h = std::max(h, *it);
            }
            heights.append(h + 2 * cellPadding);
        }
        m_layout = AlignmentLayout::columns(heights, n, width, fm.height() + 2 * cellPadding + 4);
    }
    m_laidOutWidth = layoutWidth();
    updateScrollBars();
    updateGeometry();
    viewport()->update();
    Q_EMIT laidOut();
}

int AlignmentView::layoutWidth() const
{
    // The vertical scroll bar's room is kept whether it shows or not: the bar appears once a new comparison has been
    // laid out and the panel has given the view its height, and a narrower viewport would mean laying out thousands
    // of renderings again in the same turn of the event loop.
    int bar = verticalScrollBar()->sizeHint().width();
    if (style()->styleHint(QStyle::SH_ScrollView_FrameOnlyAroundContents, nullptr, this))
        bar += style()->pixelMetric(QStyle::PM_ScrollView_ScrollBarSpacing, nullptr, this);
    return maximumViewportSize().width() - bar;
}

void AlignmentView::updateScrollBars()
{
    const QSize content = m_layout.size() + QSize(2 * margin, 2 * margin);
    horizontalScrollBar()->setRange(0, std::max(0, content.width() - viewport()->width()));
    horizontalScrollBar()->setPageStep(viewport()->width());
    verticalScrollBar()->setRange(0, std::max(0, content.height() - viewport()->height()));
    verticalScrollBar()->setPageStep(viewport()->height());
    verticalScrollBar()->setSingleStep(QFontMetrics(font()).height());
}

QSize AlignmentView::contentSize() const
{
    return m_layout.size() + QSize(2 * margin, 2 * margin);
}

QSize AlignmentView::sizeHint() const
{
    const QSize content = contentSize();
    return { std::max(480, content.width()), std::clamp(content.height(), 120, 520) };
}

QSize AlignmentView::minimumSizeHint() const
{
    return { 240, 80 };
}

AlignmentLayout::Hit AlignmentView::hitAt(QPoint viewportPos) const
{
    return m_layout.hitTest(viewportPos - contentOffset());
}

QPoint AlignmentView::contentOffset() const
{
    return { margin - horizontalScrollBar()->value(), margin - verticalScrollBar()->value() };
}

void AlignmentView::setAnnotatedQuotes(const QHash<QString, int> &counts)
{
    if (counts == m_annotated)
        return;
    m_annotated = counts;
    viewport()->update();
}

void AlignmentView::paintLabel(QPainter &painter, int rendering, QRect rect, bool dark) const
{
    const RenderingView &r = m_comparison.renderings.at(rendering);
    const QRect chip(rect.left() + cellPadding, rect.center().y() - chipSize / 2, chipSize, chipSize);
    painter.setPen(Qt::NoPen);
    painter.setBrush(SpeakerColors::forName(r.outlet, dark));
    painter.drawRoundedRect(chip, 2, 2);
    QFont f = font();
    f.setBold(r.isReference);
    painter.setFont(f);
    painter.setPen(palette().color(QPalette::Text));
    QRect textRect = rect.adjusted(chipSize + 2 * cellPadding, 0, -cellPadding, 0);
    if (const int annotations = m_annotated.value(r.quoteId); annotations > 0) {
        const double height = chipSize + 2;
        const double width = AnnotationMark::width(height, annotations);
        const QRectF badge(textRect.right() - width, rect.center().y() - height / 2, width, height);
        AnnotationMark::paint(&painter, badge, dark, annotations);
        textRect.setRight(int(badge.left()) - cellPadding);
        painter.setPen(palette().color(QPalette::Text));
    }
    painter.drawText(textRect, Qt::AlignVCenter | Qt::AlignLeft,
        fittedLabel(m_comparison, rendering, QFontMetrics(f), textRect.width()));
    painter.setFont(font());
}

void AlignmentView::paintCell(QPainter &painter, int segment, int rendering, QRect rect, bool dark) const
{
    const CellMark mark = m_segments.segmentMark(segment, rendering);
    const bool rows = m_orientation == AlignmentLayout::Orientation::RenderingsAsRows;
    const QRect inner = rect.adjusted(1, 2, -1, -2);
    const QColor tint = DiffPalette::background(mark, dark);
    if (tint.isValid()) {
        painter.setPen(Qt::NoPen);
        painter.setBrush(tint);
        painter.drawRoundedRect(inner, 3, 3);
    }
    const QRect textRect = inner.adjusted(cellPadding - 1, 0, -cellPadding + 1, 0);
    const int flags
        = rows ? int(Qt::AlignVCenter | Qt::AlignLeft) : int(Qt::AlignTop | Qt::AlignLeft | Qt::TextWordWrap);
    switch (mark) {
    case CellMark::Empty:
        return;
    case CellMark::Outside: {
        // A quiet dotted line: this rendering quotes another part of the statement. Drawn on the pixel row's centre,
        // as the legend draws it, not smeared over two rows at half strength.
        painter.setPen(QPen(DiffPalette::accent(mark, dark), 1, Qt::DotLine));
        const qreal y = (rows ? inner.center().y() : inner.top() + QFontMetrics(font()).height() / 2) + 0.5;
        painter.drawLine(QPointF(inner.left() + 2, y), QPointF(inner.right() - 2, y));
        return;
    }
    default:
        break;
    }
    if (m_segments.showsReferenceWords(segment, rendering)) {
        // The reference's words in the mark's colour: struck through when left out, slanted when moved away.
        QFont ghost = font();
        ghost.setStrikeOut(mark == CellMark::Omission);
        ghost.setItalic(mark == CellMark::Reordering);
        painter.setFont(ghost);
        painter.setPen(DiffPalette::accent(mark, dark));
        painter.drawText(textRect, flags, m_segments.shownText(segment, rendering));
        painter.setFont(font());
        return;
    }
    painter.setPen(palette().color(QPalette::Text));
    QRect drawn;
    painter.drawText(textRect, flags, m_segments.text(segment, rendering), &drawn);
    if (mark == CellMark::Normalisation) {
        painter.setPen(QPen(DiffPalette::accent(mark, dark), 1, Qt::DotLine));
        painter.drawLine(drawn.left(), drawn.bottom() + 1, drawn.right(), drawn.bottom() + 1);
    } else if (isRealDifference(mark)) {
        painter.setPen(QPen(DiffPalette::accent(mark, dark), 2));
        painter.drawLine(inner.left() + 2, inner.bottom(), inner.right() - 2, inner.bottom());
    }
}

void AlignmentView::paintEvent(QPaintEvent * /*unused*/)
{
    QPainter painter(viewport());
    painter.setRenderHint(QPainter::Antialiasing);
    const bool dark = DiffPalette::isDark(palette());
    const int n = int(m_comparison.renderings.size());
    if (n == 0) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(viewport()->rect(), Qt::AlignCenter, tr("Select a statement to compare its renderings."));
        return;
    }
    painter.translate(contentOffset());
    const bool rows = m_orientation == AlignmentLayout::Orientation::RenderingsAsRows;
    const int bands = rows ? m_layout.bandCount() : 1;

    // Only what is in view: a statement quoted by thousands of outlets has thousands of rows.
    const QRect visible = viewport()->rect().translated(-contentOffset());
    // Row backgrounds first: the reference quietly, the current rendering in the highlight colour.
    for (int b = 0; b < bands; ++b) {
        const auto [first, last] = m_layout.renderingsIn(visible, b);
        for (int r = first; r < last; ++r) {
            const QRect whole = m_layout.renderingRect(r, b);
            if (m_comparison.renderings.at(r).isReference) {
                painter.fillRect(whole, palette().color(QPalette::AlternateBase));
            }
            if (r == m_current) {
                QColor h = palette().color(QPalette::Highlight);
                h.setAlpha(hasFocus() ? 60 : 35);
                painter.fillRect(whole, h);
            }
        }
    }
    for (int b = 0; b < bands; ++b) {
        const auto [first, last] = m_layout.renderingsIn(visible, b);
        for (int r = first; r < last; ++r) {
            const QRect label = m_layout.labelRect(r, b);
            if (label.intersects(visible))
                paintLabel(painter, r, label, dark);
        }
    }
    for (int s = 0; s < m_segments.count(); ++s) {
        const auto [first, last] = m_layout.renderingsIn(visible, rows ? m_layout.bandOf(s) : 0);
        for (int r = first; r < last; ++r) {
            const QRect cell = m_layout.cellRect(s, r);
            if (cell.intersects(visible))
                paintCell(painter, s, r, cell, dark);
        }
    }
    if (m_current >= 0 && hasFocus()) {
        painter.setPen(QPen(palette().color(QPalette::Highlight), 1.5));
        painter.setBrush(Qt::NoBrush);
        for (int b = 0; b < bands; ++b)
            painter.drawRoundedRect(QRectF(m_layout.renderingRect(m_current, b)).adjusted(0.5, 0.5, -0.5, -0.5), 3, 3);
    }
}

void AlignmentView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    // The layout depends on the width alone, and not on whether the scroll bar shows. A new comparison changes the
    // view's size hint, and the panel's layout then gives it a new height: laid out again, thousands of renderings
    // doubled the GUI block of selecting them.
    if (layoutWidth() == m_laidOutWidth)
        updateScrollBars();
    else
        relayout();
}

void AlignmentView::mousePressEvent(QMouseEvent *event)
{
    const AlignmentLayout::Hit hit = m_layout.hitTest(event->position().toPoint() - contentOffset());
    if (hit.rendering < 0) {
        QAbstractScrollArea::mousePressEvent(event);
        return;
    }
    setCurrentRendering(hit.rendering);
    if (event->button() == Qt::LeftButton)
        Q_EMIT renderingActivated(hit.rendering);
}

void AlignmentView::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Left:
        setCurrentRendering(m_current - 1);
        return;
    case Qt::Key_Right:
        setCurrentRendering(m_current + 1);
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (m_current >= 0)
            Q_EMIT renderingActivated(m_current);
        return;
    case Qt::Key_Up:
    case Qt::Key_Down:
        // Up and down go through statements: the panel around this view handles them.
        event->ignore();
        return;
    default:
        QAbstractScrollArea::keyPressEvent(event);
    }
}

QString AlignmentView::toolTipAt(QPoint viewportPos) const
{
    const AlignmentLayout::Hit hit = m_layout.hitTest(viewportPos - contentOffset());
    if (hit.rendering < 0)
        return {};
    const RenderingView &r = m_comparison.renderings.at(hit.rendering);
    if (hit.column < 0) {
        const QString who = r.speaker.isEmpty() ? tr("unknown speaker") : r.speaker;
        QString tip = QStringLiteral("<b>%1</b><br>%2<br>%3")
                          .arg(r.outlet.toHtmlEscaped(), r.articleTitle.toHtmlEscaped(), who.toHtmlEscaped());
        if (r.isReference)
            tip += QStringLiteral("<br><i>%1</i>").arg(tr("reference rendering"));
        return tip;
    }
    const CellMark mark = m_segments.segmentMark(hit.column, hit.rendering);
    const QString mine = m_segments.text(hit.column, hit.rendering);
    const QString theirs = m_segments.text(hit.column, m_comparison.reference);
    switch (mark) {
    case CellMark::Substitution:
    case CellMark::Normalisation:
        return tr("%1: %2 \u201c%3\u201d where the reference has \u201c%4\u201d")
            .arg(r.outlet, DiffPalette::label(mark), mine, theirs)
            .toHtmlEscaped();
    case CellMark::Omission:
        return tr("%1 leaves out \u201c%2\u201d").arg(r.outlet, theirs).toHtmlEscaped();
    case CellMark::Insertion:
        return tr("%1 adds \u201c%2\u201d").arg(r.outlet, mine).toHtmlEscaped();
    case CellMark::Reordering:
        return tr("%1 has \u201c%2\u201d in another place")
            .arg(r.outlet, mine.isEmpty() ? theirs : mine)
            .toHtmlEscaped();
    case CellMark::Outside:
        return DiffPalette::description(mark).toHtmlEscaped();
    default:
        return mine.toHtmlEscaped();
    }
}

bool AlignmentView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString tip = toolTipAt(help->pos());
        if (tip.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), tip, viewport());
        return true;
    }
    return QAbstractScrollArea::viewportEvent(event);
}

void AlignmentView::changeEvent(QEvent *event)
{
    QAbstractScrollArea::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::PaletteChange)
        relayout();
}
