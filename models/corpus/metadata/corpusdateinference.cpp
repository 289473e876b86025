// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "corpus/metadata/corpusdateinference.h"

#include "core/logging.h"

#include <algorithm>

namespace
{
bool isStated(PublishedBasis basis)
{
    return basis == PublishedBasis::Manifest || basis == PublishedBasis::HtmlMeta || basis == PublishedBasis::Byline;
}
}

int CorpusDateInference::apply(QList<Article> &articles)
{
    QList<QDate> stated;
    for (const Article &a : std::as_const(articles)) {
        if (a.published.isValid() && isStated(a.publishedBasis))
            stated.append(a.published);
    }
    if (stated.isEmpty() || stated.size() == articles.size())
        return 0;
    std::sort(stated.begin(), stated.end());
    if (stated.constFirst().daysTo(stated.constLast()) > maxWindowDays) {
        Logging::get("corpus")->info("dated articles span {} days: undated articles stay undated",
            stated.constFirst().daysTo(stated.constLast()));
        return 0;
    }
    // The lower median: with two dates, the earlier one, which is closer to the first reports.
    const QDate guess = stated.at((stated.size() - 1) / 2);
    int dated = 0;
    for (Article &a : articles) {
        // A date inferred from the article's own latest mention is only a lower bound: the corpus wins.
        if (a.published.isValid() && a.publishedBasis != PublishedBasis::InferredLatestDate)
            continue;
        if (a.published.isValid() && a.published > guess)
            continue;
        a.published = guess;
        a.publishedBasis = PublishedBasis::InferredFromCorpus;
        ++dated;
    }
    Logging::get("corpus")->info(
        "{} undated article(s) dated {} from the corpus", dated, guess.toString(Qt::ISODate).toStdString());
    return dated;
}
