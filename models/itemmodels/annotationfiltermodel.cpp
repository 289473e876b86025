// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "itemmodels/annotationfiltermodel.h"

#include "itemmodels/annotationmodel.h"

AnnotationFilterModel::AnnotationFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(AnnotationModel::CreatedRole);
}

void AnnotationFilterModel::setCategories(const QList<AnnotationCategory> &categories)
{
    QList<int> values;
    for (AnnotationCategory c : categories)
        values.append(int(c));
    if (values == m_categories)
        return;
    m_categories = values;
    invalidateRowsFilter();
}

void AnnotationFilterModel::setOutlet(const QString &outlet)
{
    if (outlet == m_outlet)
        return;
    m_outlet = outlet;
    invalidateRowsFilter();
}

void AnnotationFilterModel::setEventId(const QString &eventId)
{
    if (eventId == m_eventId)
        return;
    m_eventId = eventId;
    invalidateRowsFilter();
}

void AnnotationFilterModel::setArticleId(const QString &articleId)
{
    if (articleId == m_articleId)
        return;
    m_articleId = articleId;
    invalidateRowsFilter();
}

void AnnotationFilterModel::setSearchText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_search)
        return;
    m_search = trimmed;
    invalidateRowsFilter();
}

void AnnotationFilterModel::setOnlyOrphans(bool only)
{
    if (only == m_onlyOrphans)
        return;
    m_onlyOrphans = only;
    invalidateRowsFilter();
}

bool AnnotationFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_categories.isEmpty() && !m_categories.contains(index.data(AnnotationModel::CategoryRole).toInt()))
        return false;
    if (!m_outlet.isEmpty() && !index.data(AnnotationModel::OutletsRole).toStringList().contains(m_outlet))
        return false;
    if (!m_eventId.isEmpty() && !index.data(AnnotationModel::EventIdsRole).toStringList().contains(m_eventId))
        return false;
    if (!m_articleId.isEmpty() && !index.data(AnnotationModel::ArticleIdsRole).toStringList().contains(m_articleId))
        return false;
    if (m_onlyOrphans && !index.data(AnnotationModel::HasOrphansRole).toBool())
        return false;
    if (m_search.isEmpty())
        return true;
    const QStringList haystack = QStringList { index.data(AnnotationModel::NoteRole).toString(),
        index.data(AnnotationModel::AuthorRole).toString(), index.data(Qt::DisplayRole).toString() }
        + index.data(AnnotationModel::ExactTextsRole).toStringList()
        + index.data(AnnotationModel::RolesRole).toStringList()
        + index.data(AnnotationModel::OutletsRole).toStringList();
    return std::any_of(haystack.cbegin(), haystack.cend(),
        [this](const QString &text) { return text.contains(m_search, Qt::CaseInsensitive); });
}
