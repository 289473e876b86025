// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annotations/annotation.h"

#include <QSortFilterProxyModel>

// Filters AnnotationModel rows by category, outlet, event, orphans and free text.
// Every filter left empty lets all rows through.
class AnnotationFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit AnnotationFilterModel(QObject *parent = nullptr);

    void setCategories(const QList<AnnotationCategory> &categories);
    void setOutlet(const QString &outlet);
    void setEventId(const QString &eventId);
    void setArticleId(const QString &articleId);
    // Matches the note, the annotated texts, the author, the roles and the category's label.
    void setSearchText(const QString &text);
    void setOnlyOrphans(bool only);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QList<int> m_categories;
    QString m_outlet;
    QString m_eventId;
    QString m_articleId;
    QString m_search;
    bool m_onlyOrphans = false;
};
