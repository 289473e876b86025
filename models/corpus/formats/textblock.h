// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QString>

// What a format's structure says about a block; plain text only knows paragraphs and list items.
enum class BlockKind { Paragraph, Title, Heading, ListItem, Caption };

// One paragraph-to-be, as extracted from a file before the article text is composed.
struct TextBlock {
    QString text;
    BlockKind kind = BlockKind::Paragraph;
    // Split from the previous block at a single line break (same source paragraph): a caption
    // line right above its credit line looks like this.
    bool sameChunkAsPrevious = false;
};

// Metadata a file carries itself (HTML meta tags, JSON-LD, Markdown front matter).
struct DocumentMeta {
    QString title;
    QString author;
    QString siteName;
    QString url;
    QDate published;
};

// What an extractor makes of one file.
struct ExtractedDocument {
    QList<TextBlock> blocks;
    DocumentMeta meta;
};
