// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "quotepanel/difflegend.h"

#include "presentation/diffpalette.h"

#include <QPainter>

namespace
{
constexpr int spacing = 6;
constexpr int gap = 14;

QList<CellMark> shownMarks(bool showNormalisation)
{
    QList<CellMark> marks = DiffPalette::legendMarks();
    if (!showNormalisation)
        marks.removeAll(CellMark::Normalisation);
    return marks;
}

QString sample()
{
    return DiffLegend::tr("word");
}
}

DiffLegend::DiffLegend(QWidget *parent)
    : QWidget(parent)
{
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
    QStringList tips;
    for (CellMark m : DiffPalette::legendMarks())
        tips.append(QStringLiteral("<b>%1</b>: %2").arg(DiffPalette::label(m), DiffPalette::description(m)));
    setToolTip(tips.join(QStringLiteral("<br>")));
}

void DiffLegend::setShowNormalisation(bool show)
{
    m_showNormalisation = show;
    updateGeometry();
    update();
}

QList<DiffLegend::Item> DiffLegend::layoutFor(int width) const
{
    QList<Item> full = layoutFor(width, false);
    if (full.isEmpty() || full.constLast().label.top() == full.constFirst().label.top())
        return full;
    return layoutFor(width, true);
}

QList<DiffLegend::Item> DiffLegend::layoutFor(int width, bool compact) const
{
    const QFontMetrics fm(font());
    const int lineHeight = fm.height() + 6;
    QList<Item> items;
    int x = 0;
    int y = 0;
    for (CellMark m : shownMarks(m_showNormalisation)) {
        // Compact: the label is its own sample ("omission" struck through), except for the mark of
        // words outside the quote, which has no text.
        const bool inSwatch = compact && m != CellMark::Outside;
        const QString text = inSwatch ? DiffPalette::label(m) : sample();
        const int swatchWidth = fm.horizontalAdvance(text) + 8;
        const int labelWidth = inSwatch ? 0 : fm.horizontalAdvance(DiffPalette::label(m));
        const int itemWidth = swatchWidth + (inSwatch ? 0 : spacing + labelWidth);
        if (x > 0 && x + itemWidth > width) {
            x = 0;
            y += lineHeight;
        }
        items.append({ QRect(x, y + 1, swatchWidth, lineHeight - 2),
            inSwatch ? QRect() : QRect(x + swatchWidth + spacing, y, labelWidth, lineHeight), text });
        x += itemWidth + (compact ? spacing : gap);
    }
    return items;
}

void DiffLegend::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    // The layouts above do not ask for the height at this width: as a minimum, it makes the panel
    // give the legend its lines instead of cutting the last off.
    setMinimumHeight(heightForWidth(width()));
}

int DiffLegend::heightForWidth(int width) const
{
    const QList<Item> items = layoutFor(width);
    return items.isEmpty() ? 0 : items.constLast().swatch.bottom() + 2;
}

QSize DiffLegend::sizeHint() const
{
    const QList<Item> items = layoutFor(100000);
    if (items.isEmpty())
        return {};
    const Item &last = items.constLast();
    return { (last.label.isNull() ? last.swatch : last.label).right() + 1, last.swatch.bottom() + 2 };
}

void DiffLegend::paintEvent(QPaintEvent * /*event*/)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const bool dark = DiffPalette::isDark(palette());
    const QList<CellMark> marks = shownMarks(m_showNormalisation);
    const QList<Item> items = layoutFor(width());
    for (int i = 0; i < items.size(); ++i) {
        const CellMark m = marks.at(i);
        const QRect swatch = items.at(i).swatch;
        const QColor tint = DiffPalette::background(m, dark);
        const QColor accent = DiffPalette::accent(m, dark);
        if (tint.isValid()) {
            painter.setPen(Qt::NoPen);
            painter.setBrush(tint);
            painter.drawRoundedRect(swatch, 3, 3);
            painter.setPen(QPen(accent, 2));
            painter.drawLine(swatch.left() + 2, swatch.bottom(), swatch.right() - 2, swatch.bottom());
        }
        QFont f = font();
        f.setStrikeOut(m == CellMark::Omission);
        painter.setFont(f);
        if (m == CellMark::Outside) {
            painter.setPen(QPen(accent, 1, Qt::DotLine));
            painter.drawLine(swatch.left() + 2, swatch.center().y(), swatch.right() - 2, swatch.center().y());
        } else {
            painter.setPen(m == CellMark::Omission ? accent : palette().color(QPalette::Text));
            QRect drawn;
            painter.drawText(swatch, Qt::AlignCenter, items.at(i).sample, &drawn);
            if (m == CellMark::Normalisation) {
                painter.setPen(QPen(accent, 1, Qt::DotLine));
                painter.drawLine(drawn.left(), drawn.bottom() + 1, drawn.right(), drawn.bottom() + 1);
            }
        }
        painter.setFont(font());
        painter.setPen(palette().color(QPalette::Text));
        if (!items.at(i).label.isNull())
            painter.drawText(items.at(i).label, Qt::AlignVCenter | Qt::AlignLeft, DiffPalette::label(m));
    }
}
