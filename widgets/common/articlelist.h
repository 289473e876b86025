// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <memory>

struct AnalysisResult;
class QTreeWidget;

// The corpus' articles, each as its title over its outlet and date, so that a narrow dock still shows
// what the article is; picking one shows it in the article view. Sorted by date (or, from the header's
// menu, by outlet or title).
class ArticleList : public QWidget
{
    Q_OBJECT
public:
    enum class SortKey { Date, Outlet, Title };

    explicit ArticleList(QWidget *parent = nullptr);

    void setResult(const std::shared_ptr<const AnalysisResult> &result);
    void setOutlets(const QStringList &outlets); // empty = all
    void setCurrentArticle(const QString &articleId);
    void setSortKey(SortKey key);

    QTreeWidget *treeWidget() const { return m_tree; }

Q_SIGNALS:
    void articleActivated(const QString &articleId);

private:
    QTreeWidget *m_tree = nullptr;
    SortKey m_sortKey = SortKey::Date;
};
