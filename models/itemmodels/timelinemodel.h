// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/analysisresult.h"
#include "itemmodels/annotationlookup.h"

#include <QAbstractItemModel>
#include <QHash>

#include <memory>

// The timeline's data: top-level rows are events (in the result's order, by start date), child rows are
// the event's mentions. One column; views read everything through the roles.
class TimelineModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Roles {
        EventIdRole = Qt::UserRole + 1,
        LabelRole,
        StartDateRole, // QDate
        EndDateRole, // QDate
        PrecisionRole, // int, DatePrecision
        CategoryRole,
        OutletsRole, // QStringList, distinct, in mention order
        MentionCountRole,
        PlaceRole,
        ParticipantsRole, // QStringList
        HasConflictRole,
        ConflictsRole, // QStringList, human-readable
        // mention rows
        ArticleIndexRole,
        ArticleIdRole,
        OutletRole,
        SpanStartRole, // UTF-16
        SpanEndRole,
        TimexTextRole,
        BasisRole, // absolute|relative-to-publication|relative-to-previous
        MentionIdRole, // MentionKey::id(): stable across re-analysis while the article is unchanged
        // event rows
        AnnotationCountRole, // int: annotations anchored on the event or one of its mentions
    };
    Q_ENUM(Roles)

    explicit TimelineModel(QObject *parent = nullptr);

    void setResult(std::shared_ptr<const AnalysisResult> result);
    std::shared_ptr<const AnalysisResult> result() const { return m_result; }
    // Annotation counts for AnnotationCountRole, built from the shown result; changed rows are told
    // with dataChanged, the model is not reset.
    void setAnnotations(std::shared_ptr<const AnnotationLookup> annotations);

    // Each event's outlets as small numbers: the outlet filter tests a mask per event instead of comparing names.
    struct OutletIds {
        QStringList names; // distinct, in first-seen order; an id is an index here
        QList<QList<int>> byEvent; // by event row
    };
    // Each event's outlets (OutletsRole: distinct, in mention order), by event row: a pass over every mention.
    using EventOutlets = QList<QStringList>;
    static EventOutlets eventOutlets(const AnalysisResult &result);
    // Hands over eventOutlets() of `forResult`, worked out off the GUI thread: the outlet filter and the
    // outlet lanes then read each event's outlets instead of going through its mentions every time. Kept only
    // while `forResult` is the model's result; the roles' values are the same with or without it.
    void setEventOutlets(const std::shared_ptr<const AnalysisResult> &forResult,
        std::shared_ptr<const EventOutlets> outlets, std::shared_ptr<const OutletIds> ids = {});

    static OutletIds outletIds(const EventOutlets &outlets);
    // Handed over with setEventOutlets() or, without, worked out here on first use; kept until the next result.
    const std::shared_ptr<const OutletIds> &outletIds() const;

    // AnnotationCountRole of an event row, without a QVariant.
    int annotationCount(int eventRow) const { return m_annotations ? m_annotations->event(eventRow) : 0; }

    // The row of the event with this id, -1 when none; the ids are read once per result.
    int rowOfEvent(const QString &id) const;

    // The event an index shows (the parent event for a mention row); nullptr when invalid.
    const Event *event(const QModelIndex &index) const;
    const EventMention *mention(const QModelIndex &index) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QVariant eventData(int row, int role) const;
    QVariant mentionData(int eventRow, int row, int role) const;
    QString outletOf(int articleIndex) const;
    static QString outletOf(const AnalysisResult &result, int articleIndex);
    static QStringList outletsOf(const AnalysisResult &result, const Event &event);
    QStringList conflictTexts(const Event &event) const;
    QString eventToolTip(const Event &event) const;

    std::shared_ptr<const AnalysisResult> m_result;
    std::shared_ptr<const AnnotationLookup> m_annotations;
    std::shared_ptr<const EventOutlets> m_eventOutlets; // of m_result, or none
    mutable std::shared_ptr<const OutletIds> m_outletIds; // of m_result, or none yet
    mutable QHash<QString, int> m_rowOfEvent; // of m_result, filled on first use
};
