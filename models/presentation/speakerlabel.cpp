// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "presentation/speakerlabel.h"

#include "core/translation.h"

PARALLAX_NAMESPACE_TR(SpeakerLabel)

namespace SpeakerLabel
{
QString name(const QString &speaker)
{
    return speaker.isEmpty() ? tr("Unknown speaker") : speaker;
}

QString organisationMark(SpeakerKind kind, Length length)
{
    if (kind != SpeakerKind::Organisation)
        return {};
    return length == Length::Short ? tr("(org.)") : tr("(organisation)");
}

QString withMark(const QString &speaker, SpeakerKind kind)
{
    return kind == SpeakerKind::Organisation ? speaker + QLatin1Char(' ') + organisationMark(kind) : speaker;
}

QString withCount(const QString &speaker, SpeakerKind kind, int count)
{
    return kind == SpeakerKind::Organisation ? tr("%1 (organisation, %2)").arg(speaker).arg(count)
                                             : QStringLiteral("%1 (%2)").arg(speaker).arg(count);
}
}
