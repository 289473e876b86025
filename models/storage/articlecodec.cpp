// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/articlecodec.h"

#include "storage/blobenvelope.h"
#include "storage/blobreader.h"

#include <QtEndian>

#include <zlib.h>

namespace
{
constexpr quint32 magic = 0x50584146; // "PXAF"
// After the header: the length of the compressed head (what is not the text).
constexpr qsizetype headAt = BlobEnvelope::headerSize + 4;
// zlib's fastest level: the cache write of a new project was a third of its time at the default (6), and the
// fastest costs little in size. Any level inflates the same, so blobs of every level stay readable.
constexpr int compressionLevel = 1;

// How the text is stored: UTF-8 (half the bytes of UTF-16 to compress and inflate, and no byte swap),
// or UTF-16 for a text UTF-8 cannot carry unchanged (a lone surrogate).
enum class TextEncoding { Utf8, Utf16 };

QByteArray encodeText(const QString &text, TextEncoding encoding)
{
    if (encoding == TextEncoding::Utf8)
        return text.toUtf8();
    QByteArray bytes(text.size() * 2, Qt::Uninitialized);
    qToBigEndian<char16_t>(text.utf16(), text.size(), bytes.data());
    return bytes;
}

std::optional<QString> decodeText(const QByteArray &bytes, TextEncoding encoding, qsizetype length)
{
    QString text;
    if (encoding == TextEncoding::Utf8) {
        text = QString::fromUtf8(bytes);
    } else if (bytes.size() == length * 2) {
        text.resize(length);
        qFromBigEndian<char16_t>(bytes.constData(), length, text.data());
    }
    if (text.size() != length)
        return std::nullopt;
    return text;
}

// Of the compressed text: the text is inflated only when first read (ArticleText), so a damaged one is told at
// the load, where the file can still be parsed again, by its checksum.
quint32 checksum(QByteArrayView bytes)
{
    return quint32(crc32_z(0, reinterpret_cast<const Bytef *>(bytes.data()), size_t(bytes.size())));
}
}

QByteArray ArticleCodec::encode(const ArticleBuilder::Built &built)
{
    QByteArray head;
    QDataStream s(&head, QIODevice::WriteOnly);
    s.setVersion(QDataStream::Qt_6_4);
    s << quint32(built.warnings.size());
    for (const Error &w : built.warnings)
        s << qint32(w.code) << w.file << w.message;
    s << bool(built.article);
    QByteArray text;
    if (const std::optional<Article> &a = built.article) {
        const TextEncoding encoding = QStringView(a->text()).isValidUtf16() ? TextEncoding::Utf8 : TextEncoding::Utf16;
        text = qCompress(encodeText(a->text(), encoding), compressionLevel);
        s << a->file << a->title << a->outlet << a->url << a->author << a->published << qint32(a->publishedBasis)
          << qint32(a->text().size()) << qint32(encoding) << a->contentHash << checksum(text);
        // Qt writes a list as its count and items: what BlobReader::read(TextSpans &) reads back.
        for (const TextSpans *spans : { &a->paragraphs, &a->sentences, &a->headings, &a->boilerplate })
            s << *spans;
    }
    const QByteArray compressedHead = qCompress(head, compressionLevel);
    QByteArray blob = BlobEnvelope::header(magic, version);
    blob.resize(headAt);
    qToBigEndian<quint32>(quint32(compressedHead.size()), blob.data() + BlobEnvelope::headerSize);
    return blob + compressedHead + text;
}

std::optional<ArticleBuilder::Built> ArticleCodec::decode(QByteArray blob)
{
    if (!BlobEnvelope::matches(blob, magic, version) || blob.size() < headAt)
        return std::nullopt;
    const auto headBytes = qFromBigEndian<quint32>(blob.constData() + BlobEnvelope::headerSize);
    if (headBytes > quint64(blob.size() - headAt))
        return std::nullopt;
    const std::optional<QByteArray> head = BlobEnvelope::uncompress(QByteArrayView(blob).sliced(headAt, headBytes));
    if (!head)
        return std::nullopt;

    BlobReader r(*head, -1);
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
    const qsizetype textAt = headAt + headBytes;
    if (!hasArticle)
        return r.ok() && r.atEnd() && textAt == blob.size() ? std::optional(built) : std::nullopt;
    Article &a = built.article.emplace();
    r.read(a.file);
    r.read(a.title);
    r.read(a.outlet);
    r.read(a.url);
    r.read(a.author);
    r.read(a.published);
    r.read(a.publishedBasis, PublishedBasis::Unknown);
    qint32 length = 0;
    r.read(length);
    TextEncoding encoding = TextEncoding::Utf8;
    r.read(encoding, TextEncoding::Utf16);
    r.read(a.contentHash);
    quint32 textChecksum = 0;
    r.read(textChecksum);
    r.setTextLength(length);
    for (TextSpans *spans : { &a.paragraphs, &a.sentences, &a.headings, &a.boilerplate })
        r.read(*spans);
    if (!r.ok() || !r.atEnd() || length < 0)
        return std::nullopt;
    // The text keeps the blob's bytes rather than a copy of them: dropping a prefix of a blob no one else holds
    // only moves its start (a reopen copied every article's compressed text once more).
    QByteArray text = std::move(blob);
    text.remove(0, textAt);
    if (checksum(text) != textChecksum)
        return std::nullopt;
    a.setText(ArticleText::deferred(text, length, a.file, [encoding, length](const QByteArray &bytes) {
        const std::optional<QByteArray> utf = BlobEnvelope::uncompress(bytes);
        return utf ? decodeText(*utf, encoding, length) : std::nullopt;
    }));
    return built;
}
