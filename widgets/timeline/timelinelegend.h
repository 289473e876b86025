// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QFont>
#include <QPalette>
#include <QRectF>

class QPainter;

// One line explaining the timeline's symbols, for exports.
class TimelineLegend
{
    Q_DECLARE_TR_FUNCTIONS(TimelineLegend)
public:
    TimelineLegend(QPalette palette, const QFont &font);
    void paint(QPainter *p, const QRectF &rect, bool withQuotes, bool withGaps, bool withCompression) const;
    // The tint under the axis where background is compressed (shared with the painter).
    static QColor compressionTint(const QPalette &palette);

private:
    QPalette m_palette;
    QFont m_font;
};
