// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "timeline/timelineindex.h"

#include "events/eventcategory.h"
#include "events/timex.h"
#include "itemmodels/timelinemodel.h"
#include "timeline/storyscale.h"

#include <QAbstractItemModel>
#include <QAbstractProxyModel>
#include <QHash>

#include <algorithm>
#include <vector>

namespace
{
bool byStart(const TimelineItem &a, const TimelineItem &b)
{
    return a.start < b.start || (a.start == b.start && a.row < b.row);
}

// Items come mostly in order already (the filter sorts events by start): checking is a pass, sorting is not.
void sortByStart(QList<TimelineItem> &items)
{
    if (!std::is_sorted(items.cbegin(), items.cend(), byStart))
        std::sort(items.begin(), items.end(), byStart);
}
}

double TimelineQuoteMark::time() const
{
    const QDate d = said.isValid() ? said : published.value(0);
    return double(d.toJulianDay()) + 0.5;
}

namespace
{
// What the index reads of one event row.
struct EventFacts {
    QDate start;
    QDate end;
    DatePrecision precision = DatePrecision::Unknown;
    bool conflict = false;
    bool annotated = false;
    QString category;
};

EventFacts factsOf(const QModelIndex &index)
{
    return { index.data(TimelineModel::StartDateRole).toDate(), index.data(TimelineModel::EndDateRole).toDate(),
        DatePrecision(index.data(TimelineModel::PrecisionRole).toInt()),
        index.data(TimelineModel::HasConflictRole).toBool(), index.data(TimelineModel::AnnotationCountRole).toInt() > 0,
        index.data(TimelineModel::CategoryRole).toString() };
}
}

void TimelineIndex::build(const QAbstractItemModel *model, LaneMode mode)
{
    m_lanes.clear();
    m_undated = 0;
    m_mode = mode;
    QHash<QString, int> laneOf;
    const auto lane = [&](const QString &name) {
        auto it = laneOf.constFind(name);
        if (it == laneOf.constEnd()) {
            it = laneOf.insert(name, int(m_lanes.size()));
            m_lanes.append({ name, {}, 0 });
        }
        return *it;
    };
    // A TimelineModel, directly or behind a proxy, is read through its events and outlet ids instead of its roles:
    // a filter change rebuilds the index, and role lookups were most of that.
    const auto *proxy = qobject_cast<const QAbstractProxyModel *>(model);
    const auto *timeline = qobject_cast<const TimelineModel *>(proxy ? proxy->sourceModel() : model);
    const std::shared_ptr<const TimelineModel::OutletIds> noIds;
    const std::shared_ptr<const TimelineModel::OutletIds> &ids
        = timeline && mode == LaneMode::Outlet ? timeline->outletIds() : noIds;
    std::vector<int> laneOfOutlet(ids ? size_t(ids->names.size()) : 0, -1);
    // Category lanes are named by the category itself, "other" included, so that each keeps its colour.
    const QString uncategorised = EventCategory::Other;
    const int rows = model ? model->rowCount() : 0;
    for (int row = 0; row < rows; ++row) {
        const QModelIndex index = model->index(row, 0);
        const QModelIndex source = proxy ? proxy->mapToSource(index) : index;
        const Event *e = timeline ? timeline->event(source) : nullptr;
        const EventFacts facts = e ? EventFacts { e->start, e->end, e->precision, !e->conflicts.isEmpty(),
            timeline->annotationCount(source.row()) > 0, e->category }
                                   : factsOf(index);
        const QDate start = facts.start;
        if (!start.isValid()) {
            ++m_undated;
            continue;
        }
        QDate end = facts.end;
        if (!end.isValid() || end < start)
            end = start;
        TimelineItem item { double(start.toJulianDay()), double(end.toJulianDay()) + 1.0, row, 0 };
        if (facts.precision == DatePrecision::Day || end == start)
            item.flags |= TimelineItem::Point;
        if (facts.conflict)
            item.flags |= TimelineItem::Conflict;
        if (facts.annotated)
            item.flags |= TimelineItem::Annotated;
        if (mode == LaneMode::Category) {
            m_lanes[lane(facts.category.isEmpty() ? uncategorised : facts.category)].items.append(item);
        } else if (e && ids) {
            const QList<int> &outlets = ids->byEvent.at(source.row());
            for (const int id : outlets) {
                int &l = laneOfOutlet[size_t(id)];
                if (l < 0)
                    l = lane(ids->names.at(id));
                m_lanes[l].items.append(item);
            }
            if (outlets.isEmpty())
                m_lanes[lane(uncategorised)].items.append(item);
        } else {
            const QStringList outlets = index.data(TimelineModel::OutletsRole).toStringList();
            for (const QString &outlet : outlets)
                m_lanes[lane(outlet)].items.append(item);
            if (outlets.isEmpty())
                m_lanes[lane(uncategorised)].items.append(item);
        }
    }
    finish();
}

