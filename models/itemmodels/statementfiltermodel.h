// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSortFilterProxyModel>
#include <QStringList>

// Statements of one speaker, matching a search, or only those whose renderings differ in words; renderings
// of an accepted statement are always shown.
class StatementFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit StatementFilterModel(QObject *parent = nullptr);

    // Empty: every speaker. Matched against StatementModel::SpeakerRole, case-insensitively.
    void setSpeaker(const QString &speaker);
    QString speaker() const { return m_speaker; }
    void setOnlyDiffering(bool only);
    bool onlyDiffering() const { return m_onlyDiffering; }
    // Statements holding every word of `text` (case-insensitive) in their speaker, id, or any rendering's
    // words, outlet or credited speaker. Empty: all.
    void setSearchText(const QString &text);

    // Renderings are never filtered: a statement has children when its source row has. Without this, a view laying
    // out every statement asked each whether it had children, and the proxy mapped each one's renderings to answer.
    bool hasChildren(const QModelIndex &parent = {}) const override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    bool matchesSearch(const QModelIndex &statement) const;

    QString m_speaker;
    QStringList m_searchWords;
    bool m_onlyDiffering = false;
};
