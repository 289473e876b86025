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

bool StatementFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (sourceParent.isValid())
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_speaker.isEmpty()
        && index.data(StatementModel::SpeakerRole).toString().compare(m_speaker, Qt::CaseInsensitive) != 0)
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
