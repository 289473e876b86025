// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "language/datewords.h"

#include "core/logging.h"
#include "language/languagedata.h"
#include "language/wordtable.h"

#include <algorithm>
#include <bit>

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

// Each form with a bit for every line that has it: the date readers ask about every word of a text.
WordTable tableOf(const QList<QStringList> &forms)
{
    WordTable table;
    for (qsizetype i = 0; i < forms.size(); ++i) {
        for (const QString &form : forms.at(i))
            table.insert(form, quint32(1) << i);
    }
    return table;
}

// indexOf() through the table for an ASCII word, where the table's case folding is Qt's; other words the
// slow way, so that Unicode case folding answers as before.
int lookUp(const WordTable &table, const QList<QStringList> &forms, QStringView word)
{
    if (std::any_of(word.begin(), word.end(), [](QChar c) { return c.unicode() >= 0x80; }))
        return indexOf(forms, word);
    const quint32 bits = table.value(word);
    return bits ? std::countr_zero(bits) + 1 : 0;
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
    static const WordTable table = tableOf(months());
    return lookUp(table, months(), word);
}

int DateWords::weekday(QStringView word)
{
    static const WordTable table = tableOf(weekdays());
    return lookUp(table, weekdays(), word);
}

int DateWords::partAdjective(QStringView word)
{
    static const QList<QStringList> forms = formsOf(QStringLiteral("events/period-parts"), 3);
    static const WordTable table = tableOf(forms);
    return lookUp(table, forms, word);
}

int DateWords::partNoun(QStringView word)
{
    static const QList<QStringList> forms = formsOf(QStringLiteral("dates/period-part-nouns"), 3);
    static const WordTable table = tableOf(forms);
    return lookUp(table, forms, word);
}
