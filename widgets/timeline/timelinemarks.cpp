// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "timeline/timelinemarks.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace
{
QColor withAlpha(QColor c, int alpha)
{
    c.setAlpha(alpha);
    return c;
}
}

QColor TimelineMarks::conflictColor()
{
    return { 0xd9, 0x3f, 0x2e };
}

void TimelineMarks::point(QPainter *p, const QRectF &rect, const QColor &fill, const QColor &ring)
{
    p->setPen(QPen(ring, 1.5));
    p->setBrush(fill);
    p->drawEllipse(rect);
}

void TimelineMarks::vagueSpan(QPainter *p, const QRectF &rect, const QColor &color, double left, double right)
{
    const QRectF shown(std::max(rect.left(), left), rect.top(),
        std::min(rect.right(), right) - std::max(rect.left(), left), rect.height());
    if (shown.width() <= 0)
        return;
    // The ends fade in steps of flat colour, not with a gradient: PDF viewers (poppler, Ghostscript)
    // paint a gradient with transparency as a solid bar, and the vagueness would be lost.
    constexpr int Steps = 5;
    constexpr int Alpha = 150;
    const double fade = std::min(14.0, rect.width() * 0.3);
    const double step = fade / Steps;
    const auto fill = [&](double x0, double x1, int alpha) {
        const QRectF part = QRectF(x0, rect.top(), x1 - x0, rect.height()).intersected(shown);
        if (part.width() > 0)
            p->fillRect(part, withAlpha(color, alpha));
    };
    for (int i = 0; i < Steps; ++i) {
        const int alpha = Alpha * (i + 1) / (Steps + 1);
        fill(rect.left() + i * step, rect.left() + (i + 1) * step, alpha);
        fill(rect.right() - (i + 1) * step, rect.right() - i * step, alpha);
    }
    fill(rect.left() + fade, rect.right() - fade, Alpha);
    p->fillRect(shown, QBrush(withAlpha(color.darker(150), Alpha), Qt::BDiagPattern));
}

void TimelineMarks::conflictBadge(QPainter *p, const QRectF &rect)
{
    p->setPen(Qt::NoPen);
    p->setBrush(conflictColor());
    p->drawEllipse(rect);
    p->setPen(QPen(Qt::white, 1.4));
    const double cx = rect.center().x();
    p->drawLine(QPointF(cx, rect.top() + 2), QPointF(cx, rect.bottom() - 3.6));
    p->drawPoint(QPointF(cx, rect.bottom() - 1.8));
}

void TimelineMarks::statement(QPainter *p, QPointF c, const QColor &color, const QColor &base, bool dateKnown)
{
    const QPolygonF diamond({ { c.x(), c.y() - 6 }, { c.x() + 6, c.y() }, { c.x(), c.y() + 6 }, { c.x() - 6, c.y() } });
    p->setPen(QPen(dateKnown ? base : color, 1.6));
    p->setBrush(dateKnown ? QBrush(color) : QBrush(base));
    p->drawPolygon(diamond);
}

void TimelineMarks::breakMark(QPainter *p, double x, double top, double bottom, const QColor &line, const QColor &fill)
{
    QPainterPath path;
    const double step = 5;
    path.moveTo(x - 3, top);
    bool out = true;
    for (double y = top + step; y <= bottom; y += step, out = !out)
        path.lineTo(x + (out ? 3 : -3), y);
    const QPainterPath second = path.translated(5, 0);
    QPainterPath between = path;
    between.connectPath(second.toReversed());
    p->save();
    p->setPen(Qt::NoPen);
    p->setBrush(fill);
    p->drawPath(between);
    p->setPen(QPen(line, 1));
    p->setBrush(Qt::NoBrush);
    p->drawPath(path);
    p->drawPath(second);
    p->restore();
}
