// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLineEdit;
class QListWidget;
class QTextBrowser;

// The handbook in a window of its own: its sections listed on the left, the text on the right, a find box.
class HandbookWindow : public QWidget
{
    Q_OBJECT
public:
    explicit HandbookWindow(QWidget *parent = nullptr);

    // Shows the section with this heading (as in Handbook::userSections()); false when there is none.
    bool showSection(const QString &heading);
    QTextBrowser *browser() const { return m_text; }
    QListWidget *contents() const { return m_contents; }

private:
    void find(bool backwards);

    QListWidget *m_contents;
    QTextBrowser *m_text;
    QLineEdit *m_find;
};
