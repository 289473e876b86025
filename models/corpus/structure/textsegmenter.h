// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/textspan.h"
#include "corpus/formats/textblock.h"

#include <QList>
#include <QString>

// Paragraphs and sentences. Plain text is split into blocks (blank lines always separate
// paragraphs; single line breaks are read as soft wraps or as paragraph breaks by their shape),
// blocks are composed into the article text, and sentences found with ICU's sentence rules with
// the "standard" abbreviation suppressions, so "U.S." and "Mr." do not end a sentence.
class TextSegmenter
{
public:
    struct Composed {
        QString text; // paragraphs joined by "\n\n", spaces collapsed
        TextSpans paragraphs;
        QList<TextBlock> blocks; // the non-empty blocks, one per paragraph, text dropped
    };

    static QList<TextBlock> splitPlainText(QStringView text);
    // `blocks` without a block that repeats the one right before it (the same words, case and punctuation
    // aside), whatever the format: an image's alt text read as a line beside its caption, a caption repeating
    // the heading above it. The first is kept.
    static QList<TextBlock> withoutRepeats(QList<TextBlock> blocks);
    static Composed compose(QList<TextBlock> blocks);
    // Sentences of each span in `spans` (sorted); offsets index `text`.
    static TextSpans sentences(const QString &text, const TextSpans &spans);
};
