// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QObject>

struct Event;
struct EventMention;
struct EventEdit;
class ActionRegistry;
class ProjectDocument;
class QAbstractItemModel;
class QMenu;
class QModelIndex;
class TimelineView;

// The analyst's corrections of the shown events: rename, merge, split off mentions, add, delete,
// move a mention. Each becomes an EventEdit recorded by the document (a document on a plain folder
// first asks to create the project file); a refused edit is said by the document's error. Events
// are named by their stable id in the document's shown (edited) analysis. The prompt…() functions
// ask through dialogs; the others take the dialogs' values, so tests need none.
class EventEditor : public QObject
{
    Q_OBJECT
public:
    // `events` is the timeline's model (one row per shown event), listed by the pickers; `timeline`
    // gives the selected event and asks for the event menu; `window` parents the dialogs.
    EventEditor(ProjectDocument *document, TimelineView *timeline, QAbstractItemModel *events,
        const ActionRegistry &actions, QWidget *window);

    // Adds the edit actions for the event `eventId` (empty: the empty timeline, then only "Add Event…").
    void addActions(QMenu *menu, const QString &eventId);

    bool rename(const QString &eventId, const QString &label);
    bool merge(const QString &eventId, const QString &otherId);
    // Mentions are named by their ids (TimelineModel::MentionIdRole, MentionKey::id()).
    bool split(const QString &eventId, const QStringList &mentionIds, const QString &label);
    bool moveMention(const QString &eventId, const QString &mentionId, const QString &toEventId);
    bool remove(const QString &eventId);
    bool addEvent(const QString &label, QDate start, QDate end, const QString &category);

    void promptRename(const QString &eventId);
    void promptMerge(const QString &eventId);
    void promptSplit(const QString &eventId);
    void promptMoveMention(const QString &eventId);
    void promptAdd();

Q_SIGNALS:
    void statusMessage(const QString &message, int timeout);

private:
    void createMenu(const ActionRegistry &actions);
    // The event's row in the timeline model; invalid when it is not listed.
    QModelIndex rowOf(const QString &eventId) const;
    const Event *find(const QString &eventId) const;
    // The mention of `event` with this id; nullptr when it has none.
    const EventMention *findMention(const Event &event, const QString &mentionId) const;
    bool commit(EventEdit edit);

    ProjectDocument *m_document;
    TimelineView *m_timeline;
    QAbstractItemModel *m_events;
    QWidget *m_window;
};
