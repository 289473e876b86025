// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "corpus/corpus.h"
#include "corpus/manifest.h"

#include <QByteArrayView>
#include <QCoreApplication>

#include <optional>

// One file's bytes to one Article: decode, extract (plain text, Markdown or HTML), compose the
// text, flag boilerplate, find headings and sentences, infer metadata, apply the manifest entry.
// Pure: no file system access, so it runs on any thread and in tests.
class ArticleBuilder
{
    Q_DECLARE_TR_FUNCTIONS(ArticleBuilder)

public:
    enum class Format { PlainText, Markdown, Html };

    struct Built {
        std::optional<Article> article;
        QList<Error> warnings;
    };

    static std::optional<Format> formatForFile(QStringView path);

    // `file` is the path relative to the corpus root, for the article and for messages.
    // The key that tells a cached analysis of the text is stale: XXH3-128, in hex.
    static QByteArray contentHash(const QString &text);
    static Built build(const QString &file, QByteArrayView bytes, Format format, const ManifestEntry *entry = nullptr);
};
