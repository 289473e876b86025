// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "events/event.h"

// Names a merged event from what its mentions say: the place and the happening ("Singapore summit",
// "Asia tour", "Missile tests off the western coast", "Speech to the legislature"), and fills in its
// place and participants from the mentions.
namespace EventLabeler
{
// `preferredPlace`: the place of the mention that set the event's date, used when it has one.
void label(Event &event, const QString &preferredPlace = {});
}
