// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QPointer>
#include <QString>

class QAction;
class QMenu;

// The window's menus and actions by stable id ("file", "edit", "file.export", "edit.find"), so that
// the parts that add actions (projects, event edits) find where they go by name, not by position.
class ActionRegistry
{
public:
    void addMenu(const QString &id, QMenu *menu);
    void addAction(const QString &id, QAction *action);
    // nullptr when nothing is registered under `id` (or it is gone).
    QMenu *menu(const QString &id) const;
    QAction *action(const QString &id) const;

private:
    QHash<QString, QPointer<QMenu>> m_menus;
    QHash<QString, QPointer<QAction>> m_actions;
};
