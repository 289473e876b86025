// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "presentation/renderingdiff.h"

#include <QColor>
#include <QList>
#include <QPalette>
#include <QString>

// The colours and names of the difference marks, shared by the panel, its legend and the exporters,
// so that a mark looks the same on screen, in HTML and in a PNG.
namespace DiffPalette
{
bool isDark(const QPalette &palette);

// The tint behind a marked cell; invalid for marks drawn without one (same, normalisation, outside).
QColor background(CellMark mark, bool dark);
// The strong colour of a mark: underline, swatch border, struck-through omitted words.
QColor accent(CellMark mark, bool dark);

QString label(CellMark mark);
QString description(CellMark mark);

// The marks the legend explains, in reading order.
QList<CellMark> legendMarks();
}
