// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "presentation/renderingdiff.h"

#include <QTextBrowser>

// Each rendering in its article: outlet, date, kind, similarity, coverage, and the sentence around the
// quote with the quote in bold and the speaker cue underlined, so a paraphrase presented as a quote shows.
// A statement that wire copy spread to thousands of outlets shows its cards a page at a time (the page
// holding the current rendering, with links to the pages around it), so that no selection lays out
// thousands of cards on the GUI thread. The cards that fill the view are shown at once and the rest appended a few
// per turn of the event loop, only as far as the view shows (and a screen beyond it, so that scrolling
// finds them there): laying out a page of 50 cards took 30-50 ms, most of it for cards nobody scrolled to.
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
    void resizeEvent(QResizeEvent *event) override;

    static constexpr int PageSize = 50;
    // Cards laid out in one turn of the event loop.
    static constexpr int CardsPerTurn = 6;

private:
    void refresh();
    void showPage(int first);
    // The HTML of cards [first, end) of the page, with the link to the next page after its last card.
    QString cardsHtml(int first, int end) const;
    // Appends the page's next CardsPerTurn cards, then comes back for more while the view wants them.
    void appendCards();
    // Appends cards [m_filled, end) of the page, keeping the scroll position.
    void appendCardsTo(int end);
    // Whether the page has cards not shown yet that the view shows or is about to: the current one, still to
    // be scrolled to, or those within a screen below what is visible.
    bool wantsMoreCards() const;
    // Asks for appendCards() on the next turn of the event loop, once: a refresh meanwhile starts the page
    // again, and the call appends to that.
    void scheduleAppend();
    // Scrolls to the current rendering's card once it is there.
    void scrollToCurrent();

    StatementComparison m_comparison;
    int m_current = -1;
    int m_first = 0; // the first rendering of the page shown
    int m_filled = 0; // the end of the cards shown so far
    bool m_scrollPending = false; // scroll to the current card when it is appended
    bool m_appendScheduled = false;
};
