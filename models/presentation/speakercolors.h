// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QString>

// One stable, distinguishable colour per name (speaker, outlet, category), shared by every view
// so that the same speaker has the same colour in the article view, the quote panel and the timeline.
namespace SpeakerColors
{
QColor forName(const QString &name, bool darkPalette = false);
}
