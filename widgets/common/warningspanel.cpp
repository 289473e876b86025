// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/warningspanel.h"

#include <QHeaderView>
#include <QTreeWidget>
#include <QVBoxLayout>

WarningsPanel::WarningsPanel(QWidget *parent)
    : QWidget(parent)
    , m_list(new QTreeWidget(this))
{
    m_list->setHeaderLabels({ tr("File"), tr("Problem") });
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->setFrameShape(QFrame::NoFrame);
    m_list->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list);
}

void WarningsPanel::setWarnings(const QList<Error> &warnings)
{
    m_list->clear();
    QList<QTreeWidgetItem *> items;
    items.reserve(warnings.size());
    for (const Error &w : warnings) {
        auto *item = new QTreeWidgetItem({ w.file, w.message });
        item->setToolTip(1, w.message);
        items.append(item);
    }
    m_list->addTopLevelItems(items);
    Q_EMIT countChanged(count());
}

void WarningsPanel::addMessage(const QString &file, const QString &message)
{
    auto *item = new QTreeWidgetItem({ file, message });
    item->setToolTip(1, message);
    m_list->addTopLevelItem(item);
    Q_EMIT countChanged(count());
}

int WarningsPanel::count() const
{
    return m_list->topLevelItemCount();
}
