// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "quotepanel/quotecitation.h"

#include "core/translation.h"

PARALLAX_NAMESPACE_TR(QuoteCitation)

QString QuoteCitation::text(const RenderingView &r, const QString &statementSpeaker)
{
    const QString speaker = !r.speaker.isEmpty() ? r.speaker
        : !statementSpeaker.isEmpty()            ? statementSpeaker
                                                 : tr("unknown speaker");
    QString where = tr("quoted by %1").arg(r.outlet);
    if (!r.articleTitle.isEmpty())
        where += QStringLiteral(", \u201c%1\u201d").arg(r.articleTitle);
    if (r.published.isValid())
        where += QStringLiteral(" (%1)").arg(r.published.toString(Qt::ISODate));
    QString citation = QStringLiteral("\u201c%1\u201d \u2014 %2, %3.").arg(r.text.simplified(), speaker, where);
    if (!r.url.isEmpty())
        citation += QLatin1Char(' ') + r.url;
    return citation;
}
