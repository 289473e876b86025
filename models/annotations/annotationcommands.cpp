// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotations/annotationcommands.h"

#include <utility>

namespace
{
void failed(AnnotationStore *store, QUndoCommand *command, const Error &error)
{
    if (error.ok())
        return;
    store->setLastError(error);
    command->setObsolete(true);
}
}

AddAnnotationCommand::AddAnnotationCommand(AnnotationStore *store, Annotation annotation, QUndoCommand *parent)
    : QUndoCommand(tr("Add annotation"), parent)
    , m_store(store)
    , m_annotation(std::move(annotation))
{
}

void AddAnnotationCommand::redo()
{
    failed(m_store, this, m_store->insertDirect(m_annotation));
}

void AddAnnotationCommand::undo()
{
    failed(m_store, this, m_store->removeDirect(m_annotation.id));
}

RemoveAnnotationCommand::RemoveAnnotationCommand(AnnotationStore *store, Annotation annotation, QUndoCommand *parent)
    : QUndoCommand(tr("Delete annotation"), parent)
    , m_store(store)
    , m_annotation(std::move(annotation))
{
}

void RemoveAnnotationCommand::redo()
{
    failed(m_store, this, m_store->removeDirect(m_annotation.id));
}

void RemoveAnnotationCommand::undo()
{
    failed(m_store, this, m_store->insertDirect(m_annotation));
}

EditAnnotationCommand::EditAnnotationCommand(
    AnnotationStore *store, Annotation before, Annotation after, QUndoCommand *parent)
    : QUndoCommand(tr("Edit annotation"), parent)
    , m_store(store)
    , m_before(std::move(before))
    , m_after(std::move(after))
{
}

void EditAnnotationCommand::redo()
{
    apply(m_after);
}

void EditAnnotationCommand::undo()
{
    apply(m_before);
}

void EditAnnotationCommand::apply(const Annotation &annotation)
{
    failed(m_store, this, m_store->updateDirect(annotation, AnnotationField::All));
}
