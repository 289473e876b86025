// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "translationloader.h"

#include "core/logging.h"

#include <QCoreApplication>
#include <QTranslator>

QStringList TranslationLoader::install(QCoreApplication &app, const QLocale &locale)
{
    const QString directory = QStringLiteral(":/i18n");
    QStringList installed;
    // Translators installed later are searched first: the English plurals go in first, beneath.
    auto *plurals = new QTranslator(&app);
    if (plurals->load(QStringLiteral("parallax_en"), directory)) {
        QCoreApplication::installTranslator(plurals);
        installed.prepend(plurals->language());
    } else {
        Logging::get("app")->warn("the English plural forms are missing from the resources");
        delete plurals;
    }
    auto *translator = new QTranslator(&app);
    if (translator->load(locale, QStringLiteral("parallax"), QStringLiteral("_"), directory)
        && !installed.contains(translator->language())) {
        QCoreApplication::installTranslator(translator);
        installed.prepend(translator->language());
    } else {
        delete translator;
    }
    return installed;
}
