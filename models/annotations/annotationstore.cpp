// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotations/annotationstore.h"

#include "annotations/anchorresolver.h"
#include "annotations/annotationcommands.h"
#include "annotations/annotationtable.h"
#include "core/logging.h"
#include "corpus/corpus.h"
#include "storage/projectstore.h"

#include <QUndoStack>

#include <algorithm>

namespace
{
bool createdBefore(const Annotation &a, const Annotation &b)
{
    return a.created != b.created ? a.created < b.created : a.id < b.id;
}

Error notFound(const QString &id)
{
    return { Error::Code::InvalidArgument, AnnotationStore::tr("no annotation with id %1").arg(id) };
}
}

AnnotationStore::AnnotationStore(QObject *parent)
    : QObject(parent)
    , m_undoStack(new QUndoStack(this))
{
}

AnnotationStore::AnnotationStore(QUndoStack *undoStack, QObject *parent)
    : QObject(parent)
    , m_undoStack(undoStack)
{
}

AnnotationStore::~AnnotationStore() = default;

Error AnnotationStore::setProject(ProjectStore *project)
{
    QList<Annotation> loaded;
    if (project) {
        QSqlDatabase db = project->database();
        auto all = AnnotationTable::loadAll(db);
        if (!all.ok()) {
            Q_EMIT errorOccurred(all.error());
            return all.error();
        }
        loaded = std::move(all.value());
    }
    m_project = project;
    m_annotations = std::move(loaded);
    m_undoStack->clear();
    Logging::get("annotations")->info("{} annotations loaded", m_annotations.size());
    Q_EMIT changed({ AnnotationChange::Kind::Reset, {}, -1, AnnotationField::All });
    return {};
}

int AnnotationStore::indexOf(const QString &id) const
{
    for (int i = 0; i < m_annotations.size(); ++i) {
        if (m_annotations.at(i).id == id)
            return i;
    }
    return -1;
}

const Annotation *AnnotationStore::find(const QString &id) const
{
    const int i = indexOf(id);
    return i < 0 ? nullptr : &m_annotations.at(i);
}

Error AnnotationStore::commit(const std::function<Error(QSqlDatabase &)> &work)
{
    if (!m_project)
        return {};
    Error error = m_project->write(work);
    if (!error.ok()) {
        Logging::get("annotations")->error("change not saved: {}", error.message.toStdString());
        Q_EMIT errorOccurred(error);
    }
    return error;
}

Error AnnotationStore::insertDirect(const Annotation &annotation)
{
    if (annotation.id.isEmpty() || indexOf(annotation.id) >= 0)
        return { Error::Code::InvalidArgument, tr("annotation id %1 is empty or already used").arg(annotation.id) };
    if (Error e = commit([&](QSqlDatabase &db) { return AnnotationTable::put(db, annotation); }); !e.ok())
        return e;
    const auto at = std::upper_bound(m_annotations.cbegin(), m_annotations.cend(), annotation, createdBefore);
    const int index = int(at - m_annotations.cbegin());
    m_annotations.insert(index, annotation);
    Q_EMIT changed({ AnnotationChange::Kind::Added, annotation.id, index, AnnotationField::All });
    return {};
}

Error AnnotationStore::updateDirect(const Annotation &annotation, AnnotationFields fields)
{
    const int index = indexOf(annotation.id);
    if (index < 0)
        return notFound(annotation.id);
    if (Error e = commit([&](QSqlDatabase &db) { return AnnotationTable::put(db, annotation); }); !e.ok())
        return e;
    m_annotations[index] = annotation;
    Q_EMIT changed({ AnnotationChange::Kind::Changed, annotation.id, index, fields });
    return {};
}

Error AnnotationStore::removeDirect(const QString &id)
{
    const int index = indexOf(id);
    if (index < 0)
        return notFound(id);
    if (Error e = commit([&](QSqlDatabase &db) { return AnnotationTable::remove(db, id); }); !e.ok())
        return e;
    m_annotations.removeAt(index);
    Q_EMIT changed({ AnnotationChange::Kind::Removed, id, index, AnnotationField::All });
    return {};
}

