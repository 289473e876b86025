// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/dropdownbutton.h"

#include <QSet>
#include <QStringList>

// A drop-down of checkable outlets; an empty selection means every outlet. The menu's entries are made
// when it is first opened after the outlets change, so that a corpus of many outlets costs nothing until
// the analyst looks at them.
class OutletFilterButton : public DropDownButton
{
    Q_OBJECT
public:
    explicit OutletFilterButton(QWidget *parent = nullptr);

    void setOutlets(const QStringList &outlets); // all checked afterwards
    // The checked outlets in the order given, or empty when all are checked.
    QStringList selectedOutlets() const;
    void setSelectedOutlets(const QStringList &outlets);

Q_SIGNALS:
    void selectionChanged(const QStringList &outlets);

private:
    void updateText();
    // Makes the menu's entries from m_outlets when they changed, then checks them as m_checked says.
    void fillMenu();
    void toggle(QAction *action, bool checked);

    QStringList m_outlets;
    QSet<QString> m_checked;
    bool m_menuFilled = false;
};
