// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "itemmodels/articlelistmodel.h"

#include <QLocale>

#include <algorithm>
#include <numeric>

namespace
{
// Each distinct outlet's place in locale-aware order, equal outlets sharing one, so that sorting 100,000
// articles compares ints instead of collating strings.
QList<int> outletRanks(const QList<Article> &articles)
{
    QStringList distinct;
    {
        QSet<QString> seen;
        for (const Article &a : articles) {
            if (!seen.contains(a.outlet)) {
                seen.insert(a.outlet);
                distinct.append(a.outlet);
            }
        }
    }
    std::sort(distinct.begin(), distinct.end(),
        [](const QString &a, const QString &b) { return a.localeAwareCompare(b) < 0; });
    QHash<QString, int> rank;
    int current = 0;
    for (qsizetype i = 0; i < distinct.size(); ++i) {
        if (i > 0 && distinct.at(i - 1).localeAwareCompare(distinct.at(i)) != 0)
            ++current;
        rank.insert(distinct.at(i), current);
    }
    QList<int> ranks;
    ranks.reserve(articles.size());
    for (const Article &a : articles)
        ranks.append(rank.value(a.outlet));
    return ranks;
}

QString titleOf(const Article &a)
{
    return a.title.isEmpty() ? a.id : a.title;
}
}

ArticleListModel::ArticleListModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

QList<int> ArticleListModel::order(const AnalysisResult &result, SortKey key)
{
    const QList<Article> &articles = result.corpus.articles;
    QList<int> order(articles.size());
    std::iota(order.begin(), order.end(), 0);
    if (key == SortKey::Title) {
        std::stable_sort(order.begin(), order.end(),
            [&](int a, int b) { return titleOf(articles.at(a)).localeAwareCompare(titleOf(articles.at(b))) < 0; });
        return order;
    }
    const QList<int> outlet = outletRanks(articles);
    const auto date = [&](int i) { return articles.at(i).published; };
    if (key == SortKey::Outlet) {
        std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
            return outlet.at(a) != outlet.at(b) ? outlet.at(a) < outlet.at(b) : date(a) < date(b);
        });
    } else {
        std::stable_sort(order.begin(), order.end(),
            [&](int a, int b) { return date(a) != date(b) ? date(a) < date(b) : outlet.at(a) < outlet.at(b); });
    }
    return order;
}

ArticleListModel::OutletIds ArticleListModel::outletIds(const AnalysisResult &result)
{
    OutletIds ids;
    QHash<QString, int> idOf;
    ids.byArticle.reserve(result.corpus.articles.size());
    for (const Article &a : result.corpus.articles) {
        const QString &name = a.outlet.isEmpty() ? a.id : a.outlet;
        auto it = idOf.constFind(name);
        if (it == idOf.cend()) {
            it = idOf.insert(name, int(ids.names.size()));
            ids.names.append(name);
        }
        ids.byArticle.append(*it);
    }
    return ids;
}

void ArticleListModel::setResult(std::shared_ptr<const AnalysisResult> result, QList<int> order)
{
    beginResetModel();
    m_result = std::move(result);
    m_outletIds.reset();
    if (m_result && order.size() != m_result->corpus.articles.size())
        order = ArticleListModel::order(*m_result, m_sortKey);
    m_order = m_result ? std::move(order) : QList<int>();
    m_rows = shownRows();
    endResetModel();
}

void ArticleListModel::setOutletIds(
    const std::shared_ptr<const AnalysisResult> &forResult, std::shared_ptr<const OutletIds> ids)
{
    if (forResult == m_result && m_result && ids && ids->byArticle.size() == m_result->corpus.articles.size())
        m_outletIds = std::move(ids);
}