Error AnnotationStore::push(QUndoCommand *command)
{
    m_lastError = {};
    m_undoStack->push(command);
    return m_lastError;
}

Error AnnotationStore::add(const Annotation &annotation)
{
    return push(new AddAnnotationCommand(this, annotation));
}

Error AnnotationStore::remove(const QString &id)
{
    const Annotation *current = find(id);
    if (!current)
        return notFound(id);
    return push(new RemoveAnnotationCommand(this, *current));
}

Error AnnotationStore::setCategory(const QString &id, AnnotationCategory category)
{
    if (!find(id))
        return notFound(id);
    return push(new ChangeAnnotationValue<AnnotationCategory>(
        this, id, &Annotation::category, category, AnnotationField::Category, false));
}

Error AnnotationStore::setSeverity(const QString &id, AnnotationSeverity severity)
{
    if (!find(id))
        return notFound(id);
    return push(new ChangeAnnotationValue<AnnotationSeverity>(
        this, id, &Annotation::severity, severity, AnnotationField::Severity, false));
}

Error AnnotationStore::setNote(const QString &id, const QString &note)
{
    if (!find(id))
        return notFound(id);
    return push(new ChangeAnnotationValue<QString>(this, id, &Annotation::note, note, AnnotationField::Note, true));
}

Error AnnotationStore::setAnchors(const QString &id, const QList<AnnotationAnchor> &anchors)
{
    if (!find(id))
        return notFound(id);
    return push(new ChangeAnnotationValue<QList<AnnotationAnchor>>(
        this, id, &Annotation::anchors, anchors, AnnotationField::Anchors, false));
}

Error AnnotationStore::edit(const Annotation &edited)
{
    const Annotation *current = find(edited.id);
    if (!current)
        return notFound(edited.id);
    Annotation after = edited;
    after.created = current->created; // the creation time orders the list; it never changes
    after.modified = QDateTime::currentDateTimeUtc();
    return push(new EditAnnotationCommand(this, *current, after));
}

Result<AnnotationStore::ReanchorReport> AnnotationStore::reanchor(const Corpus &corpus)
{
    ReanchorReport report;
    QList<int> changedRows;
    QList<Annotation> updated = m_annotations;
    for (int row = 0; row < updated.size(); ++row) {
        Annotation &a = updated[row];
        const bool changedAny = AnchorResolver::reattach(a, corpus);
        bool orphan = false;
        for (const AnnotationAnchor &anchor : std::as_const(a.anchors)) {
            if (anchor.target.articleId.isEmpty())
                continue;
            switch (anchor.state) {
            case AnchorState::Attached:
                ++report.attached;
                break;
            case AnchorState::Moved:
                ++report.moved;
                break;
            case AnchorState::Fuzzy:
                ++report.fuzzy;
                break;
            case AnchorState::Orphaned:
                ++report.orphaned;
                orphan = true;
                break;
            }
        }
        if (orphan)
            report.orphanedAnnotations.append(a.id);
        if (changedAny)
            changedRows.append(row);
    }
    if (changedRows.isEmpty())
        return report;
    // A read-only project shows the anchors as they resolve now; it keeps them as they were stored.
    const bool readOnly = m_project && m_project->isReadOnly();
    const Error error = readOnly ? Error {} : commit([&](QSqlDatabase &db) -> Error {
        for (int row : std::as_const(changedRows)) {
            if (Error e = AnnotationTable::put(db, updated.at(row)); !e.ok())
                return e;
        }
        return {};
    });
    if (!error.ok())
        return error;
    m_annotations = std::move(updated);
    // Older commands hold anchors of the previous text; undoing them would undo the re-import.
    m_undoStack->clear();
    for (int row : std::as_const(changedRows))
        Q_EMIT changed({ AnnotationChange::Kind::Changed, m_annotations.at(row).id, row, AnnotationField::Anchors });
    Logging::get("annotations")
        ->info("re-anchored: {} attached, {} moved, {} fuzzy, {} orphaned", report.attached, report.moved, report.fuzzy,
            report.orphaned);
    return report;
}
