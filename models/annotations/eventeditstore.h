// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annotations/eventedit.h"
#include "core/error.h"

#include <QObject>

class ProjectStore;
class QUndoStack;

// The analyst's event edits: an ordered log, committed to the project before `changed` is emitted,
// undoable on a shared QUndoStack (the annotations' one, so undo covers all of the analyst's work).
class EventEditStore : public QObject
{
    Q_OBJECT
public:
    explicit EventEditStore(QUndoStack *undoStack, QObject *parent = nullptr);

    Error setProject(ProjectStore *project);
    const QList<EventEdit> &edits() const { return m_edits; }

    // Undoable: appends `edit` to the log.
    Error add(const EventEdit &edit);

    // What the undo command calls.
    Result<qint64> appendDirect(const EventEdit &edit);
    Error removeDirect(qint64 seq);
    void setLastError(const Error &error) { m_lastError = error; }

Q_SIGNALS:
    void changed();
    void errorOccurred(const Error &error);

private:
    ProjectStore *m_project = nullptr;
    QUndoStack *m_undoStack;
    QList<EventEdit> m_edits;
    qint64 m_nextSeq = 1; // for a store without a project
    Error m_lastError;
};
