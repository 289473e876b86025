// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/outletfilterbutton.h"

#include "presentation/speakercolors.h"

#include <QMenu>
#include <QPainter>
#include <QPixmap>

namespace
{
QIcon swatch(const QColor &color)
{
    QPixmap pixmap(12, 12);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(color);
    p.drawEllipse(QRectF(1, 1, 10, 10));
    return QIcon(pixmap);
}
}

OutletFilterButton::OutletFilterButton(QWidget *parent)
    : QToolButton(parent)
{
    setPopupMode(QToolButton::InstantPopup);
    setToolButtonStyle(Qt::ToolButtonTextOnly);
    setMenu(new QMenu(this));
    setToolTip(tr("Show only the events and articles of some outlets"));
    updateText();
}

QList<QAction *> OutletFilterButton::outletActions() const
{
    QList<QAction *> result;
    const QList<QAction *> all = menu()->actions();
    for (QAction *a : all) {
        if (a->isCheckable())
            result.append(a);
    }
    return result;
}

void OutletFilterButton::setOutlets(const QStringList &outlets)
{
    QMenu *m = menu();
    m->clear();
    const bool dark = palette().color(QPalette::Base).lightness() < 128;
    m->addAction(tr("All outlets"), this, [this] { setSelectedOutlets({}); });
    m->addSeparator();
    for (const QString &outlet : outlets) {
        QAction *a = m->addAction(swatch(SpeakerColors::forName(outlet, dark)), outlet);
        a->setCheckable(true);
        a->setChecked(true);
        connect(a, &QAction::toggled, this, [this, a](bool checked) {
            // An empty selection means "all", so the last checked outlet stays checked.
            if (!checked && selectedOutlets().isEmpty()) {
                const QSignalBlocker block(a);
                a->setChecked(true);
                return;
            }
            updateText();
            Q_EMIT selectionChanged(selectedOutlets());
        });
    }
    setEnabled(!outlets.isEmpty());
    updateText();
}

QStringList OutletFilterButton::selectedOutlets() const
{
    QStringList checked;
    const QList<QAction *> actions = outletActions();
    for (QAction *a : actions) {
        if (a->isChecked())
            checked.append(a->text());
    }
    return checked.size() == actions.size() ? QStringList() : checked;
}

void OutletFilterButton::setSelectedOutlets(const QStringList &outlets)
{
    for (QAction *a : outletActions()) {
        const QSignalBlocker block(a);
        a->setChecked(outlets.isEmpty() || outlets.contains(a->text()));
    }
    updateText();
    Q_EMIT selectionChanged(selectedOutlets());
}

void OutletFilterButton::updateText()
{
    const QStringList selected = selectedOutlets();
    if (outletActions().isEmpty())
        setText(tr("Outlets"));
    else if (selected.isEmpty())
        setText(tr("All outlets"));
    else if (selected.size() == 1)
        setText(selected.constFirst());
    else
        setText(tr("%n outlet(s)", nullptr, int(selected.size())));
}
