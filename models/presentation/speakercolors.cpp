// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "presentation/speakercolors.h"

QColor SpeakerColors::forName(const QString &name, bool darkPalette)
{
    if (name.isEmpty())
        return darkPalette ? QColor(0x88, 0x88, 0x88) : QColor(0x99, 0x99, 0x99);
    // Golden-angle hue steps from a stable hash keep neighbouring names apart. FNV-1a, not qHash:
    // qHash mixes in a per-process seed, and a speaker must keep its colour from one run to the next.
    uint hash = 2166136261u;
    for (const QChar c : name) {
        hash ^= c.unicode();
        hash *= 16777619u;
    }
    // Final avalanche (murmur3's): FNV's low bits alone cluster short names into few hues.
    hash ^= hash >> 16;
    hash *= 0x85ebca6bu;
    hash ^= hash >> 13;
    hash *= 0xc2b2ae35u;
    hash ^= hash >> 16;
    const int hue = int((hash % 360u) * 137u % 360u);
    return QColor::fromHsl(hue, darkPalette ? 140 : 170, darkPalette ? 150 : 115);
}
