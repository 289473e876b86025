// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QStringList>

class QCoreApplication;

// Installs the application's translations: the English plural forms under every language (the
// source text is English, "%n article(s)" reads "1 article"), and the locale's own translation,
// where there is one, above them.
class TranslationLoader
{
public:
    // Returns the languages installed, most specific first ("ko_KR", "en"; just "en" without a translation).
    static QStringList install(QCoreApplication &app, const QLocale &locale = QLocale());
};
