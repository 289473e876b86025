// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "articleview/articlemarkup.h"

#include <QPalette>
#include <QSyntaxHighlighter>

// Formats an article from its markup: boilerplate dimmed, headings bold, quotes tinted by speaker,
// event clauses and their date words underlined, the focused span emphasised.
// The document must hold Article::text unchanged, so document positions are the spans' UTF-16 offsets.
class ArticleHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT
public:
    explicit ArticleHighlighter(QTextDocument *document);

    void setMarkup(const ArticleMarkup *markup); // not owned; nullptr = plain text
    void setFocusSpan(TextSpan span);
    void setPalette(const QPalette &palette);

protected:
    void highlightBlock(const QString &text) override;

private:
    const ArticleMarkup *m_markup = nullptr;
    TextSpan m_focus;
    QPalette m_palette;
};
