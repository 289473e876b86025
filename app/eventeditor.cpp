// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventeditor.h"

#include "actionregistry.h"
#include "annotations/eventeditapplier.h"
#include "document/projectdocument.h"
#include "eventedit/eventformdialog.h"
#include "eventedit/eventpickerdialog.h"
#include "eventedit/mentionpickerdialog.h"
#include "itemmodels/timelinemodel.h"
#include "timeline/timelineview.h"

#include <QDialogButtonBox>
#include <QInputDialog>
#include <QMenu>
#include <QPushButton>

EventEditor::EventEditor(ProjectDocument *document, TimelineView *timeline, QAbstractItemModel *events,
    const ActionRegistry &actions, QWidget *window)
    : QObject(window)
    , m_document(document)
    , m_timeline(timeline)
    , m_events(events)
    , m_window(window)
{
    connect(m_timeline, &TimelineView::eventMenuRequested, this, &EventEditor::addActions);
    createMenu(actions);
}

void EventEditor::createMenu(const ActionRegistry &actions)
{
    // Edit > Events acts on the event selected on the timeline.
    QMenu *edit = actions.menu(QStringLiteral("edit"));
    if (!edit)
        return;
    QMenu *events = edit->addMenu(tr("E&vents"));
    events->setObjectName(QStringLiteral("eventsMenu"));
    connect(events, &QMenu::aboutToShow, this, [this, events] {
        events->clear();
        addActions(events, m_timeline->selectedEvent());
    });
    // Filled when shown; one placeholder keeps the submenu enabled until then.
    events->addAction(tr("Add &Event…"), this, &EventEditor::promptAdd);
}

void EventEditor::addActions(QMenu *menu, const QString &id)
{
    if (!menu->isEmpty())
        menu->addSeparator();
    if (const Event *event = find(id)) {
        const qsizetype mentions = event->mentions.size();
        const qsizetype count = m_document->result()->events.size();
        QAction *rename = menu->addAction(tr("&Rename Event…"), this, [this, id] { promptRename(id); });
        rename->setObjectName(QStringLiteral("renameEvent"));
        QAction *merge = menu->addAction(tr("&Merge With…"), this, [this, id] { promptMerge(id); });
        merge->setObjectName(QStringLiteral("mergeEvent"));
        merge->setEnabled(count > 1);
        QAction *split = menu->addAction(tr("&Split Off Mentions…"), this, [this, id] { promptSplit(id); });
        split->setObjectName(QStringLiteral("splitEvent"));
        split->setEnabled(mentions > 1);
        QAction *move = menu->addAction(tr("Move a Me&ntion to…"), this, [this, id] { promptMoveMention(id); });
        move->setObjectName(QStringLiteral("moveMention"));
        move->setEnabled(mentions > 0 && count > 1);
        QAction *remove = menu->addAction(tr("&Delete Event"), this, [this, id] { this->remove(id); });
        remove->setObjectName(QStringLiteral("deleteEvent"));
        menu->addSeparator();
    }
    QAction *add = menu->addAction(tr("Add &Event…"), this, &EventEditor::promptAdd);
    add->setObjectName(QStringLiteral("addEvent"));
    add->setEnabled(m_document->result() != nullptr);
}

QModelIndex EventEditor::rowOf(const QString &eventId) const
{
    if (eventId.isEmpty() || m_events->rowCount() == 0)
        return {};
    const QModelIndexList rows
        = m_events->match(m_events->index(0, 0), TimelineModel::EventIdRole, eventId, 1, Qt::MatchExactly);
    return rows.value(0);
}

const Event *EventEditor::find(const QString &eventId) const
{
    const AnalysisResultPtr result = m_document->result();
    if (!result || eventId.isEmpty())
        return nullptr;
    for (const Event &e : result->events) {
        if (e.id == eventId)
            return &e;
    }
    return nullptr;
}

const EventMention *EventEditor::findMention(const Event &event, const QString &mentionId) const
{
    const Corpus &corpus = m_document->result()->corpus;
    for (const EventMention &m : event.mentions) {
        if (EventEditApplier::keyOf(m, corpus).id() == mentionId)
            return &m;
    }
    return nullptr;
}

bool EventEditor::commit(EventEdit edit)
{
    if (!m_document->addEventEdit(std::move(edit)))
        return false;
    Q_EMIT statusMessage(
        tr("Event edit saved in the project. Undo with %1.").arg(QKeySequence(QKeySequence::Undo).toString()), 5000);
    return true;
}

bool EventEditor::rename(const QString &eventId, const QString &label)
{
    const Event *event = find(eventId);
    if (!event)
        return false;
    // A refused rename is said: the analyst would otherwise take the event for renamed.
    if (label.trimmed().isEmpty()) {
        Q_EMIT statusMessage(tr("Not renamed: an event needs a name; it stays “%1”.").arg(event->label), 8000);
        return false;
    }
    if (label.trimmed() == event->label) {
        Q_EMIT statusMessage(tr("Not renamed: “%1” is already the event's name.").arg(event->label), 8000);
        return false;
    }
    EventEdit edit;
    edit.kind = EventEdit::Kind::Rename;
    EventEditApplier::nameEvent(edit, *event, m_document->result()->corpus);
    edit.label = label.trimmed();
    return commit(edit);
}

bool EventEditor::merge(const QString &eventId, const QString &otherId)
{
    const Event *event = find(eventId);
    const Event *other = find(otherId);
    if (!event || !other || event == other)
        return false;
    const Corpus &corpus = m_document->result()->corpus;
    EventEdit edit;
    edit.kind = EventEdit::Kind::Merge;
    EventEditApplier::nameEvent(edit, *event, corpus);
    EventEditApplier::nameOther(edit, *other, corpus);
    return commit(edit);
}

