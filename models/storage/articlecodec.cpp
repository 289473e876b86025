// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/articlecodec.h"

#include "storage/blobenvelope.h"
#include "storage/blobreader.h"

namespace
{
constexpr quint32 magic = 0x50584146; // "PXAF"
}

QByteArray ArticleCodec::encode(const ArticleBuilder::Built &built)
{
    QByteArray raw;
    QDataStream s(&raw, QIODevice::WriteOnly);
    s.setVersion(QDataStream::Qt_6_4);
    s << quint32(built.warnings.size());
    for (const Error &w : built.warnings)
        s << qint32(w.code) << w.file << w.message;
    s << bool(built.article);
    if (const std::optional<Article> &a = built.article) {
        s << a->file << a->title << a->outlet << a->url << a->author << a->published << qint32(a->publishedBasis)
          << a->text << a->contentHash;
        // Qt writes a list as its count and items: what BlobReader::read(TextSpans &) reads back.
        for (const TextSpans *spans : { &a->paragraphs, &a->sentences, &a->headings, &a->boilerplate })
            s << *spans;
    }
    return BlobEnvelope::seal(magic, version, raw);
}

std::optional<ArticleBuilder::Built> ArticleCodec::decode(const QByteArray &blob)
{
    const std::optional<QByteArray> raw = BlobEnvelope::open(blob, magic, version);
    if (!raw)
        return std::nullopt;

    BlobReader r(*raw, -1);
    ArticleBuilder::Built built;
    const quint32 warnings = r.count(12); // a code and two strings
    for (quint32 i = 0; i < warnings && r.ok(); ++i) {
        Error &w = built.warnings.emplace_back();
        r.read(w.code, Error::Code::Refused);
        r.read(w.file);
        r.read(w.message);
    }
    bool hasArticle = false;
    r.read(hasArticle);
    if (hasArticle && r.ok()) {
        Article &a = built.article.emplace();
        r.read(a.file);
        r.read(a.title);
        r.read(a.outlet);
        r.read(a.url);
        r.read(a.author);
        r.read(a.published);
        r.read(a.publishedBasis, PublishedBasis::Unknown);
        r.read(a.text);
        r.read(a.contentHash);
        r.setTextLength(int(a.text.size()));
        for (TextSpans *spans : { &a.paragraphs, &a.sentences, &a.headings, &a.boilerplate })
            r.read(*spans);
    }
    if (!r.ok() || !r.atEnd())
        return std::nullopt;
    return built;
}
