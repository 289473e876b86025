// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/searchpanel.h"

#include "analysis/analysisresult.h"

#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace
{
constexpr int ArticleIdRole = Qt::UserRole + 1;
constexpr int StartRole = Qt::UserRole + 2;
constexpr int EndRole = Qt::UserRole + 3;
constexpr int HitLimit = 2000;
}

SearchPanel::SearchPanel(QWidget *parent)
    : QWidget(parent)
    , m_summary(new QLabel(this))
    , m_list(new QListWidget(this))
{
    m_summary->setIndent(6);
    m_summary->setWordWrap(true);
    m_summary->setText(tr("Type words in the search box (Ctrl+F) and press Enter."));
    m_list->setAlternatingRowColors(true);
    m_list->setWordWrap(true);
    m_list->setFrameShape(QFrame::NoFrame);
    connect(m_list, &QListWidget::itemActivated, this, &SearchPanel::activate);
    connect(m_list, &QListWidget::itemClicked, this, &SearchPanel::activate);
    connect(&m_watcher, &QFutureWatcher<QList<SearchHit>>::finished, this, &SearchPanel::showHits);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(m_list, 1);
}

SearchPanel::~SearchPanel()
{
    if (m_cancel)
        m_cancel->store(true);
    m_watcher.waitForFinished();
}

void SearchPanel::setResult(std::shared_ptr<const AnalysisResult> result)
{
    if (m_cancel)
        m_cancel->store(true);
    m_watcher.waitForFinished();
    m_result = std::move(result);
    m_list->clear();
}

int SearchPanel::hitCount() const
{
    return m_list->count();
}

void SearchPanel::search(const QString &words)
{
    if (m_cancel)
        m_cancel->store(true);
    m_words = words.simplified();
    m_list->clear();
    if (!m_result || m_words.isEmpty()) {
        m_summary->setText(m_result ? tr("Nothing to search for.") : tr("Open a corpus to search it."));
        return;
    }
    m_summary->setText(tr("Searching for “%1”…").arg(m_words));
    m_cancel = std::make_shared<std::atomic_bool>(false);
    // The future holds its own reference to the result, so a new corpus can replace it meanwhile.
    m_watcher.setFuture(QtConcurrent::run([result = m_result, words = m_words, cancel = m_cancel] {
        return CorpusSearch::find(result->corpus, words, HitLimit, cancel.get());
    }));
}

void SearchPanel::showHits()
{
    if (!m_result || (m_cancel && m_cancel->load()) || m_watcher.isCanceled())
        return;
    const QList<SearchHit> hits = m_watcher.result();
    for (const SearchHit &hit : hits) {
        const Article &a = m_result->corpus.articles.at(hit.article);
        auto *item = new QListWidgetItem(
            QStringLiteral("%1 — %2").arg(a.outlet.isEmpty() ? a.id : a.outlet, hit.context), m_list);
        item->setToolTip(a.title);
        item->setData(ArticleIdRole, a.id);
        item->setData(StartRole, hit.span.start);
        item->setData(EndRole, hit.span.end);
    }
    if (hits.isEmpty())
        m_summary->setText(tr("No article contains “%1”.").arg(m_words));
    else if (hits.size() >= HitLimit)
        m_summary->setText(tr("The first %n place(s) with “%1”:", nullptr, int(hits.size())).arg(m_words));
    else
        m_summary->setText(tr("%n place(s) with “%1”:", nullptr, int(hits.size())).arg(m_words));
    Q_EMIT finished(int(hits.size()));
}

void SearchPanel::activate(QListWidgetItem *item)
{
    if (item)
        Q_EMIT hitActivated(
            item->data(ArticleIdRole).toString(), { item->data(StartRole).toInt(), item->data(EndRole).toInt() });
}
