// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/blobenvelope.h"

#include <QtEndian>

#include <zlib.h>

#include <algorithm>
#include <limits>

namespace
{
// One zlib inflater per thread, reset between blobs: qUncompress (zlib's uncompress()) makes and frees
// its state and 32 KB window for every blob, and a reopen uncompresses two blobs per article.
class Inflater
{
public:
    Inflater() { m_ready = inflateInit(&m_stream) == Z_OK; }
    ~Inflater()
    {
        if (m_ready)
            inflateEnd(&m_stream);
    }
    Inflater(const Inflater &) = delete;
    Inflater &operator=(const Inflater &) = delete;

    // The bytes `in` expands to, when it is one whole zlib stream of exactly `expected` bytes.
    std::optional<QByteArray> inflateExactly(QByteArrayView in, qsizetype expected)
    {
        if (!m_ready || inflateReset(&m_stream) != Z_OK)
            return std::nullopt;
        // One byte more than claimed, so that a stream that expands to more is told from one that fits.
        QByteArray out(expected + 1, Qt::Uninitialized);
        m_stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(in.data()));
        m_stream.avail_in = uInt(in.size());
        m_stream.next_out = reinterpret_cast<Bytef *>(out.data());
        m_stream.avail_out = uInt(out.size());
        const int status = ::inflate(&m_stream, Z_FINISH);
        const bool whole = status == Z_STREAM_END && m_stream.avail_in == 0 && m_stream.total_out == uLong(expected);
        if (!whole)
            return std::nullopt;
        out.truncate(expected);
        return out;
    }

private:
    z_stream m_stream {};
    bool m_ready = false;
};
}

QByteArray BlobEnvelope::header(quint32 magic, qint32 version)
{
    QByteArray header(headerSize, Qt::Uninitialized);
    qToBigEndian(magic, header.data());
    qToBigEndian(version, header.data() + 4);
    return header;
}

bool BlobEnvelope::matches(const QByteArray &blob, quint32 magic, qint32 version)
{
    return blob.size() >= headerSize && qFromBigEndian<quint32>(blob.constData()) == magic
        && qFromBigEndian<qint32>(blob.constData() + 4) == version;
}

QByteArray BlobEnvelope::seal(quint32 magic, qint32 version, const QByteArray &body, int compressionLevel)
{
    return header(magic, version) + qCompress(body, compressionLevel);
}

std::optional<QByteArray> BlobEnvelope::open(const QByteArray &blob, quint32 magic, qint32 version)
{
    if (!matches(blob, magic, version))
        return std::nullopt;
    return uncompress(blob, headerSize);
}

std::optional<QByteArray> BlobEnvelope::uncompress(const QByteArray &blob, qsizetype offset)
{
    if (offset < 0 || offset > blob.size())
        return std::nullopt;
    return uncompress(QByteArrayView(blob).sliced(offset));
}

std::optional<QByteArray> BlobEnvelope::uncompress(QByteArrayView bytes)
{
    constexpr quint64 maxExpandedBytes = quint64(256) * 1024 * 1024;
    constexpr quint64 maxRatio = 1100;
    constexpr quint64 maxLargeRatio = 16;
    if (bytes.size() < 4)
        return std::nullopt;
    const auto expanded = qFromBigEndian<quint32>(bytes.data());
    const auto compressed = quint64(bytes.size());
    if (expanded > std::max(maxExpandedBytes, compressed * maxLargeRatio) || expanded > compressed * maxRatio
        || compressed > std::numeric_limits<uInt>::max())
        return std::nullopt;
    // qCompress() writes empty data as the four-byte length alone, with no zlib stream after it.
    if (expanded == 0)
        return compressed == 4 ? std::optional(QByteArray()) : std::nullopt;
    thread_local Inflater inflater;
    return inflater.inflateExactly(bytes.sliced(4), qsizetype(expanded));
}
