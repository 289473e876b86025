// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/analysisresult.h"

#include <QJsonObject>

// The `parallax dump` document (schema in README.md). Offsets are code point indices.
namespace DumpWriter
{
QJsonObject toJson(const AnalysisResult &result);
QByteArray toBytes(const AnalysisResult &result);
}
