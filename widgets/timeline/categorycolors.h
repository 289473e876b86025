// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QString>

// The colour of an event category: fixed for the event model's own categories, stable (from the name)
// for those an analyst makes up. Never from a lane's rank, so a category is one colour in every view,
// export and corpus.
namespace CategoryColors
{
QColor forCategory(const QString &category, bool darkPalette = false);
}
