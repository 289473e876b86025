// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "timeline/timelineview.h"

#include "core/logging.h"
#include "itemmodels/timelinemodel.h"

#include <QAbstractItemModel>
#include <QAbstractProxyModel>
#include <QElapsedTimer>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMenu>
#include <QPainter>
#include <QScrollBar>
#include <QStyle>
#include <QTimer>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>
#include <memory>

namespace
{
constexpr double ZoomStep = 1.25;
constexpr double MinSelectionDays = 14; // zooming to one day-precise event still shows its fortnight
constexpr double FitMargin = 0.04;
constexpr double ZoomOutBeyondFit = 1.5;
}

TimelineView::TimelineView(QWidget *parent)
    : QWidget(parent)
    , m_laneScroll(new QScrollBar(Qt::Vertical, this))
{
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setAccessibleName(tr("Event timeline"));
    // Found by hovering the empty timeline: how to move about it.
    setToolTip(tr("Wheel: zoom · drag: pan · Shift+drag: pick a range, then Enter to zoom to it · "
                  "Ctrl+0: fit all"));
    m_laneScroll->setAccessibleName(tr("Scroll the lanes"));
    m_laneScroll->setCursor(Qt::ArrowCursor);
    m_laneScroll->hide();
    connect(m_laneScroll, &QScrollBar::valueChanged, this, [this] { update(); });
    updatePixelRange();
}

void TimelineView::setModel(QAbstractItemModel *model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    if (m_model) {
        connect(m_model, &QAbstractItemModel::modelReset, this, &TimelineView::scheduleRebuild);
        connect(m_model, &QAbstractItemModel::layoutChanged, this, &TimelineView::scheduleRebuild);
        connect(m_model, &QAbstractItemModel::rowsInserted, this, &TimelineView::scheduleRebuild);
        connect(m_model, &QAbstractItemModel::rowsRemoved, this, &TimelineView::scheduleRebuild);
        connect(m_model, &QAbstractItemModel::dataChanged, this, &TimelineView::scheduleRebuild);
    }
    m_fitted = false;
    rebuild();
}

void TimelineView::setQuoteMarks(const QList<TimelineQuoteMark> &marks)
{
    m_quoteMarks = marks;
    m_selectedQuote = -1;
    // Only the quotes lane changes: the events' lanes are not indexed again (a pass over every event row).
    m_index.setQuoteMarks(m_quoteMarks);
    m_hits.clear();
    updatePixelRange();
    updateScale();
    if (!m_fitted && !m_index.isEmpty()) {
        fitAll();
        m_fitted = true;
    }
    update();
}

void TimelineView::scheduleRebuild()
{
    // The rows changed: the ids are read again when next needed.
    m_rowOfEvent.clear();
    // Filters reset the model several times in a row; rebuild once.
    if (m_rebuildPending)
        return;
    m_rebuildPending = true;
    QTimer::singleShot(0, this, [this] {
        if (m_rebuildPending)
            rebuild();
    });
}

void TimelineView::rebuild()
{
    m_rebuildPending = false;
    QElapsedTimer timer;
    timer.start();
    m_index.build(m_model, m_laneMode);
    m_index.setQuoteMarks(m_quoteMarks);
    m_rowOfEvent.clear();
    updateHighlightedRows();
    m_hits.clear();
    m_hoveredRow = -1;
    if (m_selectedRow >= 0 && m_index.timeOf(m_selectedRow).second == 0)
        m_selectedRow = -1;
    updatePixelRange();
    updateScale();
    if (!m_fitted && !m_index.isEmpty()) {
        fitAll();
        m_fitted = true;
    }
    Logging::get("ui")->debug(
        "timeline index: {} events in {} lanes, {} ms", m_index.itemCount(), m_index.lanes().size(), timer.elapsed());
    update();
}

void TimelineView::updateScale()
{
    const TimeScale scale = m_squeezeGaps && !m_index.isEmpty() ? m_index.squeezedScale() : TimeScale();
    // Zooming out stops a little beyond everything fitted: further out there is only empty time.
    const auto [lo, hi] = m_index.extent();
    const double fitted = hi > lo ? (scale.toAxis(hi) - scale.toAxis(lo)) / (1 - 2 * FitMargin) : 0;
    m_geometry.setZoomOutLimit(fitted > 0 ? fitted * ZoomOutBeyondFit : TimelineGeometry::MaxVisibleDays);
    m_geometry.setScale(scale);
}

