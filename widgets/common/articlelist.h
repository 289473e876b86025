// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <memory>

struct AnalysisResult;
class QTreeWidget;

// The corpus' articles by outlet, date and title; picking one shows it in the article view.
class ArticleList : public QWidget
{
    Q_OBJECT
public:
    explicit ArticleList(QWidget *parent = nullptr);

    void setResult(std::shared_ptr<const AnalysisResult> result);
    void setOutlets(const QStringList &outlets); // empty = all
    void setCurrentArticle(int article);

Q_SIGNALS:
    void articleActivated(int article);

private:
    QTreeWidget *m_tree = nullptr;
};
