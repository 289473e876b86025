// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/analysisresult.h"

#include <QImage>
#include <QSize>
#include <QStringList>

#include <memory>

// The quote panel as a picture, for the PNG export (QuoteExporter's image renderer).
namespace QuotePanelImage
{
// The panel as the analyst sees it with the first of `statementIds` selected and the list narrowed to them.
// Needs a QApplication (the offscreen platform will do).
QImage render(const std::shared_ptr<const AnalysisResult> &result, const QStringList &statementIds, QSize size);
}
