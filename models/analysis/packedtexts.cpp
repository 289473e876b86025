// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/packedtexts.h"

#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>
#include <numeric>

namespace
{
// Fast zlib: the texts are packed and unpacked once each, on the way to the output.
constexpr int compressionLevel = 1;
}

PackedTexts::PackedTexts(Corpus &corpus)
    : m_texts(corpus.articles.size())
{
    QList<int> indices(corpus.articles.size());
    std::iota(indices.begin(), indices.end(), 0);
    // Detached here, once, not by each worker.
    Article *articles = corpus.articles.data();
    QByteArray *packed = m_texts.data();
    QtConcurrent::blockingMap(indices, [&](int i) {
        const QString &text = articles[i].text();
        if (text.isEmpty() || std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.isSurrogate(); }))
            return;
        packed[i] = qCompress(text.toUtf8(), compressionLevel);
        packed[i].squeeze(); // qCompress leaves room for the worst case, larger than the text
        articles[i].setText(QString());
    });
}

QString PackedTexts::text(int article) const
{
    return QString::fromUtf8(qUncompress(m_texts.at(article)));
}
