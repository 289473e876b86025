// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QObject>

struct EventEdit;
class MainWindow;
class ProjectSession;
class QMenu;
class QModelIndex;

// The analyst's corrections of the shown events: rename, merge, split off mentions, add, delete,
// move a mention. Each becomes an EventEdit on the project's undo stack, committed at once (a
// window on a plain folder first asks to create the project file). Events are named by their index
// in the window's shown (edited) AnalysisResult::events. The prompt…() functions ask through
// dialogs; the others take the dialogs' values, so tests need none.
class EventEditor : public QObject
{
    Q_OBJECT
public:
    EventEditor(MainWindow *window, ProjectSession *session);

    // Adds the edit actions for the event at `index` (a timeline model row; invalid: the empty
    // timeline, then only "Add Event…").
    void addActions(QMenu *menu, const QModelIndex &index);

    bool rename(int eventIndex, const QString &label);
    bool merge(int eventIndex, int otherIndex);
    // `mentions`: indices into the event's mentions.
    bool split(int eventIndex, const QList<int> &mentions, const QString &label);
    bool moveMention(int eventIndex, int mention, int toEventIndex);
    bool remove(int eventIndex);
    bool addEvent(const QString &label, QDate start, QDate end, const QString &category);

    void promptRename(int eventIndex);
    void promptMerge(int eventIndex);
    void promptSplit(int eventIndex);
    void promptMoveMention(int eventIndex);
    void promptAdd();

private:
    void createMenu();
    bool isEvent(int eventIndex) const;
    // The timeline model's row of an event, for the dialogs that list it.
    QModelIndex sourceIndex(int eventIndex) const;
    int selectedEvent() const;
    bool commit(EventEdit edit);

    MainWindow *m_window;
    ProjectSession *m_session;
};
