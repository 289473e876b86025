// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "corpus/corpus.h"

#include <QWidget>

class QTreeWidget;

// The problems met while loading a corpus, listed in one place instead of a dialog per file.
class WarningsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit WarningsPanel(QWidget *parent = nullptr);

    void setWarnings(const QList<Error> &warnings);
    void addMessage(const QString &file, const QString &message);
    int count() const;

Q_SIGNALS:
    void countChanged(int count);

private:
    QTreeWidget *m_list = nullptr;
};
