// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "corpus/formats/textblock.h"
#include "corpus/structure/boilerplatekind.h"

#include <QList>
#include <QStringView>

// The title line and section headings: what the format marks as such (HTML <h1>…<h6>, Markdown
// '#'), and in plain text a short line standing alone as a paragraph, without closing punctuation,
// that introduces more text. Boilerplate lines are never headings.
class HeadingDetector
{
public:
    struct Result {
        int title = -1; // paragraph index of the title line, -1 when the text has none
        QList<int> headings; // sorted paragraph indices, the title included
        // One-word lines above the title ("Politics"): the page's section, not a heading of the article.
        QList<int> sectionLabels;
    };

    // `knownTitle` (manifest or meta tags) finds the title line when the text has one.
    static Result detect(const QList<QStringView> &paragraphs, const QList<TextBlock> &blocks,
        const QList<BoilerplateKind> &kinds, QStringView knownTitle = {});
};
