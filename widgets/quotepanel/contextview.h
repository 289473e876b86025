// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "presentation/renderingdiff.h"

#include <QTextBrowser>

// Each rendering in its article: outlet, date, kind, similarity, coverage, and the sentence around the
// quote with the quote in bold and the speaker cue underlined, so a paraphrase presented as a quote shows.
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

private:
    void refresh();

    StatementComparison m_comparison;
    int m_current = -1;
};
