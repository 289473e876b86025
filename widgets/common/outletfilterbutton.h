// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QToolButton>

// A drop-down of checkable outlets; an empty selection means every outlet.
class OutletFilterButton : public QToolButton
{
    Q_OBJECT
public:
    explicit OutletFilterButton(QWidget *parent = nullptr);

    void setOutlets(const QStringList &outlets); // all checked afterwards
    // The checked outlets, or empty when all are checked.
    QStringList selectedOutlets() const;
    void setSelectedOutlets(const QStringList &outlets);

Q_SIGNALS:
    void selectionChanged(const QStringList &outlets);

private:
    void updateText();
    QList<QAction *> outletActions() const;
};
