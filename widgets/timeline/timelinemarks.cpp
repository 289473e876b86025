// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "timeline/timelinemarks.h"

#include <QLinearGradient>
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
    return QColor(0xd9, 0x3f, 0x2e);
}

void TimelineMarks::point(QPainter *p, const QRectF &rect, const QColor &fill, const QColor &ring)
{
    p->setPen(QPen(ring, 1.5));
    p->setBrush(fill);
    p->drawEllipse(rect);
}

void TimelineMarks::vagueSpan(QPainter *p, const QRectF &rect, const QColor &color, double left, double right)
{
    const double fade = std::min(0.3, 14.0 / rect.width());
    QLinearGradient gradient(rect.topLeft(), rect.topRight());
    gradient.setColorAt(0, withAlpha(color, 0));
    gradient.setColorAt(fade, withAlpha(color, 150));
    gradient.setColorAt(1 - fade, withAlpha(color, 150));
    gradient.setColorAt(1, withAlpha(color, 0));
    const QRectF shown(std::max(rect.left(), left), rect.top(),
        std::min(rect.right(), right) - std::max(rect.left(), left), rect.height());
    if (shown.width() <= 0)
        return;
    p->setPen(Qt::NoPen);
    const QBrush hatch(withAlpha(color.darker(150), 150), Qt::BDiagPattern);
    if (shown == rect) {
        p->setBrush(gradient);
        p->drawRoundedRect(rect, 3, 3);
        p->setBrush(hatch);
        p->drawRoundedRect(rect, 3, 3);
    } else {
        p->fillRect(shown, gradient);
        p->fillRect(shown, hatch);
    }
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
