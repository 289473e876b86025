// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "actionregistry.h"

#include <QAction>
#include <QMenu>

void ActionRegistry::addMenu(const QString &id, QMenu *menu)
{
    Q_ASSERT(!m_menus.contains(id));
    menu->setObjectName(id + QStringLiteral("Menu"));
    m_menus.insert(id, menu);
}

void ActionRegistry::addAction(const QString &id, QAction *action)
{
    Q_ASSERT(!m_actions.contains(id));
    action->setObjectName(id);
    m_actions.insert(id, action);
}

QMenu *ActionRegistry::menu(const QString &id) const
{
    return m_menus.value(id);
}

QAction *ActionRegistry::action(const QString &id) const
{
    return m_actions.value(id);
}
