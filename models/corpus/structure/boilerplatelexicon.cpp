// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "corpus/structure/boilerplatelexicon.h"

#include "corpus/structure/textfeatures.h"
#include "language/characters.h"
#include "language/languagedata.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSet>
#include <QStringTokenizer>

#include <algorithm>
#include <bitset>
#include <initializer_list>
#include <utility>

namespace
{
using Kind = BoilerplateKind;

// The phrases of data/boilerplate/FOLDER/KIND.txt for each of `kinds`.
QHash<QString, Kind> table(const QString &folder, std::initializer_list<Kind> kinds)
{
    QHash<QString, Kind> hash;
    for (const Kind kind : kinds) {
        const WordList list = LanguageData::list(u"boilerplate/" + folder + u'/' + boilerplateKindName(kind));
        for (const WordList::Entry &phrase : list.entries())
            hash.insert(phrase.text, kind);
    }
    return hash;
}

const QHash<QString, Kind> &wholeLines()
{
    static const QHash<QString, Kind> hash = table(QStringLiteral("lines"),
        { Kind::Related, Kind::Social, Kind::Advert, Kind::Navigation, Kind::Tags, Kind::Credit, Kind::AuthorBio });
    return hash;
}

const QHash<QString, Kind> &labels()
{
    static const QHash<QString, Kind> hash = table(QStringLiteral("labels"),
        { Kind::Related, Kind::Social, Kind::Advert, Kind::Tags, Kind::Credit, Kind::Byline });
    return hash;
}

const QHash<QString, Kind> &leadings()
{
    static const QHash<QString, Kind> hash = table(
        QStringLiteral("leading"), { Kind::Advert, Kind::Byline, Kind::Credit, Kind::Social, Kind::Navigation });
    return hash;
}

// Picture libraries: naming one at the end of a short line is a credit.
const QStringList &pictureLibraries()
{
    static const QStringList list = LanguageData::list(QStringLiteral("boilerplate/picture-libraries")).words();
    return list;
}

// Agencies and other sources that also appear in headings ("The minister's statement to Reuters"): a credit
// only after a credit separator ("Jane Doe/AFP", "via Reuters", "© Xinhua") or alone.
const QStringList &agencies()
{
    static const QStringList list = LanguageData::list(QStringLiteral("boilerplate/agencies")).words();
    return list;
}

const QSet<QString> &agencySet()
{
    static const QSet<QString> set(agencies().cbegin(), agencies().cend());
    return set;
}

const QStringList &licences()
{
    static const QStringList list = LanguageData::list(QStringLiteral("boilerplate/licences")).words();
    return list;
}

// Whether `c` starts a licence: a licence is looked for only where one could start.
bool startsLicence(QChar c)
{
    static const std::bitset<128> firsts = [] {
        std::bitset<128> set;
        for (const QString &licence : licences()) {
            Q_ASSERT(licence.front().unicode() < 128);
            set.set(licence.front().unicode());
        }
        return set;
    }();
    return c.unicode() < 128 && firsts.test(c.unicode());
}

bool licenceAt(QStringView text)
{
    // The first character first, inline: most places start no licence.
    return std::ranges::any_of(licences(),
        [text](const QString &licence) { return licence.front() == text.front() && text.startsWith(licence); });
}

QStringView firstWord(QStringView form)
{
    qsizetype end = 0;
    while (end < form.size() && form.at(end) != u' ' && form.at(end) != u':')
        ++end;
    return form.first(end);
}

using PhrasesByFirstWord = QHash<QString, QList<std::pair<QString, Kind>>>;

// A table's phrases grouped by their first word: most lines start with none of them, and a line
// is compared only with the phrases that start like it.
PhrasesByFirstWord byFirstWord(const QHash<QString, Kind> &hash)
{
    PhrasesByFirstWord table;
    for (auto it = hash.cbegin(); it != hash.cend(); ++it)
        table[firstWord(it.key()).toString()].append({ it.key(), it.value() });
    return table;
}

// The longest phrase of `table` that starts `form`, followed by a label separator (colon, bar,
// dash) when `needColon`, else by a space.
Kind lookupPrefix(const PhrasesByFirstWord &table, const QString &form, bool needColon)
{
    const QStringView first = firstWord(form);
    // A key without a copy: this runs for every short line.
    const auto candidates = table.constFind(QString::fromRawData(first.data(), first.size()));
    if (candidates == table.cend())
        return Kind::None;
    Kind best = Kind::None;
    qsizetype bestLength = 0;
    for (const auto &[phrase, kind] : *candidates) {
        if (phrase.size() <= bestLength || !form.startsWith(phrase) || form.size() == phrase.size())
            continue;
        const QStringView rest = QStringView(form).sliced(phrase.size());
        const QChar next = rest.front();
        bool ok = false;
        if (needColon) {
            const QStringView trimmed = rest.trimmed();
            ok = !trimmed.isEmpty()
                && (trimmed.front() == u':' || trimmed.front() == u'|' || Characters::isDash(trimmed.front())
                    || (trimmed.front() == u'-' && rest.front().isSpace()));
        } else {
            ok = next.isSpace() || !phrase.back().isLetterOrNumber();
        }
        if (ok) {
            best = kind;
            bestLength = phrase.size();
        }
    }
    return best;
}

bool endsWithWord(const QString &form, const QString &word)
{
    // The last character first, inline: most lines end otherwise.
    if (form.isEmpty() || form.back() != word.back() || !form.endsWith(word))
        return false;
    const qsizetype at = form.size() - word.size();
    return at == 0 || !form.at(at - 1).isLetterOrNumber();
}
}