void TimelineView::setHighlightedEvents(const QStringList &eventIds)
{
    m_highlightedEvents = eventIds;
    updateHighlightedRows();
    update();
}

void TimelineView::updateHighlightedRows()
{
    m_highlightedRows.clear();
    if (!m_model || m_highlightedEvents.isEmpty())
        return;
    // Over a TimelineModel (directly or behind its filter) each id is found in the model and mapped to the row
    // shown: reading every shown row's id after each filter change was a pass over all events.
    const QAbstractItemModel *model = m_model;
    const auto *proxy = qobject_cast<const QAbstractProxyModel *>(model);
    if (const auto *timeline = qobject_cast<const TimelineModel *>(proxy ? proxy->sourceModel() : model)) {
        for (const QString &id : std::as_const(m_highlightedEvents)) {
            const int row = timeline->rowOfEvent(id);
            if (row < 0)
                continue;
            const QModelIndex source = timeline->index(row, 0);
            const QModelIndex shown = proxy ? proxy->mapFromSource(source) : source;
            if (shown.isValid())
                m_highlightedRows.insert(shown.row());
        }
        return;
    }
    // Each statement picked rings its events: rows are found by id, the ids read once per rebuild.
    if (m_rowOfEvent.isEmpty()) {
        const int rows = m_model->rowCount();
        m_rowOfEvent.reserve(rows);
        for (int row = 0; row < rows; ++row)
            m_rowOfEvent.insert(m_model->index(row, 0).data(TimelineModel::EventIdRole).toString(), row);
    }
    for (const QString &id : std::as_const(m_highlightedEvents)) {
        const auto it = m_rowOfEvent.constFind(id);
        if (it != m_rowOfEvent.cend())
            m_highlightedRows.insert(*it);
    }
}

TimelineLayout TimelineView::currentLayout() const
{
    return painter().layout(QRectF(rect()), paintOptions());
}

void TimelineView::updateLaneScroll()
{
    TimelinePaintOptions o = paintOptions();
    o.scrollBarWidth = style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, this);
    const TimelineLayout l = painter().layout(QRectF(rect()), o);
    const double overflow = TimelinePainter::maxLaneScroll(l);
    if (overflow <= 0) {
        m_laneScroll->hide();
        m_laneScroll->setValue(0);
        return;
    }
    m_laneScroll->setGeometry(
        int(l.plotRight + 4), int(l.eventLanes.top()), int(o.scrollBarWidth), int(l.eventLanes.height()));
    m_laneScroll->setRange(0, int(std::ceil(overflow)));
    m_laneScroll->setPageStep(int(l.eventLanes.height()));
    m_laneScroll->setSingleStep(int(l.laneHeight));
    m_laneScroll->show();
}

void TimelineView::updatePixelRange()
{
    updateLaneScroll();
    const TimelineLayout l = currentLayout();
    const double t0 = m_geometry.visibleStart();
    const double t1 = m_geometry.visibleEnd();
    m_geometry.setPixelRange(l.plotLeft, l.plotRight);
    m_geometry.setVisibleTime(t0, t1);
}

TimelinePainter TimelineView::painter() const
{
    return { m_index, m_model, palette(), font() };
}

void TimelineView::setEmptyText(const QString &text)
{
    if (text == m_emptyText)
        return;
    m_emptyText = text;
    update();
}

TimelinePaintOptions TimelineView::paintOptions() const
{
    TimelinePaintOptions o;
    o.emptyText = m_emptyText;
    o.selectedRow = m_selectedRow;
    o.hoveredRow = m_hoveredRow;
    o.highlightedRows = m_highlightedRows;
    o.selectedQuote = m_selectedQuote;
    o.rangeStart = m_rangeStart;
    o.rangeEnd = m_rangeEnd;
    if (!m_laneScroll->isHidden()) {
        o.laneScroll = m_laneScroll->value();
        o.scrollBarWidth = m_laneScroll->width();
    }
    return o;
}

