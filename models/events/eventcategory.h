// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

// The categories the event model files a happening under, fitting any news story. They are the
// timeline's default lanes, and each keeps one colour in every view, export and corpus. An analyst may
// give an event any other category by hand.
namespace EventCategory
{
inline const QString Diplomacy = QStringLiteral("diplomacy");
inline const QString Military = QStringLiteral("military");
inline const QString Politics = QStringLiteral("politics");
inline const QString Election = QStringLiteral("election");
inline const QString Legal = QStringLiteral("legal");
inline const QString Business = QStringLiteral("business");
inline const QString Disaster = QStringLiteral("disaster"); // disasters and accidents
inline const QString Statement = QStringLiteral("statement"); // statements and announcements
inline const QString Other = QStringLiteral("other");

// Every category above, in a fixed order.
inline QStringList all()
{
    return { Diplomacy, Military, Politics, Election, Legal, Business, Disaster, Statement, Other };
}
}
