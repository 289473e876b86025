// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "presentation/renderingdiff.h"

#include <QTextBrowser>

// Each rendering in its article: outlet, date, kind, similarity, coverage, and the sentence around the
// quote with the quote in bold and the speaker cue underlined, so a paraphrase presented as a quote shows.
// A statement that wire copy spread to thousands of outlets shows its cards a page at a time (the page
// holding the current rendering, with links to the pages around it), so that no selection lays out
// thousands of cards on the GUI thread. A page's first cards are shown at once and the rest appended a few
// per turn of the event loop: laying out a page of 50 cards took 30-50 ms, more than what the view shows.
class ContextView : public QTextBrowser
{
    Q_OBJECT
public:
    explicit ContextView(QWidget *parent = nullptr);

    // `current` is the rendering made current with it: its page is shown and its card scrolled to, laid out
    // once rather than again by setCurrentRendering().
    void setComparison(const StatementComparison &comparison, int current = -1);
    void setCurrentRendering(int rendering);

Q_SIGNALS:
    void renderingActivated(int rendering);

protected:
    void changeEvent(QEvent *event) override;

    static constexpr int PageSize = 50;
    // Cards laid out in one turn of the event loop.
    static constexpr int CardsPerTurn = 6;

private:
    void refresh();
    void showPage(int first);
    // The HTML of cards [first, end) of the page, with the link to the next page after its last card.
    QString cardsHtml(int first, int end) const;
    // Appends the page's cards from `first` on, CardsPerTurn of them, then comes back for the rest; `fill` says
    // which refresh this is for, so that a later one stops it.
    void appendCards(int fill, int first);
    // Scrolls to the current rendering's card once it is there.
    void scrollToCurrent();

    StatementComparison m_comparison;
    int m_current = -1;
    int m_first = 0; // the first rendering of the page shown
    int m_filled = 0; // the end of the cards shown so far
    int m_fill = 0; // counts refreshes
    bool m_scrollPending = false; // scroll to the current card when it is appended
};
