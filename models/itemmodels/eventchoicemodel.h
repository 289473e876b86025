// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/analysisresult.h"

#include <QAbstractListModel>

#include <memory>

// The choices of an event filter: first "all events" (no id), then every event of the result by its label (its id
// when it has none), read from the result as the view asks. A combo box filled item by item made one item per event
// on the GUI thread at every new result: at 100,000 articles, most of the window's block when the result was shown.
class EventChoiceModel : public QAbstractListModel
{
    Q_OBJECT
public:
    // The event's id; empty for the first row.
    static constexpr int IdRole = Qt::UserRole;

    explicit EventChoiceModel(QString allLabel, QObject *parent = nullptr);

    void setResult(std::shared_ptr<const AnalysisResult> result);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QString m_allLabel;
    std::shared_ptr<const AnalysisResult> m_result;
};
