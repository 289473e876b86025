// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "presentation/renderingdiff.h"

#include <QString>

// A rendering as a citation an analyst pastes into a report: the words, who said them, where.
namespace QuoteCitation
{
// “…” — Speaker, quoted by Outlet, “Title” (2025-11-03). URL
QString text(const RenderingView &rendering, const QString &statementSpeaker = {});
}
