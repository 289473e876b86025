// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QRectF>

class QPainter;

// The mark of hand annotations, the same wherever something annotated is shown (the article view's
// underline colour, the timeline's and the quote panel's badges).
namespace AnnotationMark
{
QColor color(bool dark);
// A small note: a rounded tab in the annotation colour, with the count when above one.
void paint(QPainter *p, const QRectF &rect, bool dark, int count = 1);
// The width a badge of `height` needs for `count`.
double width(double height, int count);
}
