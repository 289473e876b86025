// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QToolButton>

// A text button that opens its menu at once, with the menu's arrow beside its text. A plain
// QToolButton in InstantPopup mode centres its text over the whole button and draws the arrow in the
// bottom-right corner, so at its own size hint the arrow runs into the last letter.
class DropDownButton : public QToolButton
{
    Q_OBJECT
public:
    explicit DropDownButton(QWidget *parent = nullptr);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    int arrowRoom() const;
};
