// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "quotepanel/difflegend.h"

#include "presentation/diffpalette.h"

#include <QHelpEvent>
#include <QPainter>
#include <QToolTip>

namespace
{
constexpr int spacing = 6;
constexpr int gap = 14;
constexpr int compactGap = 4;

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

// The label drawn for `mark` when the legend is short of room: the two long ones shortened, the rest whole.
QString shortLabel(CellMark mark)
{
    switch (mark) {
    case CellMark::Normalisation:
        return DiffLegend::tr("spelling etc.");
    case CellMark::Outside:
        return DiffLegend::tr("not quoted");
    default:
        return DiffPalette::label(mark);
    }
}

QString toolTipOf(CellMark mark)
{
    return QStringLiteral("<b>%1</b>: %2").arg(DiffPalette::label(mark), DiffPalette::description(mark));
}
}

DiffLegend::DiffLegend(QWidget *parent)
    : QWidget(parent)
{
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
}

void DiffLegend::setShowNormalisation(bool show)
{
    m_showNormalisation = show;
    updateGeometry();
    update();
}

DiffLegend::Style DiffLegend::styleFor(int width) const
{
    for (const Style style : { Style::Full, Style::Compact }) {
        const QList<Item> items = layoutFor(width, style);
        if (items.isEmpty() || items.constLast().swatch.top() == items.constFirst().swatch.top())
            return style;
    }
    return Style::Short;
}

QList<DiffLegend::Item> DiffLegend::layoutFor(int width) const
{
    return layoutFor(width, styleFor(width));
}

QList<DiffLegend::Item> DiffLegend::layoutFor(int width, Style style) const
{
    const QFontMetrics fm(font());
    const int lineHeight = fm.height() + 6;
    const bool compact = style != Style::Full;
    QList<Item> items;
    int x = 0;
    int y = 0;
    for (CellMark m : shownMarks(m_showNormalisation)) {
        const QString label = style == Style::Short ? shortLabel(m) : DiffPalette::label(m);
        // Compact: the label is its own sample ("omission" struck through), except for the mark of
        // words outside the quote, which has no text.
        const bool inSwatch = compact && m != CellMark::Outside;
        const QString text = inSwatch ? label : sample();
        // Compact, the dotted line of words outside the quote is drawn short: it has no word to show.
        const int swatchWidth = compact && m == CellMark::Outside ? fm.height() : fm.horizontalAdvance(text) + 6;
        const int labelWidth = inSwatch ? 0 : fm.horizontalAdvance(label);
        const int itemWidth = swatchWidth + (inSwatch ? 0 : spacing + labelWidth);
        if (x > 0 && x + itemWidth > width) {
            x = 0;
            y += lineHeight;
        }
        items.append({ QRect(x, y + 1, swatchWidth, lineHeight - 2),
            inSwatch ? QRect() : QRect(x + swatchWidth + spacing, y, labelWidth, lineHeight), text,
            inSwatch ? QString() : label });
        x += itemWidth + (compact ? compactGap : gap);
    }
    return items;
}

QString DiffLegend::toolTipAt(const QPoint &pos) const
{
    const QList<CellMark> marks = shownMarks(m_showNormalisation);
    const QList<Item> items = layoutFor(width());
    for (int i = 0; i < items.size(); ++i) {
        const Item &item = items.at(i);
        if (item.swatch.contains(pos) || item.label.contains(pos))
            return toolTipOf(marks.at(i));
    }
    QStringList tips;
    for (CellMark m : marks)
        tips.append(toolTipOf(m));
    return tips.join(QStringLiteral("<br>"));
}

bool DiffLegend::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        QToolTip::showText(help->globalPos(), toolTipAt(help->pos()), this);
        return true;
    }
    return QWidget::event(event);
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
            // On the pixel row's centre: antialiased on its edge, the line is smeared over two rows at half strength.
            const qreal y = swatch.center().y() + 0.5;
            painter.setPen(QPen(accent, 1, Qt::DotLine));
            painter.drawLine(QPointF(swatch.left() + 2, y), QPointF(swatch.right() - 2, y));
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
            painter.drawText(items.at(i).label, Qt::AlignVCenter | Qt::AlignLeft, items.at(i).text);
    }
}