void TimelineView::paintEvent(QPaintEvent * /*event*/)
{
    QPainter p(this);
    painter().paint(&p, QRectF(rect()), m_geometry, paintOptions(), &m_hits);
    if (hasFocus()) {
        p.setPen(QPen(palette().color(QPalette::Highlight), 1));
        p.drawRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5));
    }
}

void TimelineView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    updatePixelRange();
}

void TimelineView::setLaneMode(TimelineIndex::LaneMode mode)
{
    if (mode == m_laneMode)
        return;
    m_laneMode = mode;
    rebuild();
}

void TimelineView::setSqueezeGaps(bool squeeze)
{
    if (squeeze == m_squeezeGaps)
        return;
    m_squeezeGaps = squeeze;
    updateScale();
    fitAll();
}

void TimelineView::fitAll()
{
    const auto [lo, hi] = m_index.extent();
    if (hi > lo)
        m_geometry.fit(lo, hi, FitMargin);
    update();
    Q_EMIT viewChanged();
}

void TimelineView::setVisibleTime(double time0, double time1)
{
    m_geometry.setVisibleTime(time0, time1);
    update();
    Q_EMIT viewChanged();
}

void TimelineView::zoomToSelection()
{
    double a = std::min(m_rangeStart, m_rangeEnd);
    double b = std::max(m_rangeStart, m_rangeEnd);
    if (b <= a && m_selectedRow >= 0)
        std::tie(a, b) = m_index.timeOf(m_selectedRow);
    if (b <= a)
        return;
    const double centre = (a + b) / 2;
    const double half = std::max(b - a, MinSelectionDays) / 2;
    m_geometry.fit(centre - half, centre + half, 0.08);
    m_rangeStart = m_rangeEnd = 0;
    update();
    Q_EMIT viewChanged();
}

void TimelineView::zoomIn()
{
    m_geometry.zoom(ZoomStep, (m_geometry.left() + m_geometry.right()) / 2);
    update();
    Q_EMIT viewChanged();
}

void TimelineView::zoomOut()
{
    m_geometry.zoom(1 / ZoomStep, (m_geometry.left() + m_geometry.right()) / 2);
    update();
    Q_EMIT viewChanged();
}

QModelIndex TimelineView::selectedIndex() const
{
    return m_model && m_selectedRow >= 0 ? m_model->index(m_selectedRow, 0) : QModelIndex();
}

QString TimelineView::selectedEvent() const
{
    return selectedIndex().data(TimelineModel::EventIdRole).toString();
}

void TimelineView::selectRow(int row)
{
    if (!m_model || row >= m_model->rowCount())
        row = -1;
    m_selectedRow = row;
    m_selectedQuote = -1;
    if (row >= 0)
        ensureVisible(row);
    update();
    Q_EMIT eventSelected(selectedEvent());
}

void TimelineView::selectNext()
{
    const int row = m_index.neighbour(m_selectedRow, +1);
    if (row >= 0)
        selectRow(row);
}

void TimelineView::selectPrevious()
{
    const int row = m_index.neighbour(m_selectedRow, -1);
    if (row >= 0)
        selectRow(row);
}

void TimelineView::ensureVisible(int row)
{
    const auto [s, e] = m_index.timeOf(row);
    if (e <= s)
        return;
    if (!m_laneScroll->isHidden()) {
        // The first lane that holds the event, scrolled into view.
        const TimelineLayout l = currentLayout();
        for (int lane = 0; lane < m_index.lanes().size(); ++lane) {
            const QList<TimelineItem> &items = m_index.lanes().at(lane).items;
            if (std::none_of(items.cbegin(), items.cend(), [row](const TimelineItem &i) { return i.row == row; }))
                continue;
            const int top = int(lane * l.laneHeight);
            const int bottom = int(top + l.laneHeight - l.eventLanes.height());
            m_laneScroll->setValue(std::clamp(m_laneScroll->value(), bottom, top));
            break;
        }
    }
    const double x0 = m_geometry.mapTimeToX(s);
    const double x1 = m_geometry.mapTimeToX(e);
    const double margin = 40;
    if (x0 < m_geometry.left() + margin)
        m_geometry.pan(m_geometry.left() + margin - x0);
    else if (x1 > m_geometry.right() - margin && x1 - x0 < m_geometry.width() - 2 * margin)
        m_geometry.pan(m_geometry.right() - margin - x1);
    Q_EMIT viewChanged();
}

