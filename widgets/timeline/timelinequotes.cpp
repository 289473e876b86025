// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "timeline/timelinequotes.h"

#include "analysis/statementevents.h"
#include "core/translation.h"

#include <QSet>

#include <algorithm>

PARALLAX_NAMESPACE_TR(TimelineQuotes)

QList<TimelineQuoteMark> TimelineQuotes::fromResult(const AnalysisResult &result, const QStringList &outlets)
{
    return fromResult(result, StatementEvents(result), outlets);
}

QList<TimelineQuoteMark> TimelineQuotes::fromResult(
    const AnalysisResult &result, const StatementEvents &events, const QStringList &outlets)
{
    const QSet<QString> shown(outlets.cbegin(), outlets.cend());
    QList<TimelineQuoteMark> marks;
    for (const Statement &s : result.statements) {
        TimelineQuoteMark mark;
        mark.statementId = s.id;
        mark.speaker = s.speaker;
        QString gist;
        for (const QString &id : s.quotes) {
            const int qi = result.quoteIndex(id);
            if (qi < 0)
                continue;
            const Quote &q = result.quotes.at(qi);
            if (q.article < 0 || q.article >= result.corpus.articles.size())
                continue;
            const Article &a = result.corpus.articles.at(q.article);
            if (!shown.isEmpty() && !shown.contains(a.outlet.isEmpty() ? a.id : a.outlet))
                continue;
            if (a.published.isValid())
                mark.published.append(a.published);
            if (id == s.reference || gist.isEmpty())
                gist = q.text;
        }
        if (mark.published.isEmpty())
            continue;
        std::sort(mark.published.begin(), mark.published.end());
        mark.said = events.saidOn(s);
        const QString speaker = s.speaker.isEmpty() ? tr("unknown speaker") : s.speaker;
        mark.label = QStringLiteral("%1: “%2”").arg(speaker, gist.simplified());
        marks.append(mark);
    }
    return marks;
}
