// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/blobenvelope.h"

#include <QtEndian>

#include <algorithm>

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
