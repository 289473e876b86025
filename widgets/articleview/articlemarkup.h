// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/analysisresult.h"
#include "core/textspan.h"

#include <QList>
#include <QString>

// What the article view marks in one article, taken from the analysis' own spans: nothing is searched here.
struct ArticleMarkup {
    struct QuoteMark {
        TextSpan span;
        QString speaker;
        QString statementId;
        QString quoteId;
    };
    struct MentionMark {
        TextSpan span; // the clause
        TextSpan timex; // the date words inside it (may be empty)
        QString eventId;
        int eventIndex = -1;
    };

    TextSpans boilerplate;
    TextSpans headings;
    QList<QuoteMark> quotes; // sorted by start
    QList<MentionMark> mentions; // sorted by start
    TextSpans annotated; // spans hand annotations are anchored to (set by the view, not the analysis)

    // The innermost mark at `pos`, so a date inside a quote picks the date.
    const QuoteMark *quoteAt(int pos) const;
    const MentionMark *mentionAt(int pos) const;
};

// Where each article's event mentions are, gathered once per analysis (events list mentions by event).
class MentionIndex
{
public:
    struct Ref {
        int event = -1;
        int mention = -1;
    };
    void build(const AnalysisResult &result);
    // An index of one article's mentions alone (a pass over every mention, without keeping the others): what
    // a view shows until build() has run on a worker.
    static MentionIndex ofArticle(const AnalysisResult &result, int article);
    const QList<Ref> &forArticle(int article) const;

private:
    QList<QList<Ref>> m_byArticle;
};

ArticleMarkup buildArticleMarkup(const AnalysisResult &result, const MentionIndex &mentions, int article);
