// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "recentcorpora.h"

#include <QDir>
#include <QFileInfo>
#include <QMenu>
#include <QSettings>

namespace
{
const QString Key = QStringLiteral("recentCorpora");
}

RecentCorpora::RecentCorpora(QMenu *menu, QObject *parent)
    : QObject(parent)
    , m_menu(menu)
{
    rebuildMenu();
}

QStringList RecentCorpora::paths() const
{
    return QSettings().value(Key).toStringList();
}

void RecentCorpora::add(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList list = paths();
    list.removeAll(absolute);
    list.prepend(absolute);
    QSettings().setValue(Key, list.mid(0, MaxEntries));
    rebuildMenu();
}

void RecentCorpora::rebuildMenu()
{
    m_menu->clear();
    const QStringList list = paths();
    for (int i = 0; i < list.size(); ++i) {
        const QString &path = list.at(i);
        const QString text = QStringLiteral("&%1 %2").arg(i + 1).arg(QDir::toNativeSeparators(path));
        QAction *action = m_menu->addAction(text, this, [this, path] { Q_EMIT openRequested(path); });
        action->setEnabled(QFileInfo::exists(path));
    }
    if (!list.isEmpty()) {
        m_menu->addSeparator();
        m_menu->addAction(tr("Clear List"), this, [this] {
            QSettings().remove(Key);
            rebuildMenu();
        });
    }
    m_menu->setEnabled(!list.isEmpty());
}
