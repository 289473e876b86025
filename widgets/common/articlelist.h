// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "itemmodels/articlelistmodel.h"

#include <QWidget>

#include <memory>

class QTreeView;

// The corpus' articles, each as its title over its outlet and date, so that a narrow dock still shows
// what the article is; picking one shows it in the article view. Sorted by date (or, from the header's
// menu, by outlet or title).
class ArticleList : public QWidget
{
    Q_OBJECT
public:
    using SortKey = ArticleListModel::SortKey;

    explicit ArticleList(QWidget *parent = nullptr);

    // Up to this many articles are sorted at once; more are sorted on a worker, listed in the corpus' order until
    // then (100,000 articles took longer than the window may stand still, by title far longer).
    static constexpr int SortedAtOnce = 2000;
    // `dateOrder` is ArticleListModel::order(*result, SortKey::Date) when it was worked out already.
    void setResult(const std::shared_ptr<const AnalysisResult> &result, QList<int> dateOrder = {});
    void setOutlets(const QStringList &outlets); // empty = all
    void setCurrentArticle(const QString &articleId);
    void setSortKey(SortKey key);
    // A worker is sorting the articles.
    bool isSorting() const { return m_sorting; }

    // What the empty list says instead of articles; empty while it lists some.
    QString placeholderText() const;

    QTreeView *treeView() const { return m_tree; }
    ArticleListModel *model() const { return m_model; }

Q_SIGNALS:
    void articleActivated(const QString &articleId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void sortOnWorker(SortKey key);

    ArticleListModel *m_model = nullptr;
    QTreeView *m_tree = nullptr;
    QString m_currentArticle;
    // Set while the list follows the document's selection, so that it is not echoed back.
    bool m_following = false;
    int m_sortRequest = 0; // only the last sort asked for is shown
    bool m_sorting = false;
    bool m_filtered = false; // some outlets only
};
