// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/dropdownbutton.h"

#include <QStyleOptionToolButton>
#include <QStylePainter>

DropDownButton::DropDownButton(QWidget *parent)
    : QToolButton(parent)
{
    setPopupMode(QToolButton::InstantPopup);
    setToolButtonStyle(Qt::ToolButtonTextOnly);
}

int DropDownButton::arrowRoom() const
{
    return style()->pixelMetric(QStyle::PM_MenuButtonIndicator, nullptr, this);
}

QSize DropDownButton::sizeHint() const
{
    return QToolButton::sizeHint() + QSize(arrowRoom(), 0);
}

QSize DropDownButton::minimumSizeHint() const
{
    return sizeHint();
}

void DropDownButton::paintEvent(QPaintEvent * /*event*/)
{
    QStylePainter p(this);
    QStyleOptionToolButton opt;
    initStyleOption(&opt);
    opt.features &= ~QStyleOptionToolButton::HasMenu;
    // The frame over the whole button, without its label…
    QStyleOptionToolButton frame = opt;
    frame.text.clear();
    frame.icon = QIcon();
    p.drawComplexControl(QStyle::CC_ToolButton, frame);
    // …the label left of the arrow's room, and the arrow there, centred in the height.
    const int room = arrowRoom();
    const QRect inner = style()->subControlRect(QStyle::CC_ToolButton, &opt, QStyle::SC_ToolButton, this);
    QStyleOptionToolButton label = opt;
    label.rect = QStyle::visualRect(layoutDirection(), inner, inner.adjusted(0, 0, -room, 0));
    p.drawControl(QStyle::CE_ToolButtonLabel, label);
    QStyleOption arrow = opt;
    const int side = std::max(5, room - 6);
    const QRect arrowRect(inner.right() - room + (room - side) / 2 - 1, inner.center().y() - side / 2 + 1, side, side);
    arrow.rect = QStyle::visualRect(layoutDirection(), inner, arrowRect);
    p.drawPrimitive(QStyle::PE_IndicatorArrowDown, arrow);
}
