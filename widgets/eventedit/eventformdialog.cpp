// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventedit/eventformdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>

EventFormDialog::EventFormDialog(QWidget *parent)
    : QDialog(parent)
    , m_label(new QLineEdit(this))
    , m_start(new QDateEdit(this))
    , m_hasEnd(new QCheckBox(tr("until"), this))
    , m_end(new QDateEdit(this))
    , m_category(new QComboBox(this))
{
    setWindowTitle(tr("Add Event"));
    m_label->setPlaceholderText(tr("What happened"));
    for (QDateEdit *edit : { m_start, m_end }) {
        edit->setCalendarPopup(true);
        edit->setDate(QDate::currentDate());
    }
    m_end->setEnabled(false);
    m_category->setEditable(true);
    auto *dates = new QHBoxLayout;
    dates->addWidget(m_start);
    dates->addWidget(m_hasEnd);
    dates->addWidget(m_end);
    dates->addStretch();
    auto *form = new QFormLayout(this);
    form->addRow(tr("&Event:"), m_label);
    form->addRow(tr("&Date:"), dates);
    form->addRow(tr("&Category:"), m_category);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_hasEnd, &QCheckBox::toggled, m_end, &QWidget::setEnabled);
    connect(m_hasEnd, &QCheckBox::toggled, this, &EventFormDialog::updateOk);
    connect(m_label, &QLineEdit::textChanged, this, &EventFormDialog::updateOk);
    connect(m_start, &QDateEdit::dateChanged, this, &EventFormDialog::updateOk);
    connect(m_end, &QDateEdit::dateChanged, this, &EventFormDialog::updateOk);
    resize(460, sizeHint().height());
    updateOk();
}

void EventFormDialog::setCategories(const QStringList &categories)
{
    const QString current = m_category->currentText();
    m_category->clear();
    m_category->addItems(categories);
    m_category->setCurrentText(current);
}

QString EventFormDialog::label() const
{
    return m_label->text().trimmed();
}

void EventFormDialog::setLabel(const QString &label)
{
    m_label->setText(label);
}

QDate EventFormDialog::start() const
{
    return m_start->date();
}

QDate EventFormDialog::end() const
{
    return m_hasEnd->isChecked() ? m_end->date() : QDate();
}

void EventFormDialog::setDates(QDate start, QDate end)
{
    m_start->setDate(start);
    m_hasEnd->setChecked(end.isValid() && end != start);
    if (end.isValid())
        m_end->setDate(end);
}

QString EventFormDialog::category() const
{
    return m_category->currentText().trimmed();
}

void EventFormDialog::setCategory(const QString &category)
{
    m_category->setCurrentText(category);
}

void EventFormDialog::updateOk()
{
    m_ok->setEnabled(!label().isEmpty() && (!end().isValid() || end() >= start()));
}
