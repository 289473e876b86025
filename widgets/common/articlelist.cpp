// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/articlelist.h"

#include "analysis/analysisresult.h"

#include <QApplication>
#include <QHeaderView>
#include <QLocale>
#include <QMenu>
#include <QPainter>
#include <QStyledItemDelegate>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace
{
constexpr int ArticleIdRole = Qt::UserRole + 1;
constexpr int DetailRole = Qt::UserRole + 2; // "Outlet · date"
constexpr int DateRole = Qt::UserRole + 3;
constexpr int OutletRole = Qt::UserRole + 4;
constexpr int Padding = 4;

// Sorts by the list's key: date, outlet or title, then by the others.
class ArticleItem : public QTreeWidgetItem
{
public:
    using QTreeWidgetItem::QTreeWidgetItem;
    ArticleList::SortKey key = ArticleList::SortKey::Date;
    bool operator<(const QTreeWidgetItem &other) const override
    {
        const auto date = [](const QTreeWidgetItem &i) { return i.data(0, DateRole).toDate(); };
        const auto outlet = [](const QTreeWidgetItem &i) { return i.data(0, OutletRole).toString(); };
        const auto title = [](const QTreeWidgetItem &i) { return i.text(0); };
        switch (key) {
        case ArticleList::SortKey::Outlet:
            if (outlet(*this) != outlet(other))
                return outlet(*this).localeAwareCompare(outlet(other)) < 0;
            return date(*this) < date(other);
        case ArticleList::SortKey::Title:
            return title(*this).localeAwareCompare(title(other)) < 0;
        case ArticleList::SortKey::Date:
            break;
        }
        if (date(*this) != date(other))
            return date(*this) < date(other);
        return outlet(*this).localeAwareCompare(outlet(other)) < 0;
    }
};

// Two lines: the title, then the outlet and date in the quieter colour.
class ArticleDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex & /*index*/) const override
    {
        return { 100, 2 * option.fontMetrics.height() + 3 * Padding };
    }
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        opt.text.clear();
        const QWidget *widget = option.widget;
        QStyle *style = widget ? widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
        const bool selected = option.state & QStyle::State_Selected;
        const QRect r = option.rect.adjusted(Padding, Padding, -Padding, -Padding);
        const QFontMetrics fm(option.font);
        painter->save();
        painter->setPen(option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
        painter->drawText(QRect(r.left(), r.top(), r.width(), fm.height()), Qt::AlignLeft | Qt::AlignVCenter,
            fm.elidedText(index.data(Qt::DisplayRole).toString(), Qt::ElideRight, r.width()));
        QColor quiet = painter->pen().color();
        quiet.setAlphaF(0.65f);
        painter->setPen(quiet);
        painter->drawText(QRect(r.left(), r.top() + fm.height() + Padding / 2, r.width(), fm.height()),
            Qt::AlignLeft | Qt::AlignVCenter,
            fm.elidedText(index.data(DetailRole).toString(), Qt::ElideMiddle, r.width()));
        painter->restore();
    }
};
}

ArticleList::ArticleList(QWidget *parent)
    : QWidget(parent)
    , m_tree(new QTreeWidget(this))
{
    m_tree->setHeaderLabels({ tr("By date") });
    m_tree->setRootIsDecorated(false);
    m_tree->setAlternatingRowColors(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setFrameShape(QFrame::NoFrame);
    m_tree->setItemDelegate(new ArticleDelegate(m_tree));
    m_tree->setAccessibleName(tr("Articles"));
    m_tree->header()->setToolTip(tr("Right-click to sort by date, outlet or title"));
    m_tree->header()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_tree->header(), &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        QMenu menu;
        menu.addAction(tr("Sort by &Date"), this, [this] { setSortKey(SortKey::Date); });
        menu.addAction(tr("Sort by &Outlet"), this, [this] { setSortKey(SortKey::Outlet); });
        menu.addAction(tr("Sort by &Title"), this, [this] { setSortKey(SortKey::Title); });
        menu.exec(m_tree->header()->mapToGlobal(pos));
    });
    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (item)
            Q_EMIT articleActivated(item->data(0, ArticleIdRole).toString());
    });
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tree);
}

void ArticleList::setResult(const std::shared_ptr<const AnalysisResult> &result)
{
    const QSignalBlocker block(m_tree);
    m_tree->clear();
    if (!result)
        return;
    QList<QTreeWidgetItem *> items;
    const QList<Article> &articles = result->corpus.articles;
    items.reserve(articles.size());
    for (const Article &a : articles) {
        auto *item = new ArticleItem({ a.title.isEmpty() ? a.id : a.title });
        const QString date = a.published.isValid() ? QLocale().toString(a.published, QLocale::ShortFormat) : QString();
        item->key = m_sortKey;
        item->setData(0, ArticleIdRole, a.id);
        item->setData(0, DateRole, a.published);
        item->setData(0, OutletRole, a.outlet);
        item->setData(0, DetailRole, date.isEmpty() ? a.outlet : QStringLiteral("%1 \u00b7 %2").arg(a.outlet, date));
        item->setToolTip(0, QStringLiteral("%1\n%2 \u00b7 %3").arg(item->text(0), a.outlet, date));
        items.append(item);
    }
    m_tree->addTopLevelItems(items);
    m_tree->sortItems(0, Qt::AscendingOrder);
}

void ArticleList::setSortKey(SortKey key)
{
    m_sortKey = key;
    m_tree->setHeaderLabels({ key == SortKey::Date ? tr("By date")
            : key == SortKey::Outlet               ? tr("By outlet")
                                                   : tr("By title") });
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i)
        static_cast<ArticleItem *>(m_tree->topLevelItem(i))->key = key;
    m_tree->sortItems(0, Qt::AscendingOrder);
}

void ArticleList::setOutlets(const QStringList &outlets)
{
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_tree->topLevelItem(i);
        item->setHidden(!outlets.isEmpty() && !outlets.contains(item->data(0, OutletRole).toString()));
    }
}

void ArticleList::setCurrentArticle(const QString &articleId)
{
    const QSignalBlocker block(m_tree);
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_tree->topLevelItem(i);
        if (item->data(0, ArticleIdRole).toString() == articleId) {
            m_tree->setCurrentItem(item);
            m_tree->scrollToItem(item);
            return;
        }
    }
}
