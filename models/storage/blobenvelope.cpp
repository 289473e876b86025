// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/blobenvelope.h"

#include <QtEndian>

#include <algorithm>

QByteArray BlobEnvelope::seal(quint32 magic, qint32 version, const QByteArray &body, int compressionLevel)
{
    const QByteArray compressed = qCompress(body, compressionLevel);
    QByteArray blob(headerSize + compressed.size(), Qt::Uninitialized);
    qToBigEndian(magic, blob.data());
    qToBigEndian(version, blob.data() + 4);
    std::copy(compressed.cbegin(), compressed.cend(), blob.begin() + headerSize);
    return blob;
}

std::optional<QByteArray> BlobEnvelope::open(const QByteArray &blob, quint32 magic, qint32 version)
{
    if (blob.size() < headerSize || qFromBigEndian<quint32>(blob.constData()) != magic
        || qFromBigEndian<qint32>(blob.constData() + 4) != version)
        return std::nullopt;
    return uncompress(blob, headerSize);
}

std::optional<QByteArray> BlobEnvelope::uncompress(const QByteArray &blob, qsizetype offset)
{
    constexpr quint64 maxExpandedBytes = quint64(256) * 1024 * 1024;
    constexpr quint64 maxRatio = 1100;
    constexpr quint64 maxLargeRatio = 16;
    if (blob.size() < offset + 4)
        return std::nullopt;
    const auto expanded = qFromBigEndian<quint32>(blob.constData() + offset);
    const auto compressed = quint64(blob.size() - offset);
    if (expanded > std::max(maxExpandedBytes, compressed * maxLargeRatio) || expanded > compressed * maxRatio)
        return std::nullopt;
    QByteArray raw = qUncompress(reinterpret_cast<const uchar *>(blob.constData() + offset), compressed);
    if (raw.size() != qsizetype(expanded))
        return std::nullopt;
    return raw;
}
