// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "quotepanel/contextview.h"

#include "presentation/comparisonhtml.h"
#include "presentation/diffpalette.h"

#include <QDesktopServices>
#include <QEvent>
#include <QScrollBar>

ContextView::ContextView(QWidget *parent)
    : QTextBrowser(parent)
{
    setOpenLinks(false);
    setFrameShape(QFrame::NoFrame);
    setAccessibleName(tr("Renderings in context"));
    connect(this, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.scheme() == QLatin1String("rendering")) {
            bool ok = false;
            const int rendering = url.path().toInt(&ok);
            if (ok)
                Q_EMIT renderingActivated(rendering);
        } else if (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https")) {
            QDesktopServices::openUrl(url);
        }
    });
}

void ContextView::setComparison(const StatementComparison &comparison)
{
    m_comparison = comparison;
    refresh();
    verticalScrollBar()->setValue(0);
}

void ContextView::setCurrentRendering(int rendering)
{
    if (rendering == m_current)
        return;
    m_current = rendering;
    refresh();
    if (rendering >= 0)
        scrollToAnchor(QStringLiteral("card-%1").arg(rendering));
}

void ContextView::refresh()
{
    ComparisonHtml::Options options;
    options.dark = DiffPalette::isDark(palette());
    options.current = m_current;
    setHtml(m_comparison.isValid() ? ComparisonHtml::renderingCards(m_comparison, options) : QString());
}

void ContextView::changeEvent(QEvent *event)
{
    QTextBrowser::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        refresh();
}
