// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "timeline/timelineexporter.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QRadioButton;
class QSpinBox;

// Asks where and how to export the timeline: file, size, scale, range, title, legend, background.
class TimelineExportDialog : public QDialog
{
    Q_OBJECT
public:
    explicit TimelineExportDialog(QWidget *parent = nullptr);

    void setPath(const QString &path);
    QString path() const;
    void setTitle(const QString &title);
    // The options, with the time range left empty when the whole range is wanted.
    TimelineExportOptions options(double viewStart, double viewEnd) const;
    bool currentViewOnly() const;

    void accept() override;

private:
    void browse();

    QLineEdit *m_path = nullptr;
    QSpinBox *m_width = nullptr;
    QSpinBox *m_height = nullptr;
    QComboBox *m_scale = nullptr;
    QRadioButton *m_wholeRange = nullptr;
    QRadioButton *m_currentView = nullptr;
    QLineEdit *m_title = nullptr;
    QCheckBox *m_legend = nullptr;
    QComboBox *m_background = nullptr;
};
