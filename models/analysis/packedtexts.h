// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "corpus/corpus.h"

#include <QByteArray>
#include <QList>
#include <QString>

// The articles' texts, compressed, taken out of a corpus for a stretch in which nothing reads them (the
// command-line tools' event merge, before `dump` writes them): UTF-16 text was the largest part of a dump's
// memory, and packed it is a small fraction. A text with a surrogate stays in its article, so that the code
// point offsets of a packed one are its UTF-16 offsets and its UTF-8 round trip is exact.
class PackedTexts
{
public:
    PackedTexts() = default;
    // Moves every text it can out of `corpus` (those articles' `text` is then null).
    explicit PackedTexts(Corpus &corpus);

    bool holds(int article) const { return article < m_texts.size() && !m_texts.at(article).isNull(); }
    // Article `article`'s text, when holds(article).
    QString text(int article) const;

private:
    QList<QByteArray> m_texts; // by article: qCompress'd UTF-8; null for a text left in its article
};
