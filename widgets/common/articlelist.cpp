// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/articlelist.h"

#include "analysis/analysisresult.h"

#include <QHeaderView>
#include <QLocale>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace
{
constexpr int ArticleRole = Qt::UserRole + 1;

// Sorts the date column by date, not by its text.
class ArticleItem : public QTreeWidgetItem
{
public:
    using QTreeWidgetItem::QTreeWidgetItem;
    bool operator<(const QTreeWidgetItem &other) const override
    {
        const int column = treeWidget() ? treeWidget()->sortColumn() : 0;
        if (column == 1)
            return data(1, Qt::UserRole).toDate() < other.data(1, Qt::UserRole).toDate();
        return QTreeWidgetItem::operator<(other);
    }
};
}

ArticleList::ArticleList(QWidget *parent)
    : QWidget(parent)
    , m_tree(new QTreeWidget(this))
{
    m_tree->setHeaderLabels({ tr("Outlet"), tr("Published"), tr("Title") });
    m_tree->setRootIsDecorated(false);
    m_tree->setAlternatingRowColors(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setSortingEnabled(true);
    m_tree->setFrameShape(QFrame::NoFrame);
    m_tree->sortByColumn(1, Qt::AscendingOrder);
    m_tree->header()->setStretchLastSection(true);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (item)
            Q_EMIT articleActivated(item->data(0, ArticleRole).toInt());
    });
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tree);
}

void ArticleList::setResult(std::shared_ptr<const AnalysisResult> result)
{
    const QSignalBlocker block(m_tree);
    m_tree->clear();
    if (!result)
        return;
    QList<QTreeWidgetItem *> items;
    const QList<Article> &articles = result->corpus.articles;
    items.reserve(articles.size());
    for (int i = 0; i < articles.size(); ++i) {
        const Article &a = articles.at(i);
        auto *item = new ArticleItem(
            { a.outlet, a.published.isValid() ? QLocale().toString(a.published, QLocale::ShortFormat) : QString(),
                a.title.isEmpty() ? a.id : a.title });
        item->setData(0, ArticleRole, i);
        item->setData(1, Qt::UserRole, a.published);
        item->setToolTip(2, a.title);
        items.append(item);
    }
    m_tree->setSortingEnabled(false);
    m_tree->addTopLevelItems(items);
    m_tree->setSortingEnabled(true);
    m_tree->resizeColumnToContents(0);
    m_tree->resizeColumnToContents(1);
}

void ArticleList::setOutlets(const QStringList &outlets)
{
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_tree->topLevelItem(i);
        item->setHidden(!outlets.isEmpty() && !outlets.contains(item->text(0)));
    }
}

void ArticleList::setCurrentArticle(int article)
{
    const QSignalBlocker block(m_tree);
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_tree->topLevelItem(i);
        if (item->data(0, ArticleRole).toInt() == article) {
            m_tree->setCurrentItem(item);
            m_tree->scrollToItem(item);
            return;
        }
    }
}
