// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "quotepanel/contextview.h"

#include "presentation/comparisonhtml.h"
#include "presentation/diffpalette.h"

#include <QDesktopServices>
#include <QEvent>
#include <QScrollBar>
#include <QTextCursor>
#include <QTimer>

#include <algorithm>

ContextView::ContextView(QWidget *parent)
    : QTextBrowser(parent)
{
    setOpenLinks(false);
    setFrameShape(QFrame::NoFrame);
    setAccessibleName(tr("Renderings in context"));
    connect(this, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.scheme() == QLatin1String("page")) {
            bool ok = false;
            const int first = url.path().toInt(&ok);
            if (ok)
                showPage(first);
        } else if (url.scheme() == QLatin1String("rendering")) {
            bool ok = false;
            const int rendering = url.path().toInt(&ok);
            if (ok)
                Q_EMIT renderingActivated(rendering);
        } else if (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https")) {
            QDesktopServices::openUrl(url);
        }
    });
    // Scrolling towards the end of what is laid out lays out the next cards.
    connect(verticalScrollBar(), &QScrollBar::valueChanged, this, &ContextView::scheduleAppend);
}

void ContextView::setComparison(const StatementComparison &comparison, int current)
{
    m_comparison = comparison;
    if (current >= 0)
        m_current = current;
    m_first = m_current >= 0 ? m_current / PageSize * PageSize : 0;
    refresh();
    verticalScrollBar()->setValue(0);
    m_scrollPending = current >= 0;
    scrollToCurrent();
}

void ContextView::setCurrentRendering(int rendering)
{
    if (rendering == m_current)
        return;
    m_current = rendering;
    if (rendering >= 0)
        m_first = rendering / PageSize * PageSize;
    refresh();
    m_scrollPending = rendering >= 0;
    scrollToCurrent();
}

void ContextView::scrollToCurrent()
{
    if (!m_scrollPending)
        return;
    if (m_current >= m_filled) {
        scheduleAppend();
        return;
    }
    m_scrollPending = false;
    scrollToAnchor(QStringLiteral("card-%1").arg(m_current));
}

void ContextView::showPage(int first)
{
    m_first = std::clamp(first, 0, std::max(0, int(m_comparison.renderings.size()) - 1)) / PageSize * PageSize;
    refresh();
    verticalScrollBar()->setValue(0);
}

void ContextView::refresh()
{
    m_filled = 0;
    m_scrollPending = false;
    if (!m_comparison.isValid()) {
        setHtml(QString());
        return;
    }
    const int count = int(m_comparison.renderings.size());
    m_first = std::min(m_first, std::max(0, count - 1) / PageSize * PageSize);
    const int last = std::min(count, m_first + PageSize);
    QString html;
    if (m_first > 0)
        html += QStringLiteral("<p><a href=\"page:%1\">%2</a></p>")
                    .arg(m_first - PageSize)
                    .arg(tr("\u25b2 Renderings %1\u2013%2 of %3").arg(m_first - PageSize + 1).arg(m_first).arg(count));
    // Up front only the cards that fill the view and a margin below it (one card when the view is small),
    // each appended alone so that none is laid out past that; the rest come a few per turn.
    m_filled = std::min(last, m_first + 1);
    setHtml(html + cardsHtml(m_first, m_filled));
    const int upFront = viewport()->height() * 3 / 2;
    while (m_filled < last && m_filled - m_first < CardsPerTurn && document()->size().height() < upFront)
        appendCardsTo(m_filled + 1);
    scheduleAppend();
}

bool ContextView::wantsMoreCards() const
{
    const int last = std::min(int(m_comparison.renderings.size()), m_first + PageSize);
    if (!m_comparison.isValid() || m_filled >= last)
        return false;
    if (m_scrollPending && m_current >= m_filled && m_current < last)
        return true;
    const int below = verticalScrollBar()->value() + 2 * viewport()->height();
    return document()->size().height() < below;
}

void ContextView::scheduleAppend()
{
    if (m_appendScheduled || !wantsMoreCards())
        return;
    m_appendScheduled = true;
    QTimer::singleShot(0, this, [this] {
        m_appendScheduled = false;
        appendCards();
    });
}

void ContextView::appendCards()
{
    if (!wantsMoreCards())
        return;
    const int last = std::min(int(m_comparison.renderings.size()), m_first + PageSize);
    appendCardsTo(std::min(last, m_filled + CardsPerTurn));
    scrollToCurrent();
    scheduleAppend();
}

void ContextView::appendCardsTo(int end)
{
    const int first = m_filled;
    m_filled = end;
    // Appended where the view does not look: the scroll position stays.
    const int scrolled = verticalScrollBar()->value();
    QTextCursor cursor(document());
    cursor.movePosition(QTextCursor::End);
    cursor.insertHtml(cardsHtml(first, end));
    verticalScrollBar()->setValue(scrolled);
}

QString ContextView::cardsHtml(int first, int end) const
{
    ComparisonHtml::Options options;
    options.dark = DiffPalette::isDark(palette());
    options.current = m_current;
    options.firstCard = first;
    options.cardCount = end - first;
    QString html = ComparisonHtml::renderingCards(m_comparison, options);
    const int count = int(m_comparison.renderings.size());
    const int last = std::min(count, m_first + PageSize);
    if (end == last && last < count)
        html += QStringLiteral("<p><a href=\"page:%1\">%2</a></p>")
                    .arg(last)
                    .arg(tr("\u25bc Renderings %1\u2013%2 of %3")
                             .arg(last + 1)
                             .arg(std::min(count, last + PageSize))
                             .arg(count));
    return html;
}

void ContextView::resizeEvent(QResizeEvent *event)
{
    QTextBrowser::resizeEvent(event);
    scheduleAppend();
}

void ContextView::changeEvent(QEvent *event)
{
    QTextBrowser::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        refresh();
}
