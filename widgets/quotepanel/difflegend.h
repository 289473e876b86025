// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

// The key to the difference marks, drawn exactly as the alignment view draws them: a sample word
// and a label each, on one line when they fit; else each label drawn as its own sample; else that with
// the long labels shortened ("spelling etc."), wrapped only when even that does not fit. Each mark's
// tooltip says its full label and what it means, so a shortened label loses nothing.
class DiffLegend : public QWidget
{
    Q_OBJECT
public:
    explicit DiffLegend(QWidget *parent = nullptr);

    void setShowNormalisation(bool show);

    // How the labels are drawn: beside a sample word, as their own sample, or that shortened.
    enum class Style { Full, Compact, Short };
    // The style used at `width`: the first whose items fit on one line.
    Style styleFor(int width) const;
    // The tooltip of the mark drawn at `pos` (its label and description), of all marks between them.
    QString toolTipAt(const QPoint &pos) const;

    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;

private:
    struct Item {
        QRect swatch;
        QRect label; // empty when the swatch holds the label (compact)
        QString sample; // the text drawn in the swatch
        QString text; // the label drawn beside it
    };
    QList<Item> layoutFor(int width) const;
    QList<Item> layoutFor(int width, Style style) const;

protected:
    void resizeEvent(QResizeEvent *event) override;

    bool m_showNormalisation = true;
};
