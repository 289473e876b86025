// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/analysisresult.h"

#include <QAbstractListModel>
#include <QSet>

#include <memory>
#include <vector>

// The article list's rows: the corpus' articles in the list's order (by date, outlet or title), those of
// the outlets shown. One column; a row is an index into the corpus, so that 100,000 articles cost a list of
// ints, and filtering or sorting moves ints.
class ArticleListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum class SortKey { Date, Outlet, Title };
    enum Roles {
        ArticleIdRole = Qt::UserRole + 1,
        DetailRole, // "Outlet · date"
        DateRole, // QDate
        OutletRole, // as the outlet filter names it: the outlet, or the article's id without one
        ArticleIndexRole, // int, into the corpus
    };
    Q_ENUM(Roles)

    explicit ArticleListModel(QObject *parent = nullptr);

    // The articles' corpus indexes in `key` order: by date then outlet, by outlet then date, or by title;
    // ties in corpus order. A pure function of the result, so that it can be worked out off the GUI thread.
    static QList<int> order(const AnalysisResult &result, SortKey key);

    // Each article's outlet (OutletRole) as a small number: the outlet filter tests a mask per article instead of
    // comparing names.
    struct OutletIds {
        QStringList names; // distinct, in corpus order; an id is an index here
        QList<int> byArticle; // by corpus index
    };
    static OutletIds outletIds(const AnalysisResult &result);

    // `order` is order(*result, sortKey()) when it was worked out already; empty, the model works it out. (The list
    // passes the corpus order while a worker sorts: see setOrder().)
    void setResult(std::shared_ptr<const AnalysisResult> result, QList<int> order = {});
    std::shared_ptr<const AnalysisResult> result() const { return m_result; }
    // Hands over outletIds() of `forResult`, worked out off the GUI thread; kept only while `forResult` is the
    // model's result. Without, the model works them out when it first filters.
    void setOutletIds(const std::shared_ptr<const AnalysisResult> &forResult, std::shared_ptr<const OutletIds> ids);
    void setSortKey(SortKey key);
    // Lists the articles in `order`, order(*result(), key) worked out off the GUI thread, the rows' persistent
    // indexes kept on their articles; ignored unless it orders every article of the result.
    void setOrder(SortKey key, QList<int> order);
    SortKey sortKey() const { return m_sortKey; }
    // Only the articles of these outlets (OutletRole); empty = all.
    void setOutlets(const QStringList &outlets);
    // The row showing the article, or -1 when it is filtered out or unknown.
    int rowOf(const QString &articleId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    // "By date", "By outlet" or "By title": the list's one column says its order.
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    // Rebuilds the shown rows from m_order and m_outlets, keeping persistent indexes on their articles.
    void updateRows();
    // The shown articles of m_order: all, or those whose outlet is chosen.
    QList<int> shownRows() const;
    QString outletOf(int article) const;

    std::shared_ptr<const AnalysisResult> m_result;
    SortKey m_sortKey = SortKey::Date;
    QList<int> m_order; // every article, in m_sortKey order
    QList<int> m_rows; // the shown ones
    QSet<QString> m_outlets;
    mutable std::shared_ptr<const OutletIds> m_outletIds; // of m_result, or none yet
};
