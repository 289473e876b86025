// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annotations/annotation.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

// "Annotate discrepancy…": category, severity, note, and the anchors listed with their roles
// (editable, so the analyst says which is which). Works on a copy; the caller commits it.
class AnnotateDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AnnotateDialog(QWidget *parent = nullptr);

    // A new annotation (fresh id, the author from the settings) or an existing one to edit.
    void setAnnotation(const Annotation &annotation);
    // The annotation with the analyst's changes.
    Annotation annotation() const;

    QComboBox *categoryBox() const { return m_category; }
    QPlainTextEdit *noteEdit() const { return m_note; }
    QTableWidget *anchorTable() const { return m_anchors; }

private:
    void fillAnchors();
    void removeSelectedAnchor();
    void updateOk();

    Annotation m_annotation;
    QComboBox *m_category;
    QComboBox *m_severity;
    QPlainTextEdit *m_note;
    QLineEdit *m_author;
    QTableWidget *m_anchors;
    QPushButton *m_removeAnchor;
    QPushButton *m_ok = nullptr;
};
