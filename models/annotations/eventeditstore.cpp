// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotations/eventeditstore.h"

#include "annotations/eventedittable.h"
#include "storage/projectstore.h"

#include <QUndoCommand>
#include <QUndoStack>

namespace
{
class AddEventEditCommand : public QUndoCommand
{
public:
    AddEventEditCommand(EventEditStore *store, const EventEdit &edit)
        : QUndoCommand(EventEditStore::tr("Edit events (%1)").arg(eventEditKindName(edit.kind)))
        , m_store(store)
        , m_edit(edit)
    {
    }

    void redo() override
    {
        // The first redo numbers the edit; later redos put it back under the same number.
        auto seq = m_store->appendDirect(m_edit);
        if (!seq.ok()) {
            m_store->setLastError(seq.error());
            setObsolete(true);
            return;
        }
        m_edit.seq = seq.value();
    }

    void undo() override
    {
        if (Error e = m_store->removeDirect(m_edit.seq); !e.ok()) {
            m_store->setLastError(e);
            setObsolete(true);
        }
    }

private:
    EventEditStore *m_store;
    EventEdit m_edit;
};
}

EventEditStore::EventEditStore(QUndoStack *undoStack, QObject *parent)
    : QObject(parent)
    , m_undoStack(undoStack)
{
}

Error EventEditStore::setProject(ProjectStore *project)
{
    QList<EventEdit> loaded;
    if (project) {
        QSqlDatabase db = project->database();
        auto all = EventEditTable::loadAll(db);
        if (!all.ok())
            return all.error();
        loaded = std::move(all.value());
    }
    m_project = project;
    m_edits = std::move(loaded);
    m_nextSeq = m_edits.isEmpty() ? 1 : m_edits.constLast().seq + 1;
    Q_EMIT changed();
    return {};
}

Error EventEditStore::add(const EventEdit &edit)
{
    m_lastError = {};
    EventEdit fresh = edit;
    fresh.seq = 0;
    if (!fresh.created.isValid())
        fresh.created = QDateTime::currentDateTimeUtc();
    m_undoStack->push(new AddEventEditCommand(this, fresh));
    return m_lastError;
}

Result<qint64> EventEditStore::appendDirect(const EventEdit &edit)
{
    EventEdit stored = edit;
    if (m_project) {
        Result<qint64> seq = qint64(0);
        const Error error = m_project->write([&](QSqlDatabase &db) -> Error {
            seq = EventEditTable::put(db, stored);
            return seq.ok() ? Error {} : seq.error();
        });
        if (!error.ok()) {
            Q_EMIT errorOccurred(error);
            return error;
        }
        stored.seq = seq.value();
    } else if (stored.seq <= 0) {
        stored.seq = m_nextSeq;
    }
    m_nextSeq = std::max(m_nextSeq, stored.seq + 1);
    // Kept in seq order: a redo puts an edit back in its old place.
    const auto at = std::upper_bound(
        m_edits.begin(), m_edits.end(), stored.seq, [](qint64 seq, const EventEdit &e) { return seq < e.seq; });
    m_edits.insert(at, stored);
    Q_EMIT changed();
    return stored.seq;
}

Error EventEditStore::removeDirect(qint64 seq)
{
    if (m_project) {
        Error error = m_project->write([&](QSqlDatabase &db) { return EventEditTable::remove(db, seq); });
        if (!error.ok()) {
            Q_EMIT errorOccurred(error);
            return error;
        }
    }
    m_edits.removeIf([seq](const EventEdit &e) { return e.seq == seq; });
    Q_EMIT changed();
    return {};
}
