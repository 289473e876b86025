// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

// The key to the difference marks, drawn exactly as the alignment view draws them: a sample word
// and a label each, on one line when they fit; else each label drawn as its own sample, wrapped.
class DiffLegend : public QWidget
{
    Q_OBJECT
public:
    explicit DiffLegend(QWidget *parent = nullptr);

    void setShowNormalisation(bool show);

    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    struct Item {
        QRect swatch;
        QRect label; // empty when the swatch holds the label (compact)
        QString sample; // the text drawn in the swatch
    };
    QList<Item> layoutFor(int width) const;
    QList<Item> layoutFor(int width, bool compact) const;

protected:
    void resizeEvent(QResizeEvent *event) override;

    bool m_showNormalisation = true;
};
