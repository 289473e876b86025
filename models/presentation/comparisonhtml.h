// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "presentation/renderingdiff.h"

#include <QList>
#include <QString>

// The comparison of a statement as HTML: the context cards the panel shows in a text browser, and the
// whole self-contained page the HTML export writes. Inline styles only, so both render the same.
namespace ComparisonHtml
{
struct Options {
    bool dark = false;
    bool showNormalisation = true;
    int current = -1; // the rendering to highlight; -1 for none
    int bandCharacters = 90; // alignment columns wrap into bands of about this many characters
    int firstCard = 0; // renderingCards(): the cards of renderings [firstCard, firstCard + cardCount)
    int cardCount = -1; // -1: to the last
};

// Speaker, gist, how many outlets, how far they diverge, attribution conflicts.
QString statementHeader(const StatementComparison &comparison);
// The alignment as tables, one per band, renderings as rows, cells tinted by difference.
QString alignmentTable(const StatementComparison &comparison, const Options &options);
// Per rendering: outlet, article, date, kind, similarity, coverage, and its sentence with the quote in bold
// and the speaker cue underlined. Each card's title links to "rendering:<index>". Linear in the alignment's
// size and the cards asked for.
QString renderingCards(const StatementComparison &comparison, const Options &options);
QString legend(const Options &options);
// A complete page: title, legend, then each statement with its table and cards.
QString document(const QString &title, const QList<StatementComparison> &comparisons, const Options &options);

// How a rendering differs from the reference, in words for the reader.
QString differenceText(const RenderingView &rendering);
// A rendering's name in a table: its outlet, numbered when the outlet renders the statement more than once,
// starred when it is the reference.
QString renderingLabel(const StatementComparison &comparison, int rendering);
// " #2" for the second of an outlet's renderings of the statement (all are numbered); empty when it has one.
QString renderingNumber(const StatementComparison &comparison, int rendering);
// What part of the statement a rendering covers, as a line of text.
QString coverageText(const StatementComparison &comparison, int rendering);
}
