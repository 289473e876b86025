// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QPointF>
#include <QRectF>

class QPainter;

// The timeline's symbols, shared by the lanes and the legend so that the legend shows exactly what is drawn.
namespace TimelineMarks
{
QColor conflictColor();
// An event known to the day.
void point(QPainter *p, const QRectF &rect, const QColor &fill, const QColor &ring);
// An event known only to the week, month or year: hatched, its ends fading, never read as an exact range.
// Only the part between `left` and `right` is filled: zoomed in, a month can be thousands of pixels wide.
void vagueSpan(QPainter *p, const QRectF &rect, const QColor &color, double left = -1e9, double right = 1e9);
// Outlets disagree about the event.
void conflictBadge(QPainter *p, const QRectF &rect);
// A statement: filled when the text says when it was said, hollow when only its publication is known.
void statement(QPainter *p, QPointF centre, const QColor &color, const QColor &base, bool dateKnown);
// Two zigzags across a band: the time scale is broken (squeezed) here.
void breakMark(QPainter *p, double x, double top, double bottom, const QColor &line, const QColor &fill);
}
