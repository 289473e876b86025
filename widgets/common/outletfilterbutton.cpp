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
    return { pixmap };
}
}

OutletFilterButton::OutletFilterButton(QWidget *parent)
    : DropDownButton(parent)
{
    setMenu(new QMenu(this));
    connect(menu(), &QMenu::aboutToShow, this, &OutletFilterButton::fillMenu);
    setToolTip(tr("Show only the events and articles of some outlets"));
    updateText();
}

void OutletFilterButton::setOutlets(const QStringList &outlets)
{
    m_outlets = outlets;
    m_checked = QSet<QString>(outlets.cbegin(), outlets.cend());
    m_menuFilled = false;
    menu()->clear();
    setEnabled(!outlets.isEmpty());
    updateText();
}

void OutletFilterButton::fillMenu()
{
    QMenu *m = menu();
    if (!m_menuFilled) {
        m->clear();
        const bool dark = palette().color(QPalette::Base).lightness() < 128;
        m->addAction(tr("All outlets"), this, [this] { setSelectedOutlets({}); });
        m->addSeparator();
        for (const QString &outlet : std::as_const(m_outlets)) {
            QAction *a = m->addAction(swatch(SpeakerColors::forName(outlet, dark)), outlet);
            a->setCheckable(true);
            connect(a, &QAction::toggled, this, [this, a](bool checked) { toggle(a, checked); });
        }
        m_menuFilled = true;
    }
    const QList<QAction *> actions = m->actions();
    for (QAction *a : actions) {
        if (a->isCheckable()) {
            const QSignalBlocker block(a);
            a->setChecked(m_checked.contains(a->text()));
        }
    }
}

void OutletFilterButton::toggle(QAction *action, bool checked)
{
    // An empty selection means "all", so the last checked outlet stays checked.
    if (!checked && m_checked.size() == 1 && m_checked.contains(action->text())) {
        const QSignalBlocker block(action);
        action->setChecked(true);
        return;
    }
    if (checked)
        m_checked.insert(action->text());
    else
        m_checked.remove(action->text());
    updateText();
    Q_EMIT selectionChanged(selectedOutlets());
}

QStringList OutletFilterButton::selectedOutlets() const
{
    if (m_checked.size() == m_outlets.size())
        return {};
    QStringList checked;
    for (const QString &outlet : m_outlets) {
        if (m_checked.contains(outlet))
            checked.append(outlet);
    }
    return checked;
}

void OutletFilterButton::setSelectedOutlets(const QStringList &outlets)
{
    m_checked.clear();
    for (const QString &outlet : std::as_const(m_outlets)) {
        if (outlets.isEmpty() || outlets.contains(outlet))
            m_checked.insert(outlet);
    }
    if (m_menuFilled)
        fillMenu();
    updateText();
    Q_EMIT selectionChanged(selectedOutlets());
}

void OutletFilterButton::updateText()
{
    const QStringList selected = selectedOutlets();
    if (m_outlets.isEmpty())
        setText(tr("Outlets"));
    else if (selected.isEmpty())
        setText(tr("All outlets"));
    else if (selected.size() == 1)
        setText(selected.constFirst());
    else
        setText(tr("%n outlet(s)", nullptr, int(selected.size())));
}
