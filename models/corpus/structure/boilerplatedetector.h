// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/textspan.h"
#include "corpus/formats/textblock.h"
#include "corpus/structure/boilerplatekind.h"

#include <QList>
#include <QStringList>
#include <QStringView>

// Finds the paragraphs of a scraped page that are not the article: captions and credits, related
// links, share buttons, ads, tags, bylines, datelines, breadcrumbs, reading times, navigation,
// repeats and the author's blurb. General rules on a paragraph's shape, a lexicon of generic web
// furniture, its position and its neighbours; never a site's exact strings.
class BoilerplateDetector
{
public:
    struct Paragraph {
        QStringView text;
        BlockKind kind = BlockKind::Paragraph;
        bool sameChunkAsPrevious = false;
    };

    // Authors known from elsewhere (manifest, meta tags): their name alone near the end is a blurb.
    void setKnownAuthors(const QStringList &authors) { m_knownAuthors = authors; }

    QList<BoilerplateKind> detect(const QList<Paragraph> &paragraphs) const;

    // In a caption or credit paragraph, the caption sentence that dates its picture the news agencies' way
    // ("Jane Doe speaks, March 4, 2021, in Lyon."), without a label before it or the credit after it; an
    // empty span when there is none. Such a caption may be the only place a happening is dated.
    static TextSpan datedCaption(QStringView text);

    // In a caption or credit paragraph, the caption's own sentence ("Jane Doe waves to supporters in Lyon.")
    // before its credit ("Credit: Jo Kent / Getty"), or the whole of a caption line that is a sentence; an empty
    // span for a credit alone, a caption that is no sentence, and one that quotes (the quote stages never read
    // captions). Such a caption may be the only place a happening the article dates is told again.
    static TextSpan captionSentence(QStringView text);

    // The rules that need no context: what one line says about itself.
    static BoilerplateKind classifyLine(QStringView text);

private:
    // `text` trimmed, its word count known; `form` receives the lexicon form when one was built.
    static BoilerplateKind classify(QStringView text, int words, QString &form);

    QStringList m_knownAuthors;
};
