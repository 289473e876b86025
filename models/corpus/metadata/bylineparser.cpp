// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "corpus/metadata/bylineparser.h"

#include "corpus/structure/textfeatures.h"
#include "language/characters.h"

#include <QStringTokenizer>

namespace
{
// Name particles that may stay lower-case inside a name.
bool isParticle(QStringView word)
{
    for (const char *p : { "de", "van", "von", "der", "den", "la", "le", "da", "di", "bin", "al", "el", "and", "y" }) {
        if (word == QLatin1String(p))
            return true;
    }
    return false;
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

QStringView afterPrefix(QStringView line, QStringView lower, const char *prefix)
{
    const QLatin1String p(prefix);
    if (!lower.startsWith(p))
        return {};
    return line.sliced(p.size());
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
    bool subject = false;
    for (const char *s : { "this article", "this story", "this post", "this piece", "this report", "this content",
             "this text", "the article", "this blog post" }) {
        subject = subject || form.startsWith(QLatin1String(s));
    }
    if (!subject || !form.contains(QLatin1String(" by ")))
        return false;
    for (const char *verb : { "written", "made", "published", "produced", "prepared", "created", "edited", "generated",
             "compiled", "reviewed", "translated", "originally appeared", "first appeared" }) {
        if (form.contains(QLatin1String(verb)))
            return true;
    }
    return false;
}

QString BylineParser::author(QStringView line)
{
    line = line.trimmed();
    if (line.size() > 300)
        return {};
    const QString lower = line.toString().toLower();
    for (const char *prefix : { "by ", "written by ", "posted by ", "reported by ", "words by ", "story by ",
             "reporting by ", "author: ", "authors: ", "by: ", "author ", "published by " }) {
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
