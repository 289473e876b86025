// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventeditor.h"

#include "annotations/eventeditapplier.h"
#include "annotations/eventeditstore.h"
#include "eventedit/eventformdialog.h"
#include "eventedit/eventpickerdialog.h"
#include "eventedit/mentionpickerdialog.h"
#include "itemmodels/timelinefiltermodel.h"
#include "itemmodels/timelinemodel.h"
#include "mainwindow.h"
#include "projectsession.h"
#include "timeline/timelineview.h"

#include <QInputDialog>
#include <QMenu>
#include <QMenuBar>
#include <QStatusBar>

EventEditor::EventEditor(MainWindow *window, ProjectSession *session)
    : QObject(window)
    , m_window(window)
    , m_session(session)
{
    connect(m_window->timelineView(), &TimelineView::eventMenuRequested, this, &EventEditor::addActions);
    createMenu();
}

void EventEditor::createMenu()
{
    // Edit > Events acts on the event selected on the timeline.
    const QList<QAction *> menus = m_window->menuBar()->actions();
    QMenu *edit = menus.value(1) ? menus.value(1)->menu() : nullptr;
    if (!edit)
        return;
    QMenu *events = edit->addMenu(tr("E&vents"));
    events->setObjectName(QStringLiteral("eventsMenu"));
    connect(events, &QMenu::aboutToShow, this, [this, events] {
        events->clear();
        const int selected = selectedEvent();
        addActions(events, selected >= 0 ? sourceIndex(selected) : QModelIndex());
    });
    // Filled when shown; one placeholder keeps the submenu enabled until then.
    events->addAction(tr("Add &Event…"), this, &EventEditor::promptAdd);
}

void EventEditor::addActions(QMenu *menu, const QModelIndex &index)
{
    const int event = index.isValid() ? index.data(TimelineModel::EventIndexRole).toInt() : -1;
    if (!menu->isEmpty())
        menu->addSeparator();
    if (isEvent(event)) {
        const qsizetype mentions = m_window->result()->events.at(event).mentions.size();
        const qsizetype count = m_window->result()->events.size();
        QAction *rename = menu->addAction(tr("&Rename Event…"), this, [this, event] { promptRename(event); });
        rename->setObjectName(QStringLiteral("renameEvent"));
        QAction *merge = menu->addAction(tr("&Merge With…"), this, [this, event] { promptMerge(event); });
        merge->setObjectName(QStringLiteral("mergeEvent"));
        merge->setEnabled(count > 1);
        QAction *split = menu->addAction(tr("&Split Off Mentions…"), this, [this, event] { promptSplit(event); });
        split->setObjectName(QStringLiteral("splitEvent"));
        split->setEnabled(mentions > 1);
        QAction *move = menu->addAction(tr("Move a Me&ntion to…"), this, [this, event] { promptMoveMention(event); });
        move->setObjectName(QStringLiteral("moveMention"));
        move->setEnabled(mentions > 0 && count > 1);
        QAction *remove = menu->addAction(tr("&Delete Event"), this, [this, event] { this->remove(event); });
        remove->setObjectName(QStringLiteral("deleteEvent"));
        menu->addSeparator();
    }
    QAction *add = menu->addAction(tr("Add &Event…"), this, &EventEditor::promptAdd);
    add->setObjectName(QStringLiteral("addEvent"));
    add->setEnabled(m_window->result() != nullptr);
}

bool EventEditor::isEvent(int eventIndex) const
{
    return m_window->result() && eventIndex >= 0 && eventIndex < m_window->result()->events.size();
}

QModelIndex EventEditor::sourceIndex(int eventIndex) const
{
    const QAbstractItemModel *model = m_window->timelineModel()->sourceModel();
    return model && eventIndex >= 0 && eventIndex < model->rowCount() ? model->index(eventIndex, 0) : QModelIndex();
}

int EventEditor::selectedEvent() const
{
    const QModelIndex selected = m_window->timelineView()->selectedIndex();
    return selected.isValid() ? selected.data(TimelineModel::EventIndexRole).toInt() : -1;
}

bool EventEditor::commit(EventEdit edit)
{
    if (!m_session->ensureProject())
        return false;
    edit.author = m_session->author();
    const StoreError error = m_session->eventEdits()->add(edit);
    if (!error.ok())
        return false;
    m_window->statusBar()->showMessage(
        tr("Event edit saved in the project. Undo with %1.").arg(QKeySequence(QKeySequence::Undo).toString()), 5000);
    return true;
}

bool EventEditor::rename(int eventIndex, const QString &label)
{
    if (!isEvent(eventIndex) || label.trimmed().isEmpty())
        return false;
    const AnalysisResult &result = *m_window->result();
    EventEdit edit;
    edit.kind = EventEdit::Kind::Rename;
    EventEditApplier::nameEvent(edit, result.events.at(eventIndex), result.corpus);
    edit.label = label.trimmed();
    return commit(edit);
}

