// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "timeline/timelinelegend.h"

#include "timeline/timelinemarks.h"

#include <QPainter>
#include <utility>

TimelineLegend::TimelineLegend(QPalette palette, const QFont &font)
    : m_palette(std::move(palette))
    , m_font(font)
{
}

QColor TimelineLegend::compressionTint(const QPalette &palette)
{
    QColor c = palette.color(QPalette::PlaceholderText);
    c.setAlpha(32);
    return c;
}

void TimelineLegend::paint(QPainter *p, const QRectF &rect, bool withQuotes, bool withGaps, bool withCompression) const
{
    const QFontMetricsF fm(m_font);
    const QColor text = m_palette.color(QPalette::Text);
    const QColor sample = m_palette.color(QPalette::PlaceholderText);
    const QColor base = m_palette.color(QPalette::Base);
    const double y = rect.center().y();
    double x = rect.left();
    p->save();
    p->setFont(m_font);
    const auto caption = [&](const QString &s) {
        p->setPen(text);
        p->drawText(QPointF(x, y + fm.ascent() / 2 - 1), s);
        x += fm.horizontalAdvance(s) + 22;
    };
    TimelineMarks::point(p, QRectF(x, y - 5, 10, 10), sample, base);
    x += 16;
    caption(tr("event on a known day"));
    TimelineMarks::vagueSpan(p, QRectF(x, y - 4, 34, 8), sample);
    x += 40;
    caption(tr("vague date (week, month, year)"));
    TimelineMarks::conflictBadge(p, QRectF(x, y - 4.5, 9, 9));
    x += 14;
    caption(tr("outlets disagree"));
    if (withQuotes) {
        TimelineMarks::statement(p, QPointF(x + 6, y), sample, base, false);
        x += 18;
        caption(tr("statement (hollow: date said unknown; ticks: publications)"));
    }
    if (withGaps) {
        TimelineMarks::breakMark(p, x + 3, y - 8, y + 8, sample, base);
        x += 16;
        caption(tr("empty stretch shortened"));
    }
    if (withCompression) {
        p->fillRect(QRectF(x, y - 5, 24, 10), compressionTint(m_palette));
        x += 30;
        caption(tr("background compressed"));
    }
    p->restore();
}
