// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "presentation/renderingdiff.h"

#include <QTextBrowser>

// Each rendering in its article: outlet, date, kind, similarity, coverage, and the sentence around the
// quote with the quote in bold and the speaker cue underlined, so a paraphrase presented as a quote shows.
// A statement that wire copy spread to thousands of outlets shows its cards a page at a time (the page
// holding the current rendering, with links to the pages around it), so that no selection lays out
// thousands of cards on the GUI thread.
class ContextView : public QTextBrowser
{
    Q_OBJECT
public:
    explicit ContextView(QWidget *parent = nullptr);

    void setComparison(const StatementComparison &comparison);
    void setCurrentRendering(int rendering);

Q_SIGNALS:
    void renderingActivated(int rendering);

protected:
    void changeEvent(QEvent *event) override;

    static constexpr int PageSize = 50;

private:
    void refresh();
    void showPage(int first);

    StatementComparison m_comparison;
    int m_current = -1;
    int m_first = 0; // the first rendering of the page shown
};
