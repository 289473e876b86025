// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "timeline/timelinegeometry.h"
#include "timeline/timelineindex.h"

#include <QCoreApplication>
#include <QFont>
#include <QPalette>
#include <QRectF>
#include <QSet>

#include <functional>

class QAbstractItemModel;
class QPainter;

// What to draw besides the data: shared by the view (selection, hover) and the exporter (title, legend).
struct TimelinePaintOptions {
    QString title;
    bool legend = false;
    bool transparent = false;
    bool overview = true; // the band above the axis that shows everything and the part in view
    int selectedRow = -1;
    int hoveredRow = -1;
    int selectedQuote = -1; // index into TimelineIndex::quoteMarks()
    QSet<int> highlightedRows; // events related to the selected statement, ringed
    double rangeStart = 0; // a time range being picked (shift-drag); empty when equal
    double rangeEnd = 0;
    double laneScroll = 0; // pixels the event lanes are scrolled down by
    double scrollBarWidth = 0; // room kept at the right for the view's lane scroll bar
    QString emptyText; // what the lanes say when no event shows; empty: that none is dated
};

// Where something was drawn, so the view can hit-test the last paint.
struct TimelineHit {
    QRectF rect;
    int row = -1; // event row, or -1
    int quote = -1; // quote mark, or -1
    bool label = false; // a label, not a marker
    int hidden = 0; // on a label: how many more items its "+N" stands for
};

// The bands of a painted timeline, top to bottom.
struct TimelineLayout {
    QRectF title;
    QRectF overview; // empty without TimelinePaintOptions::overview
    QRectF axis;
    QRectF lanes; // all lanes: eventLanes, then quotesLane
    QRectF eventLanes; // what shows of the event lanes, which scroll when they do not all fit
    QRectF quotesLane; // empty without statements
    QRectF legend;
    double plotLeft = 0;
    double plotRight = 0;
    double laneHeight = 0;
    double eventLanesContent = 0; // the height of all event lanes
};

// Paints a timeline from its index and geometry. Reads labels from the model for visible items only,
// so the cost follows the pixels, not the number of events.
class TimelinePainter
{
    Q_DECLARE_TR_FUNCTIONS(TimelinePainter)
public:
    TimelinePainter(
        const TimelineIndex &index, const QAbstractItemModel *model, const QPalette &palette, const QFont &font);

    // What the lanes say when no event shows and the options give no reason.
    static QString noDatedEventsText() { return tr("No dated events to show."); }
    TimelineLayout layout(const QRectF &rect, const TimelinePaintOptions &options) const;
    // How far the event lanes scroll.
    static double maxLaneScroll(const TimelineLayout &layout);
    // The height at which `rect` (as wide) shows every lane without scrolling.
    double heightShowingAllLanes(const QRectF &rect, const TimelinePaintOptions &options) const;
    // `detail` must have the pixel range of layout(rect).plotLeft/plotRight.
    void paint(QPainter *painter, const QRectF &rect, const TimelineGeometry &detail,
        const TimelinePaintOptions &options, QList<TimelineHit> *hits = nullptr) const;

    // The geometry of the overview band: everything, fitted.
    TimelineGeometry overviewGeometry(const TimelineGeometry &detail, const TimelineLayout &layout) const;

private:
    struct LaneBox {
        int lane = -1; // index into lanes(); -1 for the quotes lane
        QRectF rect;
    };
    // The lanes in view, the event lanes scrolled by `scroll` pixels.
    QList<LaneBox> laneBoxes(const TimelineLayout &layout, double scroll) const;
    double minLaneHeight() const;
    QColor laneColor(int lane) const;
    QString labelOf(int row) const;

    void paintTitle(QPainter *p, const TimelineLayout &l, const TimelinePaintOptions &o) const;
    void paintOverview(
        QPainter *p, const TimelineLayout &l, const TimelineGeometry &detail, const TimelinePaintOptions &o) const;
    // The axis' top row, where the years (or months, zoomed in) are named.
    double yearsRowHeight() const;
    // Returns the rectangles of the tick labels it drew.
    QList<QRectF> paintAxis(QPainter *p, const TimelineLayout &l, const TimelineGeometry &g, double lanesBottom) const;
    // With `tickLabels`, each shortened stretch is captioned with its length where that fits
    // between them. The hatching and break marks leave the top `header` pixels of `band` alone.
    void paintGaps(QPainter *p, const QRectF &band, const TimelineGeometry &g, const QList<QRectF> &tickLabels = {},
        double header = 0) const;
    void paintLaneFrame(QPainter *p, const LaneBox &box, int position, const TimelineLayout &l) const;
    void paintItems(QPainter *p, const LaneBox &box, const TimelineGeometry &g, const TimelinePaintOptions &o,
        QList<TimelineHit> *hits) const;
    // Bars of counts per few pixels; `count` gets bucket boundaries (times) and returns one count per bucket
    // (fractional where events are spread over their time).
    void paintDensity(QPainter *p, const QRectF &rect, const TimelineGeometry &g, const QColor &color,
        const std::function<QList<double>(const QList<double> &)> &count) const;
    void paintQuotes(QPainter *p, const LaneBox &box, const TimelineGeometry &g, const TimelinePaintOptions &o,
        QList<TimelineHit> *hits) const;
    // "+N" after a label: N more items whose labels found no room there.
    void paintHiddenCount(QPainter *p, const QRectF &label, int hidden, const QColor &color) const;
    // The colour a lane is painted in, opaque, for what must stand out from the marks behind it.
    QColor laneBackground(const LaneBox &box) const;
    static QRectF labelBackground(const QRectF &label, double textWidth);

    const TimelineIndex &m_index;
    const QAbstractItemModel *m_model;
    QPalette m_palette;
    QFont m_font;
    bool m_dark = false;
};
