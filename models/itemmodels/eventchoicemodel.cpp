// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "itemmodels/eventchoicemodel.h"

#include <utility>

EventChoiceModel::EventChoiceModel(QString allLabel, QObject *parent)
    : QAbstractListModel(parent)
    , m_allLabel(std::move(allLabel))
{
}

void EventChoiceModel::setResult(std::shared_ptr<const AnalysisResult> result)
{
    beginResetModel();
    m_result = std::move(result);
    endResetModel();
}

int EventChoiceModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return 1 + (m_result ? int(m_result->events.size()) : 0);
}

QVariant EventChoiceModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    if (index.row() == 0) {
        if (role == Qt::DisplayRole)
            return m_allLabel;
        return role == IdRole ? QVariant(QString()) : QVariant();
    }
    const Event &event = m_result->events.at(index.row() - 1);
    if (role == Qt::DisplayRole)
        return event.label.isEmpty() ? event.id : event.label;
    if (role == IdRole)
        return event.id;
    return {};
}
