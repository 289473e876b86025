// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "timeline/categorycolors.h"

#include "events/eventcategory.h"
#include "presentation/speakercolors.h"

#include <QHash>

QColor CategoryColors::forCategory(const QString &category, bool darkPalette)
{
    // A qualitative palette (Tableau 10), far apart in hue and lightness; "other" is the neutral grey.
    static const QHash<QString, QColor> fixed {
        { EventCategory::Diplomacy, QColor(0x4e, 0x79, 0xa7) },
        { EventCategory::Military, QColor(0xe1, 0x57, 0x59) },
        { EventCategory::Politics, QColor(0xb0, 0x7a, 0xa1) },
        { EventCategory::Election, QColor(0x76, 0xb7, 0xb2) },
        { EventCategory::Legal, QColor(0x9c, 0x75, 0x5f) },
        { EventCategory::Business, QColor(0x59, 0xa1, 0x4f) },
        { EventCategory::Disaster, QColor(0xf2, 0x8e, 0x2b) },
        { EventCategory::Statement, QColor(0xc9, 0xa2, 0x27) },
        { EventCategory::Other, QColor(0x8c, 0x8c, 0x8c) },
    };
    const auto it = fixed.constFind(category.isEmpty() ? EventCategory::Other : category);
    if (it == fixed.cend())
        return SpeakerColors::forName(category, darkPalette);
    return darkPalette ? it->lighter(125) : *it;
}