bool EventEditor::merge(int eventIndex, int otherIndex)
{
    if (!isEvent(eventIndex) || !isEvent(otherIndex) || eventIndex == otherIndex)
        return false;
    const AnalysisResult &result = *m_window->result();
    EventEdit edit;
    edit.kind = EventEdit::Kind::Merge;
    EventEditApplier::nameEvent(edit, result.events.at(eventIndex), result.corpus);
    EventEditApplier::nameOther(edit, result.events.at(otherIndex), result.corpus);
    return commit(edit);
}

bool EventEditor::split(int eventIndex, const QList<int> &mentions, const QString &label)
{
    if (!isEvent(eventIndex) || mentions.isEmpty() || label.trimmed().isEmpty())
        return false;
    const AnalysisResult &result = *m_window->result();
    const Event &event = result.events.at(eventIndex);
    EventEdit edit;
    edit.kind = EventEdit::Kind::Split;
    EventEditApplier::nameEvent(edit, event, result.corpus);
    for (int m : mentions) {
        if (m < 0 || m >= event.mentions.size())
            return false;
        edit.other.append(EventEditApplier::keyOf(event.mentions.at(m), result.corpus));
    }
    edit.label = label.trimmed();
    return commit(edit);
}

bool EventEditor::moveMention(int eventIndex, int mention, int toEventIndex)
{
    if (!isEvent(eventIndex) || !isEvent(toEventIndex) || eventIndex == toEventIndex)
        return false;
    const AnalysisResult &result = *m_window->result();
    const Event &from = result.events.at(eventIndex);
    if (mention < 0 || mention >= from.mentions.size())
        return false;
    EventEdit edit;
    edit.kind = EventEdit::Kind::MoveMention;
    EventEditApplier::nameEvent(edit, result.events.at(toEventIndex), result.corpus);
    edit.other = { EventEditApplier::keyOf(from.mentions.at(mention), result.corpus) };
    return commit(edit);
}

bool EventEditor::remove(int eventIndex)
{
    if (!isEvent(eventIndex))
        return false;
    const AnalysisResult &result = *m_window->result();
    EventEdit edit;
    edit.kind = EventEdit::Kind::Delete;
    EventEditApplier::nameEvent(edit, result.events.at(eventIndex), result.corpus);
    return commit(edit);
}

bool EventEditor::addEvent(const QString &label, QDate start, QDate end, const QString &category)
{
    if (!m_window->result() || label.trimmed().isEmpty() || !start.isValid())
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

void EventEditor::promptRename(int eventIndex)
{
    if (!isEvent(eventIndex))
        return;
    bool ok = false;
    const QString label = QInputDialog::getText(m_window, tr("Rename Event"), tr("Event:"), QLineEdit::Normal,
        m_window->result()->events.at(eventIndex).label, &ok);
    if (ok)
        rename(eventIndex, label);
}

void EventEditor::promptMerge(int eventIndex)
{
    if (!isEvent(eventIndex))
        return;
    const Event &event = m_window->result()->events.at(eventIndex);
    EventPickerDialog dialog(m_window->timelineModel()->sourceModel(), m_window);
    dialog.setWindowTitle(tr("Merge Events"));
    dialog.setPrompt(tr("Merge into “%1” the event that is the same happening:").arg(event.label));
    dialog.setExcludedEvent(eventIndex);
    dialog.selectNearest(event.start);
    if (dialog.exec() == QDialog::Accepted)
        merge(eventIndex, dialog.eventIndex());
}

void EventEditor::promptSplit(int eventIndex)
{
    MentionPickerDialog dialog(sourceIndex(eventIndex), MentionPickerDialog::Mode::Split, m_window);
    if (dialog.exec() == QDialog::Accepted)
        split(eventIndex, dialog.mentions(), dialog.label());
}

void EventEditor::promptMoveMention(int eventIndex)
{
    if (!isEvent(eventIndex))
        return;
    MentionPickerDialog mentions(sourceIndex(eventIndex), MentionPickerDialog::Mode::Move, m_window);
    if (mentions.exec() != QDialog::Accepted || mentions.mentions().isEmpty())
        return;
    const int mention = mentions.mentions().constFirst();
    EventPickerDialog target(m_window->timelineModel()->sourceModel(), m_window);
    target.setWindowTitle(tr("Move a Mention"));
    target.setPrompt(tr("Move the mention to this event:"));
    target.setExcludedEvent(eventIndex);
    target.selectNearest(m_window->result()->events.at(eventIndex).mentions.at(mention).timex.start);
    if (target.exec() == QDialog::Accepted)
        moveMention(eventIndex, mention, target.eventIndex());
}

void EventEditor::promptAdd()
{
    if (!m_window->result())
        return;
    QStringList categories;
    for (const Event &e : m_window->result()->events) {
        if (!e.category.isEmpty() && !categories.contains(e.category))
            categories.append(e.category);
    }
    categories.sort(Qt::CaseInsensitive);
    EventFormDialog dialog(m_window);
    dialog.setCategories(categories);
    const int selected = selectedEvent();
    if (isEvent(selected)) {
        const Event &near = m_window->result()->events.at(selected);
        dialog.setDates(near.start);
        dialog.setCategory(near.category);
    }
    if (dialog.exec() == QDialog::Accepted)
        addEvent(dialog.label(), dialog.start(), dialog.end(), dialog.category());
}
