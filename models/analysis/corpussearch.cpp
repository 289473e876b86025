// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/corpussearch.h"

#include <QRegularExpression>

namespace
{
QString contextAround(const QString &text, TextSpan span)
{
    constexpr int reach = 48;
    const int from = qMax(0, span.start - reach);
    const int to = qMin(int(text.size()), span.end + reach);
    QString context = text.mid(from, to - from).simplified();
    if (from > 0)
        context.prepend(QChar(0x2026));
    if (to < text.size())
        context.append(QChar(0x2026));
    return context;
}
}

QList<SearchHit> CorpusSearch::find(
    const Corpus &corpus, const QString &words, int limit, const std::atomic_bool *cancel)
{
    QList<SearchHit> hits;
    const QStringList parts = words.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (parts.isEmpty())
        return hits;
    QStringList escaped;
    for (const QString &part : parts)
        escaped.append(QRegularExpression::escape(part));
    const QRegularExpression pattern(escaped.join(QStringLiteral("\\s+")),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    for (int a = 0; a < corpus.articles.size() && hits.size() < limit; ++a) {
        if (cancel && cancel->load())
            break;
        const QString &text = corpus.articles.at(a).text();
        auto it = pattern.globalMatch(text);
        while (it.hasNext() && hits.size() < limit) {
            const QRegularExpressionMatch m = it.next();
            const TextSpan span { int(m.capturedStart()), int(m.capturedEnd()) };
            hits.append({ a, span, contextAround(text, span) });
        }
    }
    return hits;
}
