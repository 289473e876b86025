// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;
class QPushButton;

// "Add Event…": an event the analysis missed, described by the analyst (label, dates, category).
class EventFormDialog : public QDialog
{
    Q_OBJECT
public:
    explicit EventFormDialog(QWidget *parent = nullptr);

    // The categories offered (the analyst may type another).
    void setCategories(const QStringList &categories);

    QString label() const;
    void setLabel(const QString &label);
    QDate start() const;
    // Invalid when the event has no separate end (a single day).
    QDate end() const;
    void setDates(QDate start, QDate end = {});
    QString category() const;
    void setCategory(const QString &category);

private:
    void updateOk();

    QLineEdit *m_label;
    QDateEdit *m_start;
    QCheckBox *m_hasEnd;
    QDateEdit *m_end;
    QComboBox *m_category;
    QPushButton *m_ok = nullptr;
};
