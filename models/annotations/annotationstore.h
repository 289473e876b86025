// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annotations/annotation.h"
#include "annotations/annotationchange.h"
#include "core/error.h"

#include <QObject>

#include <functional>

struct Corpus;
class ProjectStore;
class QSqlDatabase;
class QUndoCommand;
class QUndoStack;

// The analyst's annotations: the list in memory, written through to a project file.
// Every change is committed to the project in its own transaction (synchronous=FULL) before
// the list changes and `changed` is emitted: what a listener sees is already on disk.
// The undoable edits (add, change, remove) go through undoStack(); the plain insert/update/remove
// are what the undo commands call, and what tools without undo (the command line) use.
class AnnotationStore : public QObject
{
    Q_OBJECT
public:
    explicit AnnotationStore(QObject *parent = nullptr);
    // Pushes its edits onto `undoStack` (shared with the event edits), which outlives the store.
    AnnotationStore(QUndoStack *undoStack, QObject *parent);
    ~AnnotationStore() override;

    // Loads the project's annotations and writes every later change to it; nullptr keeps them
    // in memory only. The project must outlive the store or be detached first.
    Error setProject(ProjectStore *project);
    ProjectStore *project() const { return m_project; }

    const QList<Annotation> &annotations() const { return m_annotations; }
    int count() const { return int(m_annotations.size()); }
    int indexOf(const QString &id) const;
    const Annotation *find(const QString &id) const;

    QUndoStack *undoStack() const { return m_undoStack; }

    // Undoable edits; each returns the commit's error (then nothing changed and nothing was pushed).
    Error add(const Annotation &annotation);
    Error remove(const QString &id);
    Error setCategory(const QString &id, AnnotationCategory category);
    Error setSeverity(const QString &id, AnnotationSeverity severity);
    // Consecutive note edits of one annotation merge into one undo step.
    Error setNote(const QString &id, const QString &note);
    Error setAnchors(const QString &id, const QList<AnnotationAnchor> &anchors);
    // Replaces everything the dialog edits (category, severity, note, anchors) as one undo step.
    Error edit(const Annotation &edited);

    // Without undo: insert (kept sorted by creation time), replace by id, remove by id.
    Error insertDirect(const Annotation &annotation);
    Error updateDirect(const Annotation &annotation, AnnotationFields fields);
    Error removeDirect(const QString &id);

    // Re-attaches every anchor to the corpus's current text (after a re-import) and commits the
    // result in one transaction. Anchors that cannot be found become orphans, never dropped.
    struct ReanchorReport {
        int attached = 0;
        int moved = 0;
        int fuzzy = 0;
        int orphaned = 0;
        QStringList orphanedAnnotations; // ids with at least one orphaned anchor
    };
    Result<ReanchorReport> reanchor(const Corpus &corpus);

    // The error of the last undo-command step that failed to commit (for push() callers).
    void setLastError(const Error &error) { m_lastError = error; }

Q_SIGNALS:
    void changed(const AnnotationChange &change);
    void errorOccurred(const Error &error);

private:
    Error push(QUndoCommand *command);
    Error commit(const std::function<Error(QSqlDatabase &)> &work);

    ProjectStore *m_project = nullptr;
    QList<Annotation> m_annotations;
    QUndoStack *m_undoStack = nullptr;
    Error m_lastError;
};