std::pair<int, int> TimelineView::hitAt(const QPointF &pos) const
{
    // Markers come before labels in the list; the last hit drawn is on top.
    const auto hit
        = std::find_if(m_hits.crbegin(), m_hits.crend(), [&pos](const auto &h) { return h.rect.contains(pos); });
    if (hit == m_hits.crend())
        return { -1, -1 };
    return { hit->row, hit->quote };
}

void TimelineView::wheelEvent(QWheelEvent *event)
{
    const QPoint delta = event->angleDelta();
    const TimelineLayout l = currentLayout();
    if (!m_laneScroll->isHidden() && event->position().x() < l.plotLeft && l.lanes.contains(event->position())) {
        // Over the lane names the wheel scrolls the lanes.
        m_laneScroll->setValue(m_laneScroll->value() - delta.y() * m_laneScroll->singleStep() / 120);
        event->accept();
        return;
    }
    if (std::abs(delta.x()) > std::abs(delta.y())) {
        m_geometry.pan(delta.x() / 2.0);
    } else {
        const double anchor = std::clamp(event->position().x(), m_geometry.left(), m_geometry.right());
        m_geometry.zoom(std::pow(1.0015, delta.y()), anchor);
    }
    update();
    Q_EMIT viewChanged();
    event->accept();
}

void TimelineView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return QWidget::mousePressEvent(event);
    m_pressPos = m_lastPos = event->position();
    m_moved = false;
    const TimelineLayout l = currentLayout();
    if (l.overview.contains(m_pressPos)) {
        m_drag = Drag::Overview;
        mouseMoveEvent(event);
    } else if (event->modifiers() & Qt::ShiftModifier) {
        m_drag = Drag::Range;
        m_rangeStart = m_rangeEnd = m_geometry.mapXToTime(m_pressPos.x());
    } else {
        m_drag = Drag::Pan;
    }
}

void TimelineView::mouseMoveEvent(QMouseEvent *event)
{
    const QPointF pos = event->position();
    if ((pos - m_pressPos).manhattanLength() > 3)
        m_moved = true;
    switch (m_drag) {
    case Drag::Pan:
        setCursor(Qt::ClosedHandCursor);
        m_geometry.pan(pos.x() - m_lastPos.x());
        Q_EMIT viewChanged();
        break;
    case Drag::Range:
        m_rangeEnd = m_geometry.mapXToTime(pos.x());
        break;
    case Drag::Overview: {
        // Centre the detail window on the pointer's time in the overview.
        const TimelinePainter p = painter();
        const TimelineGeometry overview = p.overviewGeometry(m_geometry, p.layout(QRectF(rect()), paintOptions()));
        const double t = overview.mapXToTime(pos.x());
        const double centre = m_geometry.mapXToTime((m_geometry.left() + m_geometry.right()) / 2);
        m_geometry.pan(m_geometry.mapTimeToX(centre) - m_geometry.mapTimeToX(t));
        Q_EMIT viewChanged();
        break;
    }
    case Drag::None: {
        const int hovered = hitAt(pos).first;
        setCursor(hitAt(pos) != std::pair { -1, -1 } ? Qt::PointingHandCursor : Qt::ArrowCursor);
        if (hovered == m_hoveredRow)
            return;
        m_hoveredRow = hovered;
        break;
    }
    }
    m_lastPos = pos;
    update();
}

void TimelineView::mouseReleaseEvent(QMouseEvent *event)
{
    const Drag drag = std::exchange(m_drag, Drag::None);
    unsetCursor();
    if (event->button() != Qt::LeftButton || m_moved || drag == Drag::Overview)
        return;
    if (drag == Drag::Range) {
        m_rangeStart = m_rangeEnd = 0;
        update();
    }
    const auto [row, quote] = hitAt(event->position());
    if (quote >= 0) {
        m_selectedQuote = quote;
        m_selectedRow = -1;
        update();
        Q_EMIT quoteSelected(m_index.quoteMarks().at(quote).statementId);
        return;
    }
    selectRow(row);
}

void TimelineView::mouseDoubleClickEvent(QMouseEvent *event)
{
    const int row = hitAt(event->position()).first;
    if (row < 0)
        return QWidget::mouseDoubleClickEvent(event);
    selectRow(row);
    zoomToSelection();
}

