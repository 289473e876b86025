// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "quotes/quote.h"

#include <QString>

// How the views and exports name a speaker. An organisation, office or body speaks through someone,
// so its name carries a mark that keeps it from being read as a person; the mark is composed here
// only, so the quote list, the speaker filter and the comparison say it alike.
namespace SpeakerLabel
{
enum class Length { Full, Short };

// The speaker's name, or "Unknown speaker" when it has none.
QString name(const QString &speaker);
// "(organisation)" (Short: "(org.)") for an organisation; empty for a person or an unknown kind.
QString organisationMark(SpeakerKind kind, Length length = Length::Full);
// "Name (organisation)" for an organisation, the bare name for anyone else; `speaker` as given.
QString withMark(const QString &speaker, SpeakerKind kind);
// A speaker filter's entry: "Name (organisation, 3)" or "Name (3)", with the speaker's statement count.
QString withCount(const QString &speaker, SpeakerKind kind, int count);
}
