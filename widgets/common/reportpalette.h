// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QPalette>
#include <QString>

// The colours of an exported picture: light for a report whatever the window looks like, dark for slides,
// or the window's own.
class ReportPalette
{
    Q_DECLARE_TR_FUNCTIONS(ReportPalette)
public:
    enum class Scheme { Light, Dark, Window };

    static QPalette light();
    static QPalette dark();
    // The palette for `scheme`; `window` is the palette used for Scheme::Window.
    static QPalette forScheme(Scheme scheme, const QPalette &window);
    static QString name(Scheme scheme);
};
