// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>

class ActionRegistry;
class HandbookWindow;
class QMenuBar;
class QWidget;

// The Help menu: the handbook (F1), how to report a problem, About Parallax, About Qt. Its menu and
// actions are registered as "help", "help.handbook", "help.reportProblem", "help.about" and
// "help.aboutQt".
class HelpMenu : public QObject
{
    Q_OBJECT
public:
    HelpMenu(QMenuBar *bar, ActionRegistry &actions, QWidget *window);

    // The handbook's window, made on first use; raised when it is already open.
    HandbookWindow *showHandbook();
    // What a problem report needs: versions, platform and where the log is.
    static QString diagnostics();

private:
    void reportProblem();
    void about();

    QWidget *m_window;
    QPointer<HandbookWindow> m_handbook;
};
