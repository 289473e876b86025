// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "language/datewords.h"

#include "core/logging.h"
#include "language/languagedata.h"

namespace
{
// The list `name`, one entry of space-separated forms per line; a list with a different number of lines
// than `expected` is logged and read as empty, so that no date is read with the wrong number.
QList<QStringList> formsOf(const QString &name, qsizetype expected)
{
    QList<QStringList> forms;
    for (const QString &line : LanguageData::list(name).words())
        forms.append(line.split(u' ', Qt::SkipEmptyParts));
    if (forms.size() != expected) {
        Logging::get("language")->error("{}: {} lines, expected {}", name.toStdString(), forms.size(), expected);
        forms.clear();
    }
    return forms;
}

int indexOf(const QList<QStringList> &forms, QStringView word)
{
    for (qsizetype i = 0; i < forms.size(); ++i) {
        for (const QString &form : forms.at(i)) {
            if (word.compare(form, Qt::CaseInsensitive) == 0)
                return int(i) + 1;
        }
    }
    return 0;
}
}

const QList<QStringList> &DateWords::months()
{
    static const QList<QStringList> months = formsOf(QStringLiteral("dates/months"), 12);
    return months;
}

const QList<QStringList> &DateWords::weekdays()
{
    static const QList<QStringList> weekdays = formsOf(QStringLiteral("dates/weekdays"), 7);
    return weekdays;
}

int DateWords::month(QStringView word)
{
    return indexOf(months(), word);
}

int DateWords::weekday(QStringView word)
{
    return indexOf(weekdays(), word);
}
