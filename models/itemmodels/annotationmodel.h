// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/analysisresult.h"
#include "annotations/annotation.h"
#include "annotations/annotationstore.h"

#include <QAbstractTableModel>
#include <QPointer>

#include <memory>

// The annotations of an AnnotationStore, one row each, kept in step with the store's changes.
// Outlets come from the current analysis (article id -> outlet); views read through the roles.
class AnnotationModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Columns {
        CategoryColumn,
        SeverityColumn,
        TextColumn, // the annotated words (the first anchor's, "+N" for the others)
        NoteColumn,
        OutletsColumn,
        AuthorColumn,
        ModifiedColumn,
        ColumnCount
    };
    Q_ENUM(Columns)

    enum Roles {
        IdRole = Qt::UserRole + 1,
        CategoryRole, // int, AnnotationCategory
        CategoryNameRole, // "wording-changed"
        SeverityRole, // int, AnnotationSeverity
        NoteRole,
        AuthorRole,
        CreatedRole, // QDateTime, UTC
        ModifiedRole,
        AnchorCountRole,
        RolesRole, // QStringList, each anchor's role
        OutletsRole, // QStringList, distinct outlets of the anchored articles
        ArticleIdsRole, // QStringList
        EventIdsRole, // QStringList, events the anchors name
        QuoteIdsRole,
        StatementIdsRole,
        ExactTextsRole, // QStringList, each anchor's annotated text
        HasOrphansRole, // bool
        AnnotationRole, // QVariant::fromValue(Annotation)
    };
    Q_ENUM(Roles)

    explicit AnnotationModel(QObject *parent = nullptr);

    void setStore(AnnotationStore *store);
    AnnotationStore *store() const { return m_store; }
    void setResult(std::shared_ptr<const AnalysisResult> result);

    const Annotation *annotation(const QModelIndex &index) const;
    QModelIndex indexOf(const QString &id, int column = 0) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    void onChanged(const AnnotationChange &change);
    QStringList outletsOf(const Annotation &annotation) const;
    QString toolTip(const Annotation &annotation) const;

    QPointer<AnnotationStore> m_store;
    // A copy of the store's list, so that rows change only between begin/end notifications.
    QList<Annotation> m_rows;
    std::shared_ptr<const AnalysisResult> m_result;
    mutable QHash<QString, QString> m_outletOfArticle; // article id to outlet, built on first use
};
