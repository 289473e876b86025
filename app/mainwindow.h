// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>

class QLabel;

// The analyst's window: timeline on top, article view and quote panel below.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);

    // Opens a corpus folder or a project file.
    void openPath(const QString &path);

private:
    QLabel *m_placeholder = nullptr;
};
