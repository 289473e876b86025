// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAction>
#include <QDir>
#include <QMenu>
#include <QWidget>

// What the window and panel tests share.
namespace WidgetTestSupport
{
// Saves a grab of `widget` when PARALLAX_SCREENSHOT_DIR is set, so a person can look at what a test built.
inline void maybeScreenshot(QWidget &widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("PARALLAX_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        widget.grab().save(QDir(dir).filePath(name));
}

// A menu's action by object name, as the menus name the actions tests drive.
inline QAction *menuAction(const QMenu &menu, const QString &name)
{
    const QList<QAction *> actions = menu.actions();
    for (QAction *a : actions) {
        if (a->objectName() == name)
            return a;
    }
    return nullptr;
}
}
