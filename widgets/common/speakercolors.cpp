// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/speakercolors.h"

#include <QHash>

QColor SpeakerColors::forName(const QString &name, bool darkPalette)
{
    if (name.isEmpty())
        return darkPalette ? QColor(0x88, 0x88, 0x88) : QColor(0x99, 0x99, 0x99);
    // Golden-angle hue steps from a stable hash keep neighbouring names apart.
    const uint hash = qHash(name, 0x5eed);
    const int hue = int((hash % 360u) * 137u % 360u);
    return QColor::fromHsl(hue, darkPalette ? 140 : 170, darkPalette ? 150 : 115);
}
