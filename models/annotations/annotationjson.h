// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annotations/annotation.h"

#include <QJsonObject>

#include <functional>
#include <optional>

// Annotations as JSON. The stored form (in the project file) keeps offsets in UTF-16, named
// "start_utf16"/"end_utf16"; exported forms give code points, converted with the article's text.
namespace AnnotationJson
{
QJsonObject toStored(const Annotation &annotation);
// nullopt when the object is not a usable annotation (no id).
std::optional<Annotation> fromStored(const QJsonObject &object);
QByteArray toStoredBytes(const Annotation &annotation);
std::optional<Annotation> fromStoredBytes(const QByteArray &bytes);

// Maps a UTF-16 offset in an article to code points; returns -1 when the article is unknown.
using CodePointConverter = std::function<int(const QString &articleId, int utf16Offset)>;

// The export form (`parallax annotations --format json`): names instead of enums, code point offsets.
QJsonObject toExport(const Annotation &annotation, const CodePointConverter &toCodePoint);
}