void TimelineIndex::setLanes(QList<TimelineLane> lanes)
{
    m_lanes = std::move(lanes);
    finish();
}

void TimelineIndex::sortQuoteMarks(QList<TimelineQuoteMark> &marks)
{
    // Marks sorted on a worker are only checked here, on the GUI thread: a pass instead of a sort.
    const auto byTime = [](const TimelineQuoteMark &a, const TimelineQuoteMark &b) { return a.time() < b.time(); };
    if (!std::is_sorted(marks.cbegin(), marks.cend(), byTime))
        std::sort(marks.begin(), marks.end(), byTime);
}

void TimelineIndex::setQuoteMarks(QList<TimelineQuoteMark> marks)
{
    m_quotes = std::move(marks);
    sortQuoteMarks(m_quotes);
    updateExtent();
}

void TimelineIndex::finish()
{
    int maxRow = -1;
    for (const TimelineLane &l : std::as_const(m_lanes)) {
        for (const TimelineItem &item : l.items)
            maxRow = std::max(maxRow, item.row);
    }
    // In outlet lanes an event appears once per outlet; navigation and extent count it once. Taken in row order:
    // rows the timeline's filter already sorted by start need no second sort.
    std::vector<TimelineItem> byRow(size_t(maxRow + 1));
    for (TimelineLane &l : m_lanes) {
        sortByStart(l.items);
        l.maxLength = 0;
        for (const TimelineItem &item : std::as_const(l.items)) {
            l.maxLength = std::max(l.maxLength, item.end - item.start);
            byRow[size_t(item.row)] = item;
        }
    }
    m_order.clear();
    m_order.reserve(qsizetype(byRow.size()));
    for (const TimelineItem &item : byRow) {
        if (item.row >= 0)
            m_order.append(item);
    }
    sortByStart(m_order);
    const auto densityOf = [](const QList<TimelineItem> &items) {
        QList<std::pair<double, double>> spans;
        spans.reserve(items.size());
        for (const TimelineItem &item : items)
            spans.append({ item.start, item.end });
        return TimelineDensity(spans);
    };
    for (TimelineLane &l : m_lanes)
        l.density = densityOf(l.items);
    m_density = densityOf(m_order);
    // The busiest lanes first: they are what the reader looks for.
    std::stable_sort(m_lanes.begin(), m_lanes.end(),
        [](const TimelineLane &a, const TimelineLane &b) { return a.items.size() > b.items.size(); });
    m_positionOfRow.fill(-1, maxRow + 1);
    for (int i = 0; i < m_order.size(); ++i)
        m_positionOfRow[m_order.at(i).row] = i;
    updateExtent();
}

std::pair<int, int> TimelineIndex::visibleRange(int lane, double time0, double time1) const
{
    const TimelineLane &l = m_lanes.at(lane);
    const auto first = std::lower_bound(l.items.cbegin(), l.items.cend(), time0 - l.maxLength,
        [](const TimelineItem &item, double t) { return item.start < t; });
    const auto last = std::lower_bound(
        first, l.items.cend(), time1, [](const TimelineItem &item, double t) { return item.start < t; });
    return { int(first - l.items.cbegin()), int(last - l.items.cbegin()) };
}

int TimelineIndex::countBetween(int lane, double time0, double time1) const
{
    // Counted by start: exact for points, close enough for the density of spans.
    const QList<TimelineItem> &items = itemsOf(lane);
    const auto first = std::lower_bound(
        items.cbegin(), items.cend(), time0, [](const TimelineItem &item, double t) { return item.start < t; });
    const auto last = std::lower_bound(
        first, items.cend(), time1, [](const TimelineItem &item, double t) { return item.start < t; });
    return int(last - first);
}

QList<int> TimelineIndex::countsBetween(int lane, const QList<double> &boundaries) const
{
    QList<int> counts(std::max<qsizetype>(0, boundaries.size() - 1));
    const QList<TimelineItem> &items = itemsOf(lane);
    const auto byStart = [](const TimelineItem &item, double t) { return item.start < t; };
    auto previous = items.cbegin();
    for (qsizetype i = 0; i < boundaries.size(); ++i) {
        const auto at = std::lower_bound(previous, items.cend(), boundaries.at(i), byStart);
        if (i > 0)
            counts[i - 1] = int(at - previous);
        previous = at;
    }
    return counts;
}

QList<double> TimelineIndex::densityBetween(int lane, const QList<double> &boundaries) const
{
    return (lane < 0 ? m_density : m_lanes.at(lane).density).between(boundaries);
}

