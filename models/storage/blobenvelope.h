// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QtGlobal>

#include <optional>

// The frame of every blob the project's cache codecs write: a magic number and a version (big-endian,
// as QDataStream writes them), then the body as qCompress() made it. A blob of another codec or
// version, or a damaged one, opens to nothing, and the codec's caller rebuilds what it held.
namespace BlobEnvelope
{
inline constexpr qsizetype headerSize = 8;

// The header alone, for a codec that frames its body itself.
QByteArray header(quint32 magic, qint32 version);
bool matches(const QByteArray &blob, quint32 magic, qint32 version);
QByteArray seal(quint32 magic, qint32 version, const QByteArray &body, int compressionLevel = -1);
// The body, when `blob` starts with `magic` and `version` and the rest uncompresses.
std::optional<QByteArray> open(const QByteArray &blob, quint32 magic, qint32 version);
// The bytes qCompress() made, from `offset` of `blob`. qUncompress allocates what the first four bytes
// claim: the claim is checked first (zlib expands at most about 1:1032). Up to 256 MB are believed of
// any blob; past that only 16 times what the blob holds (Parallax's blobs expand about four-fold; the
// corpus-level results of 100,000 articles expand to some 300 MB).
std::optional<QByteArray> uncompress(const QByteArray &blob, qsizetype offset);
std::optional<QByteArray> uncompress(QByteArrayView bytes);
}