QList<int> ArticleListModel::shownRows() const
{
    if (m_outlets.isEmpty() || !m_result)
        return m_order;
    if (!m_outletIds)
        m_outletIds = std::make_shared<const OutletIds>(outletIds(*m_result));
    std::vector<bool> chosen(size_t(m_outletIds->names.size()));
    for (qsizetype id = 0; id < m_outletIds->names.size(); ++id)
        chosen[size_t(id)] = m_outlets.contains(m_outletIds->names.at(id));
    QList<int> rows;
    for (const int article : std::as_const(m_order)) {
        if (chosen[size_t(m_outletIds->byArticle.at(article))])
            rows.append(article);
    }
    return rows;
}

void ArticleListModel::setSortKey(SortKey key)
{
    if (!m_result) {
        m_sortKey = key;
        Q_EMIT headerDataChanged(Qt::Horizontal, 0, 0);
        return;
    }
    setOrder(key, order(*m_result, key));
}

void ArticleListModel::setOrder(SortKey key, QList<int> order)
{
    if (!m_result || order.size() != m_result->corpus.articles.size())
        return;
    m_sortKey = key;
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, 0);
    m_order = std::move(order);
    updateRows();
}

void ArticleListModel::setOutlets(const QStringList &outlets)
{
    m_outlets = QSet<QString>(outlets.cbegin(), outlets.cend());
    updateRows();
}

void ArticleListModel::updateRows()
{
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QList<int> articlesBefore;
    articlesBefore.reserve(before.size());
    for (const QModelIndex &index : before)
        articlesBefore.append(m_rows.value(index.row(), -1));
    m_rows = shownRows();
    if (!before.isEmpty()) {
        QList<int> rowOfArticle(m_result ? m_result->corpus.articles.size() : 0, -1);
        for (int row = 0; row < m_rows.size(); ++row)
            rowOfArticle[m_rows.at(row)] = row;
        QModelIndexList after;
        after.reserve(before.size());
        for (int article : std::as_const(articlesBefore)) {
            const int row = article >= 0 && article < rowOfArticle.size() ? rowOfArticle.at(article) : -1;
            after.append(row >= 0 ? index(row, 0) : QModelIndex());
        }
        changePersistentIndexList(before, after);
    }
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

int ArticleListModel::rowOf(const QString &articleId) const
{
    if (!m_result)
        return -1;
    const int article = int(m_result->corpus.indexOf(articleId));
    return article < 0 ? -1 : int(m_rows.indexOf(article));
}

QString ArticleListModel::outletOf(int article) const
{
    const Article &a = m_result->corpus.articles.at(article);
    return a.outlet.isEmpty() ? a.id : a.outlet;
}

int ArticleListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ArticleListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || !m_result)
        return {};
    const int article = m_rows.at(index.row());
    const Article &a = m_result->corpus.articles.at(article);
    const auto date
        = [&a] { return a.published.isValid() ? QLocale().toString(a.published, QLocale::ShortFormat) : QString(); };
    switch (role) {
    case Qt::DisplayRole:
        return titleOf(a);
    case Qt::ToolTipRole:
        return QStringLiteral("%1\n%2 \u00b7 %3").arg(titleOf(a), a.outlet, date());
    case ArticleIdRole:
        return a.id;
    case DetailRole: {
        const QString d = date();
        return d.isEmpty() ? a.outlet : QStringLiteral("%1 \u00b7 %2").arg(a.outlet, d);
    }
    case DateRole:
        return a.published;
    case OutletRole:
        return outletOf(article);
    case ArticleIndexRole:
        return article;
    default:
        return {};
    }
}

QVariant ArticleListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (section != 0 || orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (m_sortKey) {
    case SortKey::Outlet:
        return tr("By outlet");
    case SortKey::Title:
        return tr("By title");
    case SortKey::Date:
        break;
    }
    return tr("By date");
}

QHash<int, QByteArray> ArticleListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert({ { ArticleIdRole, "articleId" }, { DetailRole, "detail" }, { DateRole, "date" },
        { OutletRole, "outlet" }, { ArticleIndexRole, "articleIndex" } });
    return names;
}
