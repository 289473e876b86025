// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/analysisresult.h"

#include <memory>

// A small analysis made by hand for the view tests: three articles from two outlets, events in 2018,
// 2019 and October 2025 (one with a conflict, one known only to the month), two statements.
namespace SyntheticAnalysis
{
std::shared_ptr<const AnalysisResult> make();
// The span of the first occurrence of `words` in article `article`.
TextSpan spanOf(const AnalysisResult &result, int article, const QString &words);
}
