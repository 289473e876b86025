// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventedit/mentionpickerdialog.h"

#include "itemmodels/timelinemodel.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

MentionPickerDialog::MentionPickerDialog(const QModelIndex &event, Mode mode, QWidget *parent)
    : QDialog(parent)
    , m_mode(mode)
    , m_list(new QListWidget(this))
{
    const QString name = event.data(TimelineModel::LabelRole).toString();
    setWindowTitle(mode == Mode::Split ? tr("Split Event") : tr("Move a Mention"));
    auto *layout = new QVBoxLayout(this);
    auto *prompt
        = new QLabel(mode == Mode::Split ? tr("Tick the mentions of “%1” that describe another happening:").arg(name)
                                         : tr("Choose the mention of “%1” to move to another event:").arg(name),
            this);
    prompt->setWordWrap(true);
    layout->addWidget(prompt);
    const QAbstractItemModel *model = event.model();
    for (int row = 0; model && row < model->rowCount(event); ++row) {
        const QModelIndex mention = model->index(row, 0, event);
        auto *item = new QListWidgetItem(
            mention.data(TimelineModel::OutletRole).toString() + QStringLiteral(": ") + mention.data().toString(),
            m_list);
        item->setToolTip(mention.data(Qt::ToolTipRole).toString());
        item->setData(Qt::UserRole, mention.data(TimelineModel::MentionIdRole));
        if (mode == Mode::Split)
            item->setCheckState(Qt::Unchecked);
    }
    m_list->setWordWrap(true);
    layout->addWidget(m_list, 1);
    if (mode == Mode::Split) {
        m_label = new QLineEdit(this);
        m_label->setPlaceholderText(tr("What the new event is called"));
        auto *form = new QFormLayout;
        form->addRow(tr("New event:"), m_label);
        layout->addLayout(form);
        connect(m_label, &QLineEdit::textChanged, this, &MentionPickerDialog::updateOk);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::itemChanged, this, &MentionPickerDialog::updateOk);
    connect(m_list, &QListWidget::currentRowChanged, this, &MentionPickerDialog::updateOk);
    resize(520, 380);
    updateOk();
}

QStringList MentionPickerDialog::mentions() const
{
    QStringList ids;
    if (m_mode == Mode::Move) {
        if (const QListWidgetItem *current = m_list->currentItem())
            ids.append(current->data(Qt::UserRole).toString());
        return ids;
    }
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->checkState() == Qt::Checked)
            ids.append(m_list->item(row)->data(Qt::UserRole).toString());
    }
    return ids;
}

void MentionPickerDialog::setMentions(const QStringList &mentionIds)
{
    if (m_mode == Mode::Move)
        m_list->setCurrentRow(-1);
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem *item = m_list->item(row);
        const bool picked = mentionIds.contains(item->data(Qt::UserRole).toString());
        if (m_mode == Mode::Split)
            item->setCheckState(picked ? Qt::Checked : Qt::Unchecked);
        else if (picked)
            m_list->setCurrentItem(item);
    }
}

QString MentionPickerDialog::label() const
{
    return m_label ? m_label->text().trimmed() : QString();
}

void MentionPickerDialog::setLabel(const QString &label)
{
    if (m_label)
        m_label->setText(label);
}

void MentionPickerDialog::updateOk()
{
    const int picked = int(mentions().size());
    // Splitting every mention off would leave an empty event: that is a rename.
    const bool ok = m_mode == Mode::Move ? picked == 1 : picked > 0 && picked < m_list->count() && !label().isEmpty();
    m_ok->setEnabled(ok);
}
