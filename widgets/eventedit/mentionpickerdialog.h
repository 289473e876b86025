// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QModelIndex>

class QLineEdit;
class QListWidget;
class QPushButton;

// Picks mentions of one event (the child rows of a TimelineModel event row): the mentions to split
// off into a new event (with its label), or the one mention to move to another event.
class MentionPickerDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Mode { Split, Move };

    MentionPickerDialog(const QModelIndex &event, Mode mode, QWidget *parent = nullptr);

    // The ids (TimelineModel::MentionIdRole) of the picked mentions, in the event's order.
    QStringList mentions() const;
    void setMentions(const QStringList &mentionIds);
    // Split: the new event's label.
    QString label() const;
    void setLabel(const QString &label);

    QListWidget *listWidget() const { return m_list; }

private:
    void updateOk();

    Mode m_mode;
    QListWidget *m_list;
    QLineEdit *m_label = nullptr;
    QPushButton *m_ok = nullptr;
};
