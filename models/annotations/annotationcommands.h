// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annotations/annotationstore.h"

#include <QCoreApplication>
#include <QUndoCommand>

// One undo command per kind of edit (Tiled's pattern). A command whose commit fails marks
// itself obsolete, so QUndoStack drops it and the store reports the error.

class AddAnnotationCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(AnnotationCommands)

public:
    AddAnnotationCommand(AnnotationStore *store, Annotation annotation, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    AnnotationStore *m_store;
    Annotation m_annotation;
};

class RemoveAnnotationCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(AnnotationCommands)

public:
    RemoveAnnotationCommand(AnnotationStore *store, Annotation annotation, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    AnnotationStore *m_store;
    Annotation m_annotation;
};

// Replaces a whole annotation (the "Annotate discrepancy…" dialog's OK).
class EditAnnotationCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(AnnotationCommands)

public:
    EditAnnotationCommand(AnnotationStore *store, Annotation before, Annotation after, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    void apply(const Annotation &annotation);
    AnnotationStore *m_store;
    Annotation m_before;
    Annotation m_after;
};

// Merge ids of the mergeable commands.
enum class AnnotationCommandId { ChangeValue = 1000 };

// The generic "change a value" command: sets one member of one annotation. Consecutive changes
// of the same member of the same annotation merge into one undo step when `mergeable`.
template<typename T>
class ChangeAnnotationValue : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(AnnotationCommands)

public:
    ChangeAnnotationValue(AnnotationStore *store, const QString &id, T Annotation::*member, T value,
        AnnotationField field, bool mergeable, QUndoCommand *parent = nullptr)
        : QUndoCommand(parent)
        , m_store(store)
        , m_id(id)
        , m_member(member)
        , m_new(std::move(value))
        , m_field(field)
        , m_mergeable(mergeable)
    {
        setText(tr("Change annotation"));
        if (const Annotation *current = store->find(id)) {
            m_old = current->*member;
            m_oldModified = current->modified;
        }
    }

    void redo() override { apply(m_new, QDateTime::currentDateTimeUtc()); }
    void undo() override { apply(m_old, m_oldModified); }
    int id() const override { return m_mergeable ? int(AnnotationCommandId::ChangeValue) : -1; }

    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *next = dynamic_cast<const ChangeAnnotationValue<T> *>(other);
        if (!next || next->isObsolete() || next->m_id != m_id || next->m_member != m_member)
            return false;
        m_new = next->m_new;
        if (m_new == m_old)
            setObsolete(true); // typed and then deleted again: nothing left to undo
        return true;
    }

private:
    void apply(const T &value, const QDateTime &modified)
    {
        const Annotation *current = m_store->find(m_id);
        if (!current) {
            setObsolete(true);
            return;
        }
        Annotation changed = *current;
        changed.*m_member = value;
        changed.modified = modified;
        const Error error = m_store->updateDirect(changed, m_field);
        if (!error.ok()) {
            m_store->setLastError(error);
            setObsolete(true);
        }
    }

    AnnotationStore *m_store;
    QString m_id;
    T Annotation::*m_member;
    T m_old {};
    T m_new;
    QDateTime m_oldModified;
    AnnotationField m_field;
    bool m_mergeable;
};
