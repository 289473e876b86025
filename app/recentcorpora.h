// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QStringList>

class QMenu;

// The corpora opened last, kept in QSettings and offered in a menu.
class RecentCorpora : public QObject
{
    Q_OBJECT
public:
    static constexpr int MaxEntries = 10;

    explicit RecentCorpora(QMenu *menu, QObject *parent = nullptr);

    QStringList paths() const;
    void add(const QString &path);

Q_SIGNALS:
    void openRequested(const QString &path);

private:
    void rebuildMenu();

    QMenu *m_menu;
};
