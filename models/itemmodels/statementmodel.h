// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/analysisresult.h"
#include "itemmodels/annotationlookup.h"
#include "itemmodels/statementtable.h"

#include <QAbstractItemModel>
#include <QHash>

#include <memory>

// The quote panel's data: top-level rows are statements (in the result's order), child rows are their
// renderings in Statement::quotes order. One column; views read everything through the roles.
class StatementModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Roles {
        StatementIdRole = Qt::UserRole + 1,
        SpeakerRole, // canonical; empty when unknown (rendering rows: as credited by that article)
        // int SpeakerKind of SpeakerRole; a statement's is organisation when a rendering credits its
        // speaker as one, else person when one does
        SpeakerKindRole,
        GistRole, // the reference rendering's opening words
        OutletCountRole, // int, distinct outlets among the renderings
        RenderingCountRole, // int
        MinSimilarityRole, // double 0..1, as the comparison shows it (pieces against their part of the reference)
        HasConflictRole, // bool
        AlignmentRole, // QList<AlignmentColumn>
        ReferenceQuoteIdRole,
        StatementIndexRole, // index into AnalysisResult::statements (also on rendering rows)
        // rendering rows
        QuoteIdRole,
        ArticleIndexRole,
        ArticleIdRole,
        OutletRole,
        QuoteTextRole,
        SimilarityRole, // double 0..1 against the reference, as the comparison shows it
        KindRole, // direct|fragment|term
        SpanStartRole, // UTF-16 index into the article text
        SpanEndRole,
        SpeakerCueRole,
        IsReferenceRole, // bool
        ContextRole, // the sentence(s) around the quote
        UrlRole,
        // both kinds of rows
        AnnotationCountRole, // int: annotations on the rendering; on a statement, on it or any rendering
    };
    Q_ENUM(Roles)

    explicit StatementModel(QObject *parent = nullptr);

    // Values a pass over a statement's renderings gives are worked out for the rows asked for, until
    // setTable() hands over the whole result's (built on a worker: the quote panel does).
    void setResult(std::shared_ptr<const AnalysisResult> result);
    // The result's StatementTable; ignored unless complete and for the current result.
    void setTable(const std::shared_ptr<const StatementTable> &table);
    bool hasTable() const { return m_table != nullptr; }
    // Statements with more renderings are not scored on the GUI thread before the table comes: their
    // similarities are the analysis's own until then (and dataChanged tells the views when they are scored).
    static constexpr int LargestScoredAtOnce = 200;
    std::shared_ptr<const AnalysisResult> result() const { return m_result; }
    // Annotation counts for AnnotationCountRole, built from a result with these quotes and statements;
    // changed rows are told with dataChanged, the model is not reset.
    void setAnnotations(std::shared_ptr<const AnnotationLookup> annotations);

    // The statement an index shows (the parent statement for a rendering row); nullptr when invalid.
    const Statement *statement(const QModelIndex &index) const;
    // The quote a rendering row shows; nullptr for statement rows.
    const Quote *quote(const QModelIndex &index) const;

    // The first words of `text`, cut at a word boundary near `maxChars`.
    static QString gist(const QString &text, int maxChars = 80);
    // The sentence(s) of `article` around `span`, line breaks as spaces.
    static QString context(const Article &article, TextSpan span);
    // True when a statement's renderings differ in more than spelling, case or punctuation.
    static bool differs(const Statement &statement);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QVariant statementData(int row, int role) const;
    QVariant renderingData(int statementRow, int row, int role) const;
    QString outletOf(int articleIndex) const;
    QString speakerText(const QString &speaker) const;
    // A statement row's StatementTable values: from m_table, else worked out once into m_lazy.
    const QList<double> &similarity(int row) const;
    double minSimilarity(int row) const;
    int outletCount(int row) const;
    SpeakerKind speakerKind(int row) const;

    std::shared_ptr<const AnalysisResult> m_result;
    std::shared_ptr<const StatementTable> m_table;
    // Until m_table comes: the rows worked out so far (NaN, -1: not yet).
    mutable StatementTable m_lazy;
    mutable QList<bool> m_lazySimilarity;
    mutable QList<int> m_lazySpeakerKind;
    mutable bool m_standIns = false; // a large statement's analysis similarities stand in for the table's
    std::shared_ptr<const AnnotationLookup> m_annotations;
};
