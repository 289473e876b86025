// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "timeline/timelinegeometry.h"
#include "timeline/timelineindex.h"
#include "timeline/timelinepainter.h"

#include <QHash>
#include <QPersistentModelIndex>
#include <QPointer>
#include <QStringList>
#include <QWidget>

class QAbstractItemModel;
class QMenu;
class QScrollBar;

// The event timeline: an overview band, a time axis and lanes of events, fed only by a model with
// TimelineModel's roles. Wheel zooms around the pointer, dragging pans, Shift+drag picks a range that
// Enter zooms to, Left/Right step between events, Ctrl+0 fits everything. Lanes that do not fit scroll
// (wheel over their names, Page Up/Down).
class TimelineView : public QWidget
{
    Q_OBJECT
public:
    using LaneMode = TimelineIndex::LaneMode;

    explicit TimelineView(QWidget *parent = nullptr);

    void setModel(QAbstractItemModel *model);
    QAbstractItemModel *model() const { return m_model; }
    void setQuoteMarks(const QList<TimelineQuoteMark> &marks);

    LaneMode laneMode() const { return m_laneMode; }
    bool squeezesGaps() const { return m_squeezeGaps; }
    const TimelineGeometry &geometry() const { return m_geometry; }
    const TimelineIndex &index() const { return m_index; }
    // The laid-out bands for the current size.
    TimelineLayout currentLayout() const;
    // The lane scroll bar, shown when the event lanes do not all fit.
    QScrollBar *laneScrollBar() const { return m_laneScroll; }

    int selectedRow() const { return m_selectedRow; }
    // Model rows of the highlighted events that are shown.
    const QSet<int> &highlightedRows() const { return m_highlightedRows; }
    QModelIndex selectedIndex() const;
    // The id of the selected event (TimelineModel::EventIdRole); empty when none is.
    QString selectedEvent() const;
    // The ids of the ringed events (setHighlightedEvents()).
    QStringList highlightedEvents() const { return m_highlightedEvents; }
    // The picked time range (Shift+drag), or an empty pair.
    std::pair<double, double> rangeSelection() const { return { m_rangeStart, m_rangeEnd }; }

    // The context menu of the event with this id (empty, or an event the timeline does not show: of the
    // empty timeline): "Annotate Discrepancy…" and what the receivers of eventMenuRequested add. The caller
    // owns it; contextMenuEvent exec()s it, tests trigger its actions.
    QMenu *createEventMenu(const QString &eventId, QWidget *parent);

    // What the timeline says when it shows no event: why it is empty (no corpus open, still loading, …).
    // Empty says that no event is dated.
    void setEmptyText(const QString &text);
    QString emptyText() const { return m_emptyText.isEmpty() ? TimelinePainter::noDatedEventsText() : m_emptyText; }

    // Event row or quote mark at a point, from the last paint: (row, quote), -1 when none.
    std::pair<int, int> hitAt(const QPointF &pos) const;

    QSize sizeHint() const override { return { 900, 300 }; }
    QSize minimumSizeHint() const override { return { 300, 160 }; }

public Q_SLOTS:
    void setLaneMode(TimelineIndex::LaneMode mode);
    void setSqueezeGaps(bool squeeze);
    void fitAll();
    void zoomToSelection();
    void zoomIn();
    void zoomOut();
    void setVisibleTime(double time0, double time1);
    // Selects an event row of the model (-1 clears) and scrolls it into view; emits eventSelected.
    void selectRow(int row);
    void selectNext();
    // Rings the events with these ids (TimelineModel::EventIdRole); empty clears.
    void setHighlightedEvents(const QStringList &eventIds);
    void selectPrevious();

Q_SIGNALS:
    // Events are named by their stable id (TimelineModel::EventIdRole), never by model row.
    // `eventId` is empty when the selection was cleared.
    void eventSelected(const QString &eventId);
    void quoteSelected(const QString &statementId);
    // From the event's context menu: annotate a discrepancy in this event's mentions.
    void annotateEventRequested(const QString &eventId);
    // An event's context menu is being built (`eventId` empty for the empty timeline): add actions to it.
    void eventMenuRequested(QMenu *menu, const QString &eventId);
    void viewChanged();

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    bool event(QEvent *event) override;

private:
    void scheduleRebuild();
    void rebuild();
    void updateScale();
    void updatePixelRange();
    void updateLaneScroll();
    void ensureVisible(int row);
    void updateHighlightedRows();
    QString toolTipFor(int row, int quote) const;
    TimelinePaintOptions paintOptions() const;
    TimelinePainter painter() const;

    QPointer<QAbstractItemModel> m_model;
    QScrollBar *m_laneScroll = nullptr;
    QList<TimelineQuoteMark> m_quoteMarks;
    QString m_emptyText;
    TimelineIndex m_index;
    TimelineGeometry m_geometry;
    LaneMode m_laneMode = LaneMode::Category;
    bool m_squeezeGaps = true;
    bool m_rebuildPending = false;
    bool m_fitted = false;

    QStringList m_highlightedEvents;
    QSet<int> m_highlightedRows;
    QHash<QString, int> m_rowOfEvent; // event id -> model row, filled when first needed after a rebuild
    int m_selectedRow = -1;
    int m_selectedQuote = -1;
    int m_hoveredRow = -1;
    double m_rangeStart = 0;
    double m_rangeEnd = 0;
    QList<TimelineHit> m_hits;

    enum class Drag { None, Pan, Range, Overview };
    Drag m_drag = Drag::None;
    QPointF m_pressPos;
    QPointF m_lastPos;
    bool m_moved = false;
};
