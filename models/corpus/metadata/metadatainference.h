// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "corpus/article.h"
#include "corpus/formats/textblock.h"
#include "corpus/structure/boilerplatekind.h"

#include <QList>
#include <QStringView>

// Title, author, publication date and outlet of an article when no manifest says so: the file's
// own metadata first, then what the text shows (title line, byline, dateline), and as a last
// resort the latest "as of <date>" the article states, flagged by its basis.
class MetadataInference
{
public:
    struct Result {
        QString title;
        QString author;
        QDate published;
        PublishedBasis basis = PublishedBasis::Unknown;
        QString outlet;
    };

    // `title` is the title paragraph's index (-1 when none).
    static Result infer(
        const QList<QStringView> &paragraphs, const QList<BoilerplateKind> &kinds, int title, const DocumentMeta &meta);

    // The latest date the text states with "as of", "as at", "updated" or "at the time of writing";
    // month dates count from the earliest day they allow ("late November 2025" is the 21st).
    static QDate latestAsOfDate(QStringView text);
};