bool EventEditor::split(const QString &eventId, const QStringList &mentionIds, const QString &label)
{
    const Event *event = find(eventId);
    if (!event || mentionIds.isEmpty() || label.trimmed().isEmpty())
        return false;
    const Corpus &corpus = m_document->result()->corpus;
    EventEdit edit;
    edit.kind = EventEdit::Kind::Split;
    EventEditApplier::nameEvent(edit, *event, corpus);
    for (const QString &id : mentionIds) {
        const EventMention *m = findMention(*event, id);
        if (!m)
            return false;
        edit.other.append(EventEditApplier::keyOf(*m, corpus));
    }
    edit.label = label.trimmed();
    return commit(edit);
}

bool EventEditor::moveMention(const QString &eventId, const QString &mentionId, const QString &toEventId)
{
    const Event *from = find(eventId);
    const Event *to = find(toEventId);
    const EventMention *mention = from ? findMention(*from, mentionId) : nullptr;
    if (!mention || !to || from == to)
        return false;
    const Corpus &corpus = m_document->result()->corpus;
    EventEdit edit;
    edit.kind = EventEdit::Kind::MoveMention;
    EventEditApplier::nameEvent(edit, *to, corpus);
    edit.other = { EventEditApplier::keyOf(*mention, corpus) };
    return commit(edit);
}

bool EventEditor::remove(const QString &eventId)
{
    const Event *event = find(eventId);
    if (!event)
        return false;
    EventEdit edit;
    edit.kind = EventEdit::Kind::Delete;
    EventEditApplier::nameEvent(edit, *event, m_document->result()->corpus);
    return commit(edit);
}

bool EventEditor::addEvent(const QString &label, QDate start, QDate end, const QString &category)
{
    if (!m_document->result() || label.trimmed().isEmpty() || !start.isValid())
        return false;
    EventEdit edit;
    edit.kind = EventEdit::Kind::Add;
    edit.label = label.trimmed();
    edit.start = start;
    edit.end = end.isValid() ? end : start;
    edit.precision = DatePrecision::Day;
    edit.category = category.trimmed();
    return commit(edit);
}

void EventEditor::promptRename(const QString &eventId)
{
    const Event *event = find(eventId);
    if (!event)
        return;
    QInputDialog dialog(m_window);
    dialog.setWindowTitle(tr("Rename Event"));
    dialog.setLabelText(tr("Event:"));
    dialog.setTextValue(event->label);
    // OK waits for a name: an empty one would be refused after the dialog closed. (The dialog makes
    // its buttons when it is first shown.)
    connect(&dialog, &QInputDialog::textValueChanged, &dialog, [&dialog](const QString &text) {
        if (auto *buttons = dialog.findChild<QDialogButtonBox *>())
            buttons->button(QDialogButtonBox::Ok)->setEnabled(!text.trimmed().isEmpty());
    });
    if (dialog.exec() == QDialog::Accepted)
        rename(eventId, dialog.textValue());
}

void EventEditor::promptMerge(const QString &eventId)
{
    const Event *event = find(eventId);
    if (!event)
        return;
    EventPickerDialog dialog(m_events, m_window);
    dialog.setWindowTitle(tr("Merge Events"));
    dialog.setPrompt(tr("Merge into “%1” the event that is the same happening:").arg(event->label));
    dialog.setExcludedEvent(eventId);
    dialog.selectNearest(event->start);
    if (dialog.exec() == QDialog::Accepted)
        merge(eventId, dialog.eventId());
}

void EventEditor::promptSplit(const QString &eventId)
{
    const QModelIndex row = rowOf(eventId);
    if (!row.isValid())
        return;
    MentionPickerDialog dialog(row, MentionPickerDialog::Mode::Split, m_window);
    if (dialog.exec() == QDialog::Accepted)
        split(eventId, dialog.mentions(), dialog.label());
}

void EventEditor::promptMoveMention(const QString &eventId)
{
    const QModelIndex row = rowOf(eventId);
    if (!row.isValid() || !find(eventId))
        return;
    MentionPickerDialog mentions(row, MentionPickerDialog::Mode::Move, m_window);
    if (mentions.exec() != QDialog::Accepted || mentions.mentions().isEmpty())
        return;
    const QString mention = mentions.mentions().constFirst();
    const EventMention *picked = findMention(*find(eventId), mention);
    if (!picked)
        return;
    EventPickerDialog target(m_events, m_window);
    target.setWindowTitle(tr("Move a Mention"));
    target.setPrompt(tr("Move the mention to this event:"));
    target.setExcludedEvent(eventId);
    target.selectNearest(picked->timex.start);
    if (target.exec() == QDialog::Accepted)
        moveMention(eventId, mention, target.eventId());
}

void EventEditor::promptAdd()
{
    const AnalysisResultPtr result = m_document->result();
    if (!result)
        return;
    QStringList categories;
    for (const Event &e : result->events) {
        if (!e.category.isEmpty() && !categories.contains(e.category))
            categories.append(e.category);
    }
    categories.sort(Qt::CaseInsensitive);
    EventFormDialog dialog(m_window);
    dialog.setCategories(categories);
    if (const Event *near = find(m_timeline->selectedEvent())) {
        dialog.setDates(near->start);
        dialog.setCategory(near->category);
    }
    if (dialog.exec() == QDialog::Accepted)
        addEvent(dialog.label(), dialog.start(), dialog.end(), dialog.category());
}
