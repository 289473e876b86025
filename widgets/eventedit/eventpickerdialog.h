// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDialog>

class QAbstractItemModel;
class QLineEdit;
class QListView;
class QPushButton;
class QSortFilterProxyModel;

// Picks one event of a timeline model (TimelineModel's roles), e.g. the event to merge with: a list
// by date, narrowed by typing, starting at the event nearest in time. Scales to many events (one
// list view, no widget per event).
class EventPickerDialog : public QDialog
{
    Q_OBJECT
public:
    explicit EventPickerDialog(QAbstractItemModel *events, QWidget *parent = nullptr);

    void setPrompt(const QString &prompt);
    // Leaves this event (by its id, EventIdRole) out of the list.
    void setExcludedEvent(const QString &eventId);
    // Selects the listed event whose start is nearest to `date`.
    void selectNearest(QDate date);
    // The picked event's id, empty when none; settable so that tests need no clicks.
    QString eventId() const;
    bool setEventId(const QString &eventId);

    QLineEdit *filterEdit() const { return m_filter; }
    QListView *listView() const { return m_list; }

private:
    void updateOk();

    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_filter;
    QListView *m_list;
    QPushButton *m_ok = nullptr;
    int m_excluded = -1;
};
