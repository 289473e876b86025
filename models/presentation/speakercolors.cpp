// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "presentation/speakercolors.h"

#include <QList>

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

QColor SpeakerColors::forIndex(int index, bool darkPalette)
{
    // A qualitative palette (Tableau 10), far apart in hue and lightness, for a handful of groups.
    static const QList<QColor> light { QColor(0x4e, 0x79, 0xa7), QColor(0xf2, 0x8e, 0x2b), QColor(0xe1, 0x57, 0x59),
        QColor(0x76, 0xb7, 0xb2), QColor(0x59, 0xa1, 0x4f), QColor(0xed, 0xc9, 0x48), QColor(0xb0, 0x7a, 0xa1),
        QColor(0xff, 0x9d, 0xa7), QColor(0x9c, 0x75, 0x5f), QColor(0xba, 0xb0, 0xac) };
    const QColor c = light.at(((index % light.size()) + light.size()) % light.size());
    return darkPalette ? c.lighter(125) : c;
}
