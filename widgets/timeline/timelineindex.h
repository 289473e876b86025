// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "timeline/timelinedensity.h"
#include "timeline/timescale.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <limits>
#include <utility>

class QAbstractItemModel;

// One event on one lane, as the painter needs it: times are Julian days, [start, end).
struct TimelineItem {
    enum Flag : quint8 { Point = 1, Conflict = 2, Annotated = 4 };
    double start = 0;
    double end = 0;
    int row = -1; // top-level row in the model the index was built from
    quint8 flags = 0;
    double mid() const { return (start + end) / 2; }
};

struct TimelineLane {
    QString name;
    QList<TimelineItem> items; // sorted by start
    double maxLength = 0; // the longest item, to find items that start before a range but reach into it
    TimelineDensity density; // the items spread over their own time
};

// When a statement was made and when its renderings were published, for the quotes lane.
struct TimelineQuoteMark {
    QString statementId;
    QString speaker;
    QString label;
    QDate said; // invalid when the text does not tell
    QList<QDate> published; // sorted
    double time() const;
};

// The spatial index behind the timeline: per lane, items sorted by start time, so that what is visible
// is found by binary search and density is counted per pixel bucket without touching every item.
class TimelineIndex
{
    Q_DECLARE_TR_FUNCTIONS(TimelineIndex)

public:
    enum class LaneMode { Category, Outlet };

    // Reads the top-level rows of a model with TimelineModel's roles. Undated events are left out.
    void build(const QAbstractItemModel *model, LaneMode mode);
    // For tests and benchmarks: lanes already made; sorts them.
    void setLanes(QList<TimelineLane> lanes);
    // In time order, as setQuoteMarks() keeps them: done on the worker that makes the marks.
    static void sortQuoteMarks(QList<TimelineQuoteMark> &marks);
    void setQuoteMarks(QList<TimelineQuoteMark> marks);

    const QList<TimelineLane> &lanes() const { return m_lanes; }
    LaneMode laneMode() const { return m_mode; }
    const QList<TimelineQuoteMark> &quoteMarks() const { return m_quotes; }
    bool isEmpty() const { return m_order.isEmpty() && m_quotes.isEmpty(); }
    int itemCount() const { return int(m_order.size()); }

    // [first, last) positions in lane.items of the items overlapping [time0, time1).
    std::pair<int, int> visibleRange(int lane, double time0, double time1) const;
    // Items of a lane (or of every lane, counting each event once, when lane is -1) starting in
    // [time0, time1).
    int countBetween(int lane, double time0, double time1) const;
    // The same for consecutive stretches: result[i] counts [boundaries[i], boundaries[i + 1]).
    // Each boundary is searched from the previous one, so a whole row of buckets costs little more than one.
    QList<int> countsBetween(int lane, const QList<double> &boundaries) const;
    // For density bars: the items of a lane (-1: every event once) spread evenly over their time, so that
    // a month-precision event counts on each of its days; result[i] covers [boundaries[i], boundaries[i + 1]).
    QList<double> densityBetween(int lane, const QList<double> &boundaries) const;

    // Earliest start and latest end of everything, quotes included (0, 0 when empty).
    std::pair<double, double> extent() const { return m_extent; }
    // Occupied time intervals, merged, for squeezing the empty stretches; items longer than `longest` days are left
    // out.
    QList<std::pair<double, double>> occupied(double longest = std::numeric_limits<double>::infinity()) const;
    // Events the model has without a date (not drawn; counted for the reader).
    int undatedCount() const { return m_undated; }

    // When the corpus' articles were published (the story), as Julian days [first, day after the last).
    // Unset, the publications of the quoted statements stand for it.
    void setPublicationSpan(QDate first, QDate last);
    std::pair<double, double> publicationSpan() const;

    // A scale that keeps the story readable: background compressed, long empty stretches squeezed (StoryScale).
    TimeScale squeezedScale() const;

    // Keyboard navigation: the next event in time after/before `row` (direction +1/-1); -1 at the end.
    int neighbour(int row, int direction) const;
    // Time range of an event row (start, end), or (0, 0) if unknown.
    std::pair<double, double> timeOf(int row) const;
    int firstRow() const { return m_order.isEmpty() ? -1 : m_order.constFirst().row; }

private:
    void finish();
    void updateExtent();
    const QList<TimelineItem> &itemsOf(int lane) const { return lane < 0 ? m_order : m_lanes.at(lane).items; }

    QList<TimelineLane> m_lanes;
    QList<TimelineQuoteMark> m_quotes;
    QList<TimelineItem> m_order; // one entry per event (not per lane), sorted by start
    TimelineDensity m_density; // of m_order
    // By model row: its place in m_order, -1 for none; a list, filled on every rebuild without hashing.
    QList<int> m_positionOfRow;
    int positionOf(int row) const { return row >= 0 && row < m_positionOfRow.size() ? m_positionOfRow.at(row) : -1; }
    int m_undated = 0;
    std::pair<double, double> m_extent { 0, 0 };
    std::pair<double, double> m_publications { 0, 0 };
    LaneMode m_mode = LaneMode::Category;
};
