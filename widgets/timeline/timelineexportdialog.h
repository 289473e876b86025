// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "timeline/timelineexporter.h"

#include <QDialog>

#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QRadioButton;
class QSpinBox;

// Asks where and how to export the timeline: file, size, scale, range, title, legend, colours, background.
class TimelineExportDialog : public QDialog
{
    Q_OBJECT
public:
    explicit TimelineExportDialog(QWidget *parent = nullptr);

    // Empty: "timeline.png" in the folder of the last export (ExportFileDialog::startFolder).
    void setPath(const QString &path);
    QString path() const;
    // Writes the export when the analyst clicks Export and returns an error message, or empty when done;
    // on an error the dialog stays open with the message, so the analyst can change the file or size.
    using Writer = std::function<Error(const QString &path, const TimelineExportOptions &options)>;
    void setWriter(Writer writer, double viewStart, double viewEnd);
    // What went wrong with the last Export, shown in the dialog; empty when nothing did.
    QString errorText() const;
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
    QComboBox *m_colours = nullptr;
    QLabel *m_error = nullptr;
    Writer m_writer;
    double m_viewStart = 0;
    double m_viewEnd = 0;
};
