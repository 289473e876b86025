// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QPointer>
#include <QSortFilterProxyModel>
#include <QStringList>

#include <memory>
#include <utility>
#include <vector>

class TimelineModel;

// Filters a TimelineModel (no other source) by outlet and date range and sorts it (by start date unless another sort
// role is set). An event passes when one of its mentions comes from a chosen outlet and its date range overlaps the
// chosen range; a mention row passes when its outlet is chosen. Undated events pass only while no range is set.
class TimelineFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit TimelineFilterModel(QObject *parent = nullptr);

    // Empty = every outlet.
    void setOutlets(const QStringList &outlets);
    QStringList outlets() const { return m_outlets; }

    // An invalid bound leaves that side open.
    void setDateRange(const QDate &from, const QDate &to);
    QDate from() const { return m_from; }
    QDate to() const { return m_to; }

    // Empty = every category.
    void setCategories(const QStringList &categories);
    QStringList categories() const { return m_categories; }

    void setSourceModel(QAbstractItemModel *sourceModel) override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    void refilter();
    // Start and end date of an event or mention row.
    std::pair<QDate, QDate> datesOf(const QModelIndex &index) const;
    bool acceptsEvent(const QModelIndex &event) const;
    bool acceptsOutletsOf(int eventRow) const;
    bool acceptsDates(const QDate &start, QDate end) const;

    // The source: events are read directly, outlets through a mask.
    QPointer<const TimelineModel> m_timeline;
    // Which outlet ids are chosen, for the outlet ids it was made from (held, so a new result's ids never
    // look like the old ones).
    mutable std::shared_ptr<const void> m_maskOf;
    mutable std::vector<bool> m_mask;

    QStringList m_outlets;
    QStringList m_categories;
    QDate m_from;
    QDate m_to;
};
