// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/analysisresult.h"
#include "annotations/annotation.h"
#include "core/textspan.h"

#include <QWidget>

#include <memory>

class AnnotationFilterModel;
class AnnotationModel;
class AnnotationStore;
class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTreeView;

// The annotations panel: the list with filters (category, outlet, event, orphans, search), jump to
// an anchor, edit (the Annotate dialog), delete, and undo/redo of the store's QUndoStack.
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
    QTreeView *view() const { return m_view; }
    AnnotationFilterModel *filterModel() const { return m_filter; }

Q_SIGNALS:
    // Show this anchor: the article and the span (UTF-16) in its current text.
    void anchorActivated(const QString &articleId, TextSpan span);

private:
    void editCurrent();
    void deleteCurrent();
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
    QCheckBox *m_orphans;
    QTreeView *m_view;
    QLabel *m_summary;
    QAction *m_undo = nullptr;
    QAction *m_redo = nullptr;
    QAction *m_edit;
    QAction *m_delete;
    QAction *m_jump;
};
