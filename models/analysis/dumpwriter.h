// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/analysisresult.h"

class QIODevice;

// The `parallax dump` document (schema in README.md). Offsets are code point indices. It is written
// as it is made, one article, quote, statement or event at a time, so that memory follows the
// analysis and not the output (a 100,000-article dump is gigabytes of JSON). Keys come in the order
// QJsonObject gives them (sorted), so the bytes are what QJsonDocument would write.
namespace DumpWriter
{
enum class Format { Compact, Indented };

// False when the device refused a write.
bool write(const AnalysisResult &result, QIODevice *device, Format format = Format::Compact);
QByteArray toBytes(const AnalysisResult &result, Format format = Format::Compact);
}
