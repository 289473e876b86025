// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "corpus/articlebuilder.h"

#include <QByteArray>

#include <optional>

// A loaded file (the article as ArticleBuilder made it, before corpus-wide date inference, and the
// file's warnings) as a blob for the project's cache (its head and its text, as UTF-8, compressed apart), so that
// reopening a project does not read and parse files that have not changed. Whoever adds a field to Article must write
// it here and bump `version`.
namespace ArticleCodec
{
inline constexpr int version = 4;

QByteArray encode(const ArticleBuilder::Built &built);
// nullopt for a blob of another version or a damaged one (the file is then parsed again): the
// compressed size, every count, span, enum and date, and the compressed text's checksum are checked. The
// text itself is inflated when first read (Article::text()), from the blob's own bytes when no one else holds it.
std::optional<ArticleBuilder::Built> decode(QByteArray blob);
}
