// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/blobenvelope.h"

#include <QtEndian>

#include <libdeflate.h>

#include <algorithm>

namespace
{
// One libdeflate decompressor per thread, kept between blobs. libdeflate inflates a whole zlib stream into a
// buffer of known size about three times as fast as zlib's inflate() (a reopen's largest cost); the streams
// are still the zlib format qCompress() writes.
class Inflater
{
public:
    Inflater()
        : m_decompressor(libdeflate_alloc_decompressor())
    {
    }
    ~Inflater() { libdeflate_free_decompressor(m_decompressor); }
    Inflater(const Inflater &) = delete;
    Inflater &operator=(const Inflater &) = delete;

    // The bytes `in` expands to, when it is one whole zlib stream of exactly `expected` bytes (its checksum
    // right, and nothing after it).
    std::optional<QByteArray> inflateExactly(QByteArrayView in, qsizetype expected)
    {
        if (!m_decompressor)
            return std::nullopt;
        QByteArray out(expected, Qt::Uninitialized);
        size_t consumed = 0;
        // Given nowhere to say how much it wrote, libdeflate fails a stream that fills `out` short or overflows it.
        const libdeflate_result status = libdeflate_zlib_decompress_ex(
            m_decompressor, in.data(), size_t(in.size()), out.data(), size_t(out.size()), &consumed, nullptr);
        if (status != LIBDEFLATE_SUCCESS || consumed != size_t(in.size()))
            return std::nullopt;
        return out;
    }

private:
    libdeflate_decompressor *m_decompressor;
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
    if (expanded > std::max(maxExpandedBytes, compressed * maxLargeRatio) || expanded > compressed * maxRatio)
        return std::nullopt;
    // qCompress() writes empty data as the four-byte length alone, with no zlib stream after it.
    if (expanded == 0)
        return compressed == 4 ? std::optional(QByteArray()) : std::nullopt;
    thread_local Inflater inflater;
    return inflater.inflateExactly(bytes.sliced(4), qsizetype(expanded));
}
