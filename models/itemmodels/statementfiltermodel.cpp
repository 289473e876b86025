// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "itemmodels/statementfiltermodel.h"

#include "itemmodels/statementmodel.h"

#include <algorithm>

StatementFilterModel::StatementFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
}

void StatementFilterModel::setSpeaker(const QString &speaker)
{
    if (speaker == m_speaker)
        return;
    m_speaker = speaker;
    invalidateRowsFilter();
}

void StatementFilterModel::setOnlyDiffering(bool only)
{
    if (only == m_onlyDiffering)
        return;
    m_onlyDiffering = only;
    invalidateRowsFilter();
}

void StatementFilterModel::setSearchText(const QString &text)
{
    const QStringList words = text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words == m_searchWords)
        return;
    m_searchWords = words;
    invalidateRowsFilter();
}

bool StatementFilterModel::matchesSearch(const QModelIndex &statement) const
{
    // Every word somewhere in the statement: its speaker, id, or any rendering's words or outlet.
    QStringList haystack { statement.data(StatementModel::SpeakerRole).toString(),
        statement.data(StatementModel::StatementIdRole).toString() };
    const QAbstractItemModel *model = sourceModel();
    for (int row = 0, n = model->rowCount(statement); row < n; ++row) {
        const QModelIndex rendering = model->index(row, 0, statement);
        haystack.append(rendering.data(StatementModel::QuoteTextRole).toString());
        haystack.append(rendering.data(StatementModel::OutletRole).toString());
        haystack.append(rendering.data(StatementModel::SpeakerRole).toString());
    }
    const QString text = haystack.join(QLatin1Char('\n'));
    return std::all_of(m_searchWords.cbegin(), m_searchWords.cend(),
        [&text](const QString &word) { return text.contains(word, Qt::CaseInsensitive); });
}

bool StatementFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (sourceParent.isValid())
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_speaker.isEmpty()
        && index.data(StatementModel::SpeakerRole).toString().compare(m_speaker, Qt::CaseInsensitive) != 0)
        return false;
    if (!m_searchWords.isEmpty() && !matchesSearch(index))
        return false;
    if (m_onlyDiffering) {
        if (index.data(StatementModel::HasConflictRole).toBool())
            return true;
        const auto columns = index.data(StatementModel::AlignmentRole).value<QList<AlignmentColumn>>();
        return std::any_of(columns.cbegin(), columns.cend(),
            [](const AlignmentColumn &c) { return c.kind != DiffKind::Same && c.kind != DiffKind::Normalisation; });
    }
    return true;
}

bool StatementFilterModel::hasChildren(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return QSortFilterProxyModel::hasChildren(parent);
    return sourceModel() && sourceModel()->hasChildren(mapToSource(parent));
}
