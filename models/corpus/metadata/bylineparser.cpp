// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "corpus/metadata/bylineparser.h"

#include "corpus/structure/textfeatures.h"
#include "language/attributionlexicon.h"
#include "language/characters.h"
#include "language/languagedata.h"

#include <QStringTokenizer>

#include <algorithm>

namespace
{
// Name particles and conjunctions that may stay lower-case inside a byline's names.
bool isParticle(QStringView word)
{
    static const WordTable conjunctions = LanguageData::wordSet(QStringLiteral("bylines/name-conjunctions"));
    return AttributionLexicon::has(word, AttributionLexicon::NameParticle) || conjunctions.contains(word);
}

// The name at the start of `rest`, cut at the first separator, date or lower-case word.
QString leadingName(QStringView rest)
{
    QString name;
    int words = 0;
    for (QStringView word : QStringTokenizer(rest, u' ', Qt::SkipEmptyParts)) {
        QStringView clean = word;
        bool stopAfter = false;
        while (!clean.isEmpty() && (clean.back() == u',' || clean.back() == u';' || clean.back() == u'|')) {
            clean.chop(1);
            stopAfter = true;
        }
        if (clean.isEmpty()
            || (clean.size() == 1
                && (clean.front() == u'|' || clean.front() == u'-' || Characters::isDash(clean.front())
                    || clean.front() == u'\u2022' || clean.front() == u'\u00b7')))
            break;
        if (clean.front().isDigit() || (!clean.front().isUpper() && !isParticle(clean)))
            break;
        if (!name.isEmpty())
            name.append(u' ');
        name.append(clean);
        if (++words > 6)
            return {};
        if (stopAfter)
            break;
    }
    // A trailing particle ("Jane Doe and") belongs to what follows.
    while (name.endsWith(QLatin1String(" and")))
        name.chop(4);
    if (name.endsWith(u'.') && !name.endsWith(QLatin1String(" Jr.")) && name.size() > 2
        && !name.at(name.size() - 2).isUpper())
        name.chop(1);
    return words > 0 && name.front().isUpper() ? name : QString();
}

QStringView afterPrefix(QStringView line, QStringView lower, QStringView prefix)
{
    if (!lower.startsWith(prefix))
        return {};
    return line.sliced(prefix.size());
}

// The words of list `name`, each followed by `suffix`.
QStringList entriesWith(const QString &name, QStringView suffix)
{
    QStringList entries = LanguageData::list(name).words();
    for (QString &entry : entries)
        entry += suffix;
    return entries;
}
}

bool BylineParser::isDisclosure(QStringView line)
{
    return isDisclosureForm(TextFeatures::lexiconForm(line));
}

bool BylineParser::isDisclosureForm(const QString &form)
{
    if (!form.startsWith(QLatin1String("th")))
        return false;
    static const QStringList subjects = LanguageData::list(QStringLiteral("bylines/disclosure-subjects")).words();
    const bool subject
        = std::any_of(subjects.cbegin(), subjects.cend(), [&form](const QString &s) { return form.startsWith(s); });
    if (!subject || !form.contains(QLatin1String(" by ")))
        return false;
    static const QStringList verbs = LanguageData::list(QStringLiteral("bylines/disclosure-verbs")).words();
    return std::any_of(verbs.cbegin(), verbs.cend(), [&form](const QString &verb) { return form.contains(verb); });
}

QString BylineParser::author(QStringView line)
{
    line = line.trimmed();
    if (line.size() > 300)
        return {};
    const QString lower = line.toString().toLower();
    static const QStringList prefixes = entriesWith(QStringLiteral("bylines/author-labels"), u" ");
    for (const QString &prefix : prefixes) {
        const QStringView rest = afterPrefix(line, lower, prefix);
        if (!rest.isEmpty())
            return leadingName(rest.trimmed());
    }
    if (isDisclosure(line)) {
        const qsizetype at = lower.indexOf(QLatin1String(" by "));
        return leadingName(line.sliced(at + 4));
    }
    return {};
}