QString boilerplateKindName(BoilerplateKind kind)
{
    switch (kind) {
    case Kind::None:
        return QStringLiteral("none");
    case Kind::Caption:
        return QStringLiteral("caption");
    case Kind::Credit:
        return QStringLiteral("credit");
    case Kind::Related:
        return QStringLiteral("related");
    case Kind::Social:
        return QStringLiteral("social");
    case Kind::Advert:
        return QStringLiteral("advert");
    case Kind::Duplicate:
        return QStringLiteral("duplicate");
    case Kind::Tags:
        return QStringLiteral("tags");
    case Kind::Byline:
        return QStringLiteral("byline");
    case Kind::Dateline:
        return QStringLiteral("dateline");
    case Kind::Breadcrumb:
        return QStringLiteral("breadcrumb");
    case Kind::ReadingTime:
        return QStringLiteral("reading-time");
    case Kind::Navigation:
        return QStringLiteral("navigation");
    case Kind::Separator:
        return QStringLiteral("separator");
    case Kind::AuthorBio:
        return QStringLiteral("author-bio");
    case Kind::LinkTitle:
        return QStringLiteral("link-title");
    }
    return {};
}

BoilerplateKind BoilerplateLexicon::wholeLine(const QString &form)
{
    return wholeLines().value(form, Kind::None);
}

BoilerplateKind BoilerplateLexicon::labelled(const QString &form)
{
    static const PhrasesByFirstWord table = byFirstWord(labels());
    return lookupPrefix(table, form, true);
}

BoilerplateKind BoilerplateLexicon::leading(const QString &form)
{
    static const PhrasesByFirstWord table = byFirstWord(leadings());
    return lookupPrefix(table, form, false);
}

bool BoilerplateLexicon::isSourceCredit(const QString &form)
{
    for (const QString &library : pictureLibraries()) {
        if (endsWithWord(form, library))
            return true;
    }
    // Each credit separator in the line, then an agency right after it.
    const auto agencyAt = [&form](qsizetype at) {
        while (at < form.size() && form.at(at) == u' ')
            ++at;
        const QStringView rest = QStringView(form).sliced(at);
        // The first character first, inline: most separators are followed by no agency.
        return std::ranges::any_of(agencies(), [rest](const QString &agency) {
            return !rest.isEmpty() && rest.front() == agency.front() && rest.startsWith(agency)
                && (rest.size() == agency.size() || !rest.at(agency.size()).isLetterOrNumber());
        });
    };
    if (form.size() > 1 && agencySet().contains(form))
        return true;
    // One pass over the line for both licences anywhere and agencies after a separator.
    for (qsizetype i = 0; i < form.size(); ++i) {
        const QChar c = form.at(i);
        if (startsLicence(c) && licenceAt(QStringView(form).sliced(i)))
            return true;
        qsizetype after = -1;
        if (c == u'/' || c == u'|' || c == QChar(0x00A9))
            after = i + 1;
        else if ((c == u'v' && QStringView(form).sliced(i).startsWith(QLatin1String("via "))
                     && (i == 0 || form.at(i - 1) == u' '))
            || (c == u'(' && QStringView(form).sliced(i).startsWith(QLatin1String("(c) "))))
            after = i + 4;
        if (after >= 0 && agencyAt(after))
            return true;
    }
    return false;
}

bool BoilerplateLexicon::isDatelineWord(const QString &lowerWord)
{
    static const WordTable words = LanguageData::wordSet(QStringLiteral("boilerplate/dateline-words"));
    return words.contains(lowerWord);
}

bool BoilerplateLexicon::hasAuthorBioWords(const QString &form)
{
    static const WordTable words = LanguageData::wordSet(QStringLiteral("boilerplate/author-bio-words"));
    for (QStringView word : QStringTokenizer(form, u' ', Qt::SkipEmptyParts)) {
        while (!word.isEmpty() && !word.back().isLetter())
            word.chop(1);
        if (words.contains(word))
            return true;
    }
    return false;
}