void TimelineIndex::updateExtent()
{
    double lo = 0;
    double hi = 0;
    bool any = false;
    const auto take = [&](double a, double b) {
        lo = any ? std::min(lo, a) : a;
        hi = any ? std::max(hi, b) : b;
        any = true;
    };
    for (const TimelineItem &item : std::as_const(m_order))
        take(item.start, item.end);
    for (const TimelineQuoteMark &q : std::as_const(m_quotes)) {
        for (const QDate &d : q.published)
            take(double(d.toJulianDay()), double(d.toJulianDay()) + 1);
        if (q.said.isValid())
            take(double(q.said.toJulianDay()), double(q.said.toJulianDay()) + 1);
    }
    m_extent = { lo, hi };
}

namespace
{
// The days with a quote said or published on them, as runs of consecutive days in time order. Hundreds of thousands of
// renderings fall on a few hundred days: they are marked on a bitmap of the days between the first and the last rather
// than sorted, unless a stray date makes that span too long.
QList<std::pair<double, double>> quoteDays(const QList<TimelineQuoteMark> &marks)
{
    std::vector<qint64> days;
    for (const TimelineQuoteMark &q : marks) {
        for (const QDate &d : q.published)
            days.push_back(d.toJulianDay());
        if (q.said.isValid())
            days.push_back(q.said.toJulianDay());
    }
    QList<std::pair<double, double>> runs;
    if (days.empty())
        return runs;
    const auto [lo, hi] = std::minmax_element(days.cbegin(), days.cend());
    const qint64 first = *lo;
    const qint64 span = *hi - first + 1;
    if (span <= std::max<qint64>(qint64(days.size()) * 8, 1 << 16)) {
        std::vector<bool> marked(size_t(span), false);
        for (const qint64 d : days)
            marked[size_t(d - first)] = true;
        days.clear();
        for (qint64 i = 0; i < span; ++i) {
            if (marked[size_t(i)])
                days.push_back(first + i);
        }
    } else {
        std::sort(days.begin(), days.end());
    }
    for (const qint64 d : days) {
        if (!runs.isEmpty() && double(d) <= runs.last().second)
            runs.last().second = std::max(runs.last().second, double(d) + 1);
        else
            runs.append({ double(d), double(d) + 1 });
    }
    return runs;
}
}

QList<std::pair<double, double>> TimelineIndex::occupied(double longest) const
{
    // The events' spans are in start order already; the quotes' days are put in order, and the two merged.
    const QList<std::pair<double, double>> quotes = quoteDays(m_quotes);
    QList<std::pair<double, double>> merged;
    const auto take = [&merged](const std::pair<double, double> &s) {
        if (!merged.isEmpty() && s.first <= merged.last().second)
            merged.last().second = std::max(merged.last().second, s.second);
        else
            merged.append(s);
    };
    auto quote = quotes.cbegin();
    for (const TimelineItem &item : m_order) {
        if (item.end - item.start > longest)
            continue;
        for (; quote != quotes.cend() && quote->first < item.start; ++quote)
            take(*quote);
        take({ item.start, item.end });
    }
    for (; quote != quotes.cend(); ++quote)
        take(*quote);
    return merged;
}

int TimelineIndex::neighbour(int row, int direction) const
{
    if (m_order.isEmpty())
        return -1;
    const int at = positionOf(row);
    if (at < 0)
        return direction >= 0 ? m_order.constFirst().row : m_order.constLast().row;
    const int next = at + (direction >= 0 ? 1 : -1);
    return next >= 0 && next < m_order.size() ? m_order.at(next).row : -1;
}

std::pair<double, double> TimelineIndex::timeOf(int row) const
{
    const int at = positionOf(row);
    if (at < 0)
        return { 0, 0 };
    const TimelineItem &item = m_order.at(at);
    return { item.start, item.end };
}

void TimelineIndex::setPublicationSpan(QDate first, QDate last)
{
    m_publications = first.isValid() && last.isValid() && first <= last
        ? std::pair { double(first.toJulianDay()), double(last.toJulianDay()) + 1 }
        : std::pair { 0.0, 0.0 };
}

std::pair<double, double> TimelineIndex::publicationSpan() const
{
    if (m_publications.second > m_publications.first)
        return m_publications;
    QDate first;
    QDate last;
    for (const TimelineQuoteMark &q : m_quotes) {
        if (q.published.isEmpty())
            continue;
        if (!first.isValid() || q.published.constFirst() < first)
            first = q.published.constFirst();
        if (!last.isValid() || q.published.constLast() > last)
            last = q.published.constLast();
    }
    if (!first.isValid())
        return { 0, 0 };
    return { double(first.toJulianDay()), double(last.toJulianDay()) + 1 };
}

TimeScale TimelineIndex::squeezedScale() const
{
    // Long vague spans ("in 2019") say little about where the story is; they may cross a squeezed stretch.
    constexpr double VagueDays = 45;
    return StoryScale::build(occupied(VagueDays), extent(), publicationSpan());
}
