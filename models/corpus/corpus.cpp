// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "corpus/corpus.h"

#include <QCoreApplication>

QString publishedBasisName(PublishedBasis basis)
{
    switch (basis) {
    case PublishedBasis::Manifest:
        return QStringLiteral("manifest");
    case PublishedBasis::HtmlMeta:
        return QStringLiteral("html-meta");
    case PublishedBasis::Byline:
        return QStringLiteral("byline");
    case PublishedBasis::InferredLatestDate:
        return QStringLiteral("inferred-latest-date");
    case PublishedBasis::InferredFromCorpus:
        return QStringLiteral("inferred-corpus");
    case PublishedBasis::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

int Corpus::indexOf(const QString &articleId) const
{
    for (int i = 0; i < articles.size(); ++i) {
        if (articles.at(i).id == articleId)
            return i;
    }
    return -1;
}
