// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/annotationmark.h"

#include <QFont>
#include <QPainter>

QColor AnnotationMark::color(bool dark)
{
    return dark ? QColor(255, 110, 200) : QColor(200, 0, 130);
}

double AnnotationMark::width(double height, int count)
{
    return count > 1 ? height + 0.55 * height * QString::number(count).size() : height;
}

void AnnotationMark::paint(QPainter *p, const QRectF &rect, bool dark, int count)
{
    p->save();
    p->setRenderHint(QPainter::Antialiasing);
    p->setPen(Qt::NoPen);
    p->setBrush(color(dark));
    p->drawRoundedRect(rect, rect.height() / 4, rect.height() / 4);
    const QColor ink = dark ? QColor(30, 0, 20) : Qt::white;
    if (count > 1) {
        QFont font = p->font();
        font.setPixelSize(std::max(7, int(rect.height() * 0.8)));
        font.setBold(true);
        p->setFont(font);
        p->setPen(ink);
        p->drawText(rect, Qt::AlignCenter, QString::number(count));
    } else {
        // Two lines of writing on the note.
        p->setPen(QPen(ink, std::max(1.0, rect.height() / 8)));
        const double left = rect.left() + rect.width() * 0.25;
        const double right = rect.right() - rect.width() * 0.25;
        p->drawLine(
            QPointF(left, rect.top() + rect.height() * 0.38), QPointF(right, rect.top() + rect.height() * 0.38));
        p->drawLine(QPointF(left, rect.top() + rect.height() * 0.64),
            QPointF(right - rect.width() * 0.15, rect.top() + rect.height() * 0.64));
    }
    p->restore();
}