void TimelineView::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Right:
        selectNext();
        break;
    case Qt::Key_Left:
        selectPrevious();
        break;
    case Qt::Key_Home:
        selectRow(m_index.firstRow());
        break;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomIn();
        break;
    case Qt::Key_Minus:
        zoomOut();
        break;
    case Qt::Key_Escape:
        m_rangeStart = m_rangeEnd = 0;
        selectRow(-1);
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        zoomToSelection();
        break;
    case Qt::Key_PageUp:
    case Qt::Key_PageDown:
        m_laneScroll->triggerAction(
            event->key() == Qt::Key_PageUp ? QScrollBar::SliderPageStepSub : QScrollBar::SliderPageStepAdd);
        break;
    default:
        QWidget::keyPressEvent(event);
    }
}

void TimelineView::leaveEvent(QEvent *event)
{
    if (m_hoveredRow >= 0) {
        m_hoveredRow = -1;
        update();
    }
    QWidget::leaveEvent(event);
}

QString TimelineView::toolTipFor(int row, int quote) const
{
    if (quote >= 0) {
        const TimelineQuoteMark &q = m_index.quoteMarks().at(quote);
        QStringList lines { q.label };
        lines.append(q.said.isValid() ? tr("Said on %1").arg(QLocale().toString(q.said, QLocale::LongFormat))
                                      : tr("When it was said is not known"));
        QStringList dates;
        for (const QDate &d : q.published)
            dates.append(QLocale().toString(d, QLocale::ShortFormat));
        lines.append(tr("Published: %1").arg(dates.join(QStringLiteral(", "))));
        return lines.join(QLatin1Char('\n'));
    }
    if (!m_model || row < 0)
        return {};
    const QModelIndex index = m_model->index(row, 0);
    QString text = index.data(Qt::ToolTipRole).toString();
    if (text.isEmpty())
        text = index.data(TimelineModel::LabelRole).toString();
    // How the dates were worked out, across the mentions.
    QMap<QString, int> bases;
    const int mentions = m_model->rowCount(index);
    for (int i = 0; i < mentions; ++i)
        ++bases[m_model->index(i, 0, index).data(TimelineModel::BasisRole).toString()];
    QStringList basisText;
    for (auto it = bases.cbegin(); it != bases.cend(); ++it) {
        if (!it.key().isEmpty())
            basisText.append(QStringLiteral("%1 ×%2").arg(it.key()).arg(it.value()));
    }
    if (!basisText.isEmpty())
        text += QLatin1Char('\n') + tr("Date basis: %1").arg(basisText.join(QStringLiteral(", ")));
    return text;
}

void TimelineView::contextMenuEvent(QContextMenuEvent *event)
{
    const int row = hitAt(event->pos()).first;
    if (!m_model)
        return;
    if (row >= 0)
        selectRow(row);
    const QString eventId = row >= 0 ? m_model->index(row, 0).data(TimelineModel::EventIdRole).toString() : QString();
    std::unique_ptr<QMenu> menu(createEventMenu(eventId, this));
    if (!menu->isEmpty())
        menu->exec(event->globalPos());
}

QMenu *TimelineView::createEventMenu(const QString &eventId, QWidget *parent)
{
    auto *menu = new QMenu(parent);
    // Only an event the timeline shows gets its actions: a hidden one could not be seen to change.
    const bool shown = m_model && !eventId.isEmpty()
        && !m_model->match(m_model->index(0, 0), TimelineModel::EventIdRole, eventId, 1, Qt::MatchExactly).isEmpty();
    const QString shownId = shown ? eventId : QString();
    if (!shownId.isEmpty()) {
        QAction *annotate = menu->addAction(
            tr("&Annotate Discrepancy…"), this, [this, shownId] { Q_EMIT annotateEventRequested(shownId); });
        annotate->setObjectName(QStringLiteral("annotateEvent"));
    }
    Q_EMIT eventMenuRequested(menu, shownId);
    return menu;
}

bool TimelineView::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        const auto [row, quote] = hitAt(help->pos());
        QString text = toolTipFor(row, quote);
        const TimelineLayout l = currentLayout();
        if (text.isEmpty() && help->pos().x() >= l.plotLeft && l.lanes.contains(help->pos()))
            text = toolTip();
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    return QWidget::event(event);
}
