// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/articlelist.h"

#include "analysis/analysisresult.h"

#include <QApplication>
#include <QFutureWatcher>
#include <QHeaderView>
#include <QLocale>
#include <QMenu>
#include <QPainter>
#include <QScopedValueRollback>
#include <QStyledItemDelegate>
#include <QTreeView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <numeric>

namespace
{
constexpr int Padding = 4;

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
            fm.elidedText(index.data(ArticleListModel::DetailRole).toString(), Qt::ElideMiddle, r.width()));
        painter->restore();
    }
};
}

ArticleList::ArticleList(QWidget *parent)
    : QWidget(parent)
    , m_model(new ArticleListModel(this))
    , m_tree(new QTreeView(this))
{
    m_tree->setModel(m_model);
    m_tree->setRootIsDecorated(false);
    m_tree->setItemsExpandable(false);
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
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &current) {
        if (!current.isValid())
            return;
        m_currentArticle = current.data(ArticleListModel::ArticleIdRole).toString();
        if (!m_following)
            Q_EMIT articleActivated(m_currentArticle);
    });
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tree);
    m_tree->viewport()->installEventFilter(this);
}

QString ArticleList::placeholderText() const
{
    if (m_model->rowCount() > 0)
        return {};
    if (!m_model->result())
        return tr("No corpus open.\nIts articles are listed here.");
    return m_filtered ? tr("No article from the chosen outlets.") : tr("The corpus has no articles.");
}

bool ArticleList::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_tree->viewport() && event->type() == QEvent::Paint) {
        const QString text = placeholderText();
        if (!text.isEmpty()) {
            QPainter painter(m_tree->viewport());
            painter.setPen(palette().color(QPalette::PlaceholderText));
            const int margin = 2 * fontMetrics().height();
            painter.drawText(m_tree->viewport()->rect().adjusted(Padding * 2, margin, -Padding * 2, 0),
                Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, text);
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ArticleList::setResult(const std::shared_ptr<const AnalysisResult> &result, QList<int> dateOrder)
{
    const QScopedValueRollback following(m_following, true);
    m_currentArticle.clear();
    ++m_sortRequest;
    m_sorting = false;
    const qsizetype articles = result ? result->corpus.articles.size() : 0;
    if (m_model->sortKey() != SortKey::Date || dateOrder.size() != articles)
        dateOrder.clear();
    if (!dateOrder.isEmpty() || articles <= SortedAtOnce) {
        m_model->setResult(result, std::move(dateOrder));
        return;
    }
    QList<int> corpusOrder(articles);
    std::iota(corpusOrder.begin(), corpusOrder.end(), 0);
    m_model->setResult(result, std::move(corpusOrder));
    sortOnWorker(m_model->sortKey());
}

void ArticleList::setSortKey(SortKey key)
{
    const std::shared_ptr<const AnalysisResult> result = m_model->result();
    if (!result || result->corpus.articles.size() <= SortedAtOnce) {
        ++m_sortRequest;
        m_sorting = false;
        const QScopedValueRollback following(m_following, true);
        m_model->setSortKey(key);
        return;
    }
    sortOnWorker(key);
}

void ArticleList::sortOnWorker(SortKey key)
{
    const int request = ++m_sortRequest;
    const std::shared_ptr<const AnalysisResult> result = m_model->result();
    m_sorting = true;
    auto *watcher = new QFutureWatcher<QList<int>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, request, key, result] {
        watcher->deleteLater();
        if (request != m_sortRequest || result != m_model->result())
            return;
        m_sorting = false;
        const QScopedValueRollback following(m_following, true);
        m_model->setOrder(key, watcher->result());
        if (m_tree->currentIndex().isValid())
            m_tree->scrollTo(m_tree->currentIndex());
    });
    watcher->setFuture(QtConcurrent::run([result, key] { return ArticleListModel::order(*result, key); }));
}

void ArticleList::setOutlets(const QStringList &outlets)
{
    const QScopedValueRollback following(m_following, true);
    m_filtered = !outlets.isEmpty();
    m_model->setOutlets(outlets);
    // An article hidden by the filter is current again when it is shown again.
    if (!m_tree->currentIndex().isValid() && !m_currentArticle.isEmpty()) {
        const int row = m_model->rowOf(m_currentArticle);
        if (row >= 0)
            m_tree->setCurrentIndex(m_model->index(row, 0));
    }
}

void ArticleList::setCurrentArticle(const QString &articleId)
{
    const QScopedValueRollback following(m_following, true);
    m_currentArticle = articleId;
    const int row = m_model->rowOf(articleId);
    if (row < 0)
        return;
    const QModelIndex index = m_model->index(row, 0);
    m_tree->setCurrentIndex(index);
    m_tree->scrollTo(index);
}
