// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "corpus/article.h"
#include "events/scantoken.h"

#include <QList>

// The tokens of an article's body sentences (boilerplate left out), with each sentence's token range
// and paragraph, in text order.
class ScannedArticle
{
public:
    struct Sentence {
        TextSpan span;
        int begin = 0; // token range [begin, end)
        int end = 0;
        int paragraph = 0;
        bool heading = false;
        bool titleCase = false; // the page's own headline, in Title Case: its known words were lowered
        bool titleCaseSubhead = false; // a heading within the body, in Title Case: its known words were lowered
    };

    explicit ScannedArticle(const Article &article);

    const ScanTokens &tokens() const { return m_tokens; }
    const QList<Sentence> &sentences() const { return m_sentences; }

private:
    bool lowerTitleCase(const Article &article, int begin, int end, qsizetype bodyFrom);

    ScanTokens m_tokens;
    QList<Sentence> m_sentences;
};
