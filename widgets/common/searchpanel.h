// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/corpussearch.h"

#include <QFutureWatcher>
#include <QWidget>

#include <atomic>
#include <memory>

struct AnalysisResult;
class QLabel;
class QListWidget;
class QListWidgetItem;

// Results of a word search across the corpus; the search runs off the GUI thread.
class SearchPanel : public QWidget
{
    Q_OBJECT
public:
    explicit SearchPanel(QWidget *parent = nullptr);
    ~SearchPanel() override;

    void setResult(std::shared_ptr<const AnalysisResult> result);
    int hitCount() const;
    bool isSearching() const { return m_watcher.isRunning(); }

public Q_SLOTS:
    void search(const QString &words);

Q_SIGNALS:
    void hitActivated(const QString &articleId, TextSpan span);
    void finished(int hits);

private:
    void showHits();
    void activate(QListWidgetItem *item);

    std::shared_ptr<const AnalysisResult> m_result;
    std::shared_ptr<std::atomic_bool> m_cancel;
    QFutureWatcher<QList<SearchHit>> m_watcher;
    QString m_words;
    QLabel *m_summary = nullptr;
    QListWidget *m_list = nullptr;
};
