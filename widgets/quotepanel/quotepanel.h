// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annotations/annotation.h"
#include "core/textspan.h"

#include <QWidget>

#include <atomic>
#include <memory>

struct AnalysisResult;
struct AnnotationLookup;
class ComparisonView;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QModelIndex;
class QSplitter;
class QToolButton;
class QTreeView;
class StatementFilterModel;
class StatementModel;

// The analyst's quote panel: the statements (search, filter by speaker, only where outlets differ, sort), and for the
// selected one every outlet's rendering side by side. Up/Down go through statements, Left/Right through
// renderings, Enter or a click opens the rendering in its article, Ctrl+C copies it as a citation.
class QuotePanel : public QWidget
{
    Q_OBJECT
public:
    enum class SortOrder { Corpus, Divergence, Outlets, Speaker };
    Q_ENUM(SortOrder)

    explicit QuotePanel(QWidget *parent = nullptr);
    ~QuotePanel() override;

    // Shows the result at once: the list works out what its visible rows show, while a worker builds
    // the whole StatementTable, which the list takes when it is done (sorting by divergence or outlets).
    void setResult(std::shared_ptr<const AnalysisResult> result);
    // Which statements and renderings carry annotations (badges in the list and by the outlets).
    void setAnnotations(std::shared_ptr<const AnnotationLookup> annotations);

    // Selects a statement (from the timeline or the article view); clears filters that hide it.
    // Does not emit statementSelected: the selection came from outside.
    void selectStatement(const QString &statementId);
    QString currentStatementId() const;

    // Empty = every speaker.
    void setSpeakerFilter(const QString &speaker);
    void setOnlyDiffering(bool only);
    // Statements with every word of `text` in a rendering, its outlet or the speaker; empty shows all.
    void setSearchText(const QString &text);
    void setSortOrder(SortOrder order);
    // The ids of the statements the list shows, in its order.
    QStringList shownStatements() const;
    QToolButton *exportButton() const { return m_export; }

    QTreeView *statementView() const { return m_list; }
    StatementModel *statementModel() const { return m_model; }
    // The menu a right click opens (on the statement list, or with `withRendering` on the current
    // rendering in the comparison, `segment` the aligned cell under the pointer); the caller owns it.
    // Tests trigger its actions.
    QMenu *createAnnotateMenu(bool withRendering, QWidget *parent, int segment = -1);
    // "N statement(s)" under the list: how many the filters let through.
    QString statementCountText() const;
    ComparisonView *comparisonView() const { return m_comparison; }
    StatementFilterModel *statementFilter() const { return m_filter; }

Q_SIGNALS:
    // Open the article at the quote.
    void quoteActivated(const QString &quoteId);
    // The analyst selected a statement (the timeline can highlight its events).
    void statementSelected(const QString &statementId);
    // The analyst asked to annotate a discrepancy in a statement (every rendering) or in one rendering.
    void annotateStatementRequested(const QString &statementId);
    void annotateQuoteRequested(const QString &quoteId);
    // A discrepancy between renderings in one step: each anchored on its own words, named by its outlet.
    void annotateAnchorsRequested(const QList<AnnotationAnchor> &anchors, AnnotationCategory category);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fillSpeakers();
    // Starts the worker that builds the StatementTable of m_result, cancelling the one before.
    void buildTable();
    void onCurrentChanged(const QModelIndex &current);
    void moveStatement(int delta);
    void moveRendering(int delta);
    // Asks for a file and writes the statements as HTML, CSV or PNG.
    void exportStatements(const QStringList &statementIds);
    void showAnnotateMenu(const QPoint &globalPos, bool withRendering, int segment = -1);
    void updateRenderingMarks();

    std::shared_ptr<const AnalysisResult> m_result;
    StatementModel *m_model = nullptr;
    StatementFilterModel *m_filter = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_speaker = nullptr;
    QCheckBox *m_onlyDiffering = nullptr;
    QComboBox *m_sort = nullptr;
    QToolButton *m_export = nullptr;
    QLabel *m_count = nullptr;
    QTreeView *m_list = nullptr;
    ComparisonView *m_comparison = nullptr;
    QSplitter *m_splitter = nullptr;
    bool m_selectingFromOutside = false;
    std::shared_ptr<std::atomic_bool> m_tableCancel;
    bool m_speakersPending = false; // the speaker filter's entries are being listed on a worker
};
