// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "itemmodels/timelinefiltermodel.h"

#include "itemmodels/timelinemodel.h"

#include <algorithm>

TimelineFilterModel::TimelineFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(TimelineModel::StartDateRole);
    setRecursiveFilteringEnabled(false);
}

void TimelineFilterModel::setOutlets(const QStringList &outlets)
{
    if (outlets == m_outlets)
        return;
    m_outlets = outlets;
    m_maskOf.reset();
    refilter();
}

void TimelineFilterModel::setDateRange(const QDate &from, const QDate &to)
{
    if (from == m_from && to == m_to)
        return;
    m_from = from;
    m_to = to;
    refilter();
}

void TimelineFilterModel::setCategories(const QStringList &categories)
{
    if (categories == m_categories)
        return;
    m_categories = categories;
    refilter();
}

void TimelineFilterModel::refilter()
{
    // Not invalidateRowsFilter(): it removes and inserts the rows that change one interval at a time, and
    // renumbers every row after each, so hiding the scattered events of a few outlets cost n × intervals.
    // Mapped again from scratch, a filter change costs a pass and a sort.
    invalidate();
}

bool TimelineFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (sourceParent.isValid())
        return m_outlets.isEmpty() || m_outlets.contains(index.data(TimelineModel::OutletRole).toString());
    return acceptsEvent(index);
}

void TimelineFilterModel::setSourceModel(QAbstractItemModel *sourceModel)
{
    m_timeline = qobject_cast<const TimelineModel *>(sourceModel);
    Q_ASSERT_X(m_timeline || !sourceModel, "TimelineFilterModel", "the source must be a TimelineModel");
    m_maskOf.reset();
    QSortFilterProxyModel::setSourceModel(sourceModel);
}

bool TimelineFilterModel::acceptsOutletsOf(int eventRow) const
{
    const std::shared_ptr<const TimelineModel::OutletIds> &ids = m_timeline->outletIds();
    if (!ids)
        return false;
    if (m_maskOf != ids) {
        m_mask.assign(size_t(ids->names.size()), false);
        for (int id = 0; id < ids->names.size(); ++id)
            m_mask[size_t(id)] = m_outlets.contains(ids->names.at(id));
        m_maskOf = ids;
    }
    const QList<int> &outlets = ids->byEvent.at(eventRow);
    return std::any_of(outlets.cbegin(), outlets.cend(), [this](int id) { return m_mask[size_t(id)]; });
}

bool TimelineFilterModel::acceptsEvent(const QModelIndex &event) const
{
    const Event *e = m_timeline ? m_timeline->event(event) : nullptr;
    if (!e)
        return false;
    if (!m_categories.isEmpty() && !m_categories.contains(e->category))
        return false;
    if (!m_outlets.isEmpty() && !acceptsOutletsOf(event.row()))
        return false;
    return acceptsDates(e->start, e->end);
}

bool TimelineFilterModel::acceptsDates(const QDate &start, QDate end) const
{
    if (!m_from.isValid() && !m_to.isValid())
        return true;
    if (!start.isValid())
        return false;
    if (!end.isValid())
        end = start;
    if (m_from.isValid() && end < m_from)
        return false;
    if (m_to.isValid() && start > m_to)
        return false;
    return true;
}

std::pair<QDate, QDate> TimelineFilterModel::datesOf(const QModelIndex &index) const
{
    if (const EventMention *m = m_timeline ? m_timeline->mention(index) : nullptr)
        return { m->timex.start, m->timex.end };
    if (const Event *e = m_timeline ? m_timeline->event(index) : nullptr)
        return { e->start, e->end };
    return { index.data(TimelineModel::StartDateRole).toDate(), index.data(TimelineModel::EndDateRole).toDate() };
}

bool TimelineFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (sortRole() != TimelineModel::StartDateRole)
        return QSortFilterProxyModel::lessThan(left, right);
    // Undated rows go last; equal starts fall back to the end date, then to the source order. The dates are read
    // from the events, not through QVariants: a sort compares n log n pairs.
    const auto [a, ea] = datesOf(left);
    const auto [b, eb] = datesOf(right);
    if (a.isValid() != b.isValid())
        return a.isValid();
    if (a != b)
        return a < b;
    if (ea != eb)
        return ea.isValid() && (!eb.isValid() || ea < eb);
    return left.row() < right.row();
}
