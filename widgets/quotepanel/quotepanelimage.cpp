// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "quotepanel/quotepanelimage.h"

#include "quotepanel/quotepanel.h"

#include <QCoreApplication>
#include <QSet>

QImage QuotePanelImage::render(
    const std::shared_ptr<const AnalysisResult> &result, const QStringList &statementIds, QSize size)
{
    QuotePanel panel;
    panel.setAttribute(Qt::WA_DontShowOnScreen);
    panel.resize(size);
    panel.setResult(result);
    // A subset by one speaker shows as the panel filtered to that speaker.
    QSet<QString> speakers;
    for (const QString &id : statementIds) {
        if (const int index = result->statementIndex(id); index >= 0)
            speakers.insert(result->statements.at(index).speaker);
    }
    if (statementIds.size() < result->statements.size() && speakers.size() == 1)
        panel.setSpeakerFilter(*speakers.cbegin());
    if (!statementIds.isEmpty())
        panel.selectStatement(statementIds.constFirst());
    panel.show();
    // Let deferred layout (splitter sizes, scroll bars appearing or not) settle before painting.
    for (int i = 0; i < 3; ++i)
        QCoreApplication::processEvents();
    QImage image = panel.grab().toImage();
    panel.hide();
    return image;
}
