// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

// The handbook: the parts of the README written for analysts (what the window, the panels, projects,
// corpus folders and the commands do), shipped in the resources and shown in the application.
class Handbook
{
    Q_DECLARE_TR_FUNCTIONS(Handbook)
public:
    // The level-2 headings of the README that are for users, in the order the handbook shows them.
    static QStringList userSections();
    // The README's introduction and user sections, as Markdown. A listed section missing from `readme`
    // is left out (a test keeps the list and the README in step).
    static QString fromReadme(const QString &readme);
    // The handbook from the copy of the README in the resources; a line saying so when it is missing.
    static QString markdown();
    // Where a user reports a problem.
    static QString reportUrl();
};
