// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventedit/eventpickerdialog.h"

#include "itemmodels/timelinemodel.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QVBoxLayout>

namespace
{
// Events by label, with their dates shown; the excluded event filtered out.
class PickerProxy : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    QString excluded; // an event id

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role != Qt::DisplayRole)
            return QSortFilterProxyModel::data(index, role);
        const QDate start = index.data(TimelineModel::StartDateRole).toDate();
        const QString label = QSortFilterProxyModel::data(index, Qt::DisplayRole).toString();
        return start.isValid() ? QLocale().toString(start, QLocale::ShortFormat) + QStringLiteral(" — ") + label
                               : label;
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        if (parent.isValid())
            return false;
        const QModelIndex index = sourceModel()->index(row, 0, parent);
        if (!excluded.isEmpty() && index.data(TimelineModel::EventIdRole).toString() == excluded)
            return false;
        return QSortFilterProxyModel::filterAcceptsRow(row, parent);
    }
};
}

EventPickerDialog::EventPickerDialog(QAbstractItemModel *events, QWidget *parent)
    : QDialog(parent)
    , m_proxy(new PickerProxy(this))
    , m_filter(new QLineEdit(this))
    , m_list(new QListView(this))
{
    setWindowTitle(tr("Choose an Event"));
    m_proxy->setSourceModel(events);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterRole(TimelineModel::LabelRole);
    m_filter->setPlaceholderText(tr("Type to narrow the list"));
    m_filter->setClearButtonEnabled(true);
    m_list->setModel(m_proxy);
    m_list->setUniformItemSizes(true);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    auto *layout = new QVBoxLayout(this);
    auto *prompt = new QLabel(this);
    prompt->setObjectName(QStringLiteral("prompt"));
    prompt->setWordWrap(true);
    prompt->hide();
    layout->addWidget(prompt);
    layout->addWidget(m_filter);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text);
        if (!m_list->currentIndex().isValid() && m_proxy->rowCount() > 0)
            m_list->setCurrentIndex(m_proxy->index(0, 0));
        updateOk();
    });
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, &EventPickerDialog::updateOk);
    connect(m_list, &QListView::doubleClicked, this, &QDialog::accept);
    resize(460, 420);
    updateOk();
}

void EventPickerDialog::setPrompt(const QString &prompt)
{
    auto *label = findChild<QLabel *>(QStringLiteral("prompt"));
    label->setText(prompt);
    label->setVisible(!prompt.isEmpty());
}

void EventPickerDialog::setExcludedEvent(const QString &eventId)
{
    static_cast<PickerProxy *>(m_proxy)->excluded = eventId;
    m_proxy->invalidate();
    updateOk();
}

void EventPickerDialog::selectNearest(QDate date)
{
    int best = -1;
    qint64 bestDistance = 0;
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QDate start = m_proxy->index(row, 0).data(TimelineModel::StartDateRole).toDate();
        if (!start.isValid() || !date.isValid())
            continue;
        const qint64 distance = std::abs(start.daysTo(date));
        if (best < 0 || distance < bestDistance) {
            best = row;
            bestDistance = distance;
        }
    }
    if (best < 0 && m_proxy->rowCount() > 0)
        best = 0;
    if (best >= 0) {
        m_list->setCurrentIndex(m_proxy->index(best, 0));
        m_list->scrollTo(m_list->currentIndex(), QAbstractItemView::PositionAtCenter);
    }
    updateOk();
}

QString EventPickerDialog::eventId() const
{
    const QModelIndex current = m_list->currentIndex();
    return current.isValid() ? current.data(TimelineModel::EventIdRole).toString() : QString();
}

bool EventPickerDialog::setEventId(const QString &eventId)
{
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex index = m_proxy->index(row, 0);
        if (index.data(TimelineModel::EventIdRole).toString() == eventId) {
            m_list->setCurrentIndex(index);
            updateOk();
            return true;
        }
    }
    return false;
}

void EventPickerDialog::updateOk()
{
    m_ok->setEnabled(!eventId().isEmpty());
}
