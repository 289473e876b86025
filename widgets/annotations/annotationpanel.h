// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/analysisresult.h"
#include "annotations/annotation.h"
#include "core/error.h"
#include "core/textspan.h"

#include <QWidget>

#include <functional>
#include <memory>

class AnnotationFilterModel;
class AnnotationModel;
class AnnotationStore;
class EventChoiceModel;
class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QTreeView;

// The annotations panel: the list with filters (category, outlet, event, orphans, search), the annotated
// words, jump to an anchor (Enter, again for the next; or any from the context menu), edit (F2 or a
// double-click: the Annotate dialog), delete, and undo/redo of the store's QUndoStack.
class AnnotationPanel : public QWidget
{
    Q_OBJECT
public:
    explicit AnnotationPanel(QWidget *parent = nullptr);

    void setStore(AnnotationStore *store);
    void setResult(std::shared_ptr<const AnalysisResult> result);

    // The selected annotation's id, or empty.
    QString currentId() const;
    void selectAnnotation(const QString &id);
    // Shows only the annotations of one event ("" for all), e.g. the one picked on the timeline.
    void setEventFilter(const QString &eventId);

    QAction *undoAction() const { return m_undo; }
    QAction *redoAction() const { return m_redo; }
    QAction *editAction() const { return m_edit; }
    QAction *deleteAction() const { return m_delete; }
    QAction *exportAction() const { return m_export; }

    enum class ExportFormat { Json, Csv, W3c, Markdown };
    // The annotations the list shows (all of them when no filter hides any), in the list's order.
    QList<Annotation> shownAnnotations() const;
    // Writes `annotations` to `path`; empty on success, else what went wrong. The Markdown report embeds
    // a timeline picture written beside it when a timeline writer is set.
    Error exportTo(const QString &path, ExportFormat format, const QList<Annotation> &annotations) const;
    // Writes the corpus timeline as a picture at the path it is given; empty on success, else an error.
    using TimelineWriter = std::function<Error(const QString &path)>;
    void setTimelineWriter(TimelineWriter writer) { m_timelineWriter = std::move(writer); }
    // The project's name for the exports' titles.
    void setProjectName(const QString &name) { m_projectName = name; }
    QTreeView *view() const { return m_view; }
    // "Show Anchor": one entry per anchor of the current annotation (orphans disabled).
    QMenu *anchorMenu() const { return m_anchors; }
    // Shows anchor `anchor` (an index into the current annotation's anchors).
    void showAnchor(int anchor);
    AnnotationFilterModel *filterModel() const { return m_filter; }

Q_SIGNALS:
    // Show this anchor: the article and the span (UTF-16) in its current text.
    void anchorActivated(const QString &articleId, TextSpan span);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    static QList<int> reachableAnchors(const Annotation &annotation);
    void fillAnchorMenu();
    void placeEmptyHint();
    void editCurrent();
    void deleteCurrent();
    // Asks for a file (JSON, CSV, W3C Web Annotation, Markdown report) and writes the shown annotations.
    void exportShown();
    void jumpToCurrent();
    void updateActions();
    void fillFilters();
    void updateSummary();

    AnnotationStore *m_store = nullptr;
    std::shared_ptr<const AnalysisResult> m_result;
    AnnotationModel *m_model;
    AnnotationFilterModel *m_filter;
    QLineEdit *m_search;
    QComboBox *m_category;
    QComboBox *m_outlet;
    QComboBox *m_event;
    EventChoiceModel *m_eventChoices;
    QCheckBox *m_orphans;
    QTreeView *m_view;
    QLabel *m_summary;
    QAction *m_undo = nullptr;
    QAction *m_redo = nullptr;
    QAction *m_edit;
    QAction *m_delete;
    QAction *m_jump;
    QAction *m_export;
    QMenu *m_anchors;
    QAction *m_anchorsAction = nullptr;
    QLabel *m_empty;
    int m_nextAnchor = 0; // which reachable anchor Enter shows next
    TimelineWriter m_timelineWriter;
    QString m_projectName;
};
