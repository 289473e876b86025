// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "corpus/metadata/metadatainference.h"

#include "corpus/metadata/bylineparser.h"
#include "corpus/metadata/datefinder.h"
#include "corpus/structure/textfeatures.h"
#include "language/languagedata.h"

#include <algorithm>

namespace
{
constexpr int MaxFallbackTitleLength = 100;

// The first sentence, shortened at a word boundary: a title for a text that has no title line.
QString titleFromText(QStringView text)
{
    qsizetype end = text.size();
    for (const char *stop : { ". ", "? ", "! " }) {
        const qsizetype at = text.indexOf(QLatin1String(stop));
        if (at > 0 && at + 1 < end)
            end = at + 1;
    }
    QStringView title = text.first(end).trimmed();
    if (title.size() <= MaxFallbackTitleLength)
        return title.toString();
    title = title.first(MaxFallbackTitleLength);
    const qsizetype space = title.lastIndexOf(u' ');
    if (space > MaxFallbackTitleLength / 2)
        title = title.first(space);
    return title.toString() + QChar(0x2026);
}

bool endsWithAnchor(QStringView before)
{
    before = before.trimmed();
    if (before.endsWith(u','))
        before.chop(1);
    static const QStringList anchors = LanguageData::list(QStringLiteral("dates/update-anchors")).words();
    return std::any_of(anchors.cbegin(), anchors.cend(), [before](const QString &a) {
        return before.endsWith(a) && (before.size() == a.size() || !before.at(before.size() - a.size() - 1).isLetter());
    });
}

// A wire dateline opening the lead: "TARSIS, Oct. 2, 2020 — The mill will stay open" or "TARSIS, Belmar,
// 2 October 2020 (Agency) - …". The place is in capitals; the date comes before a dash near the start.
QDate leadDateline(QStringView text)
{
    constexpr qsizetype maxPlace = 40;
    constexpr qsizetype maxAfterDate = 24;
    const QList<DateFinder::Match> dates = DateFinder::find(text.first(std::min<qsizetype>(text.size(), 120)));
    if (dates.isEmpty() || !dates.first().dayPrecision || dates.first().span.start > maxPlace)
        return {};
    const DateFinder::Match &m = dates.first();
    const QStringView place = text.first(m.span.start).trimmed();
    const bool capitals = place.endsWith(u',')
        && std::any_of(place.begin(), place.end(), [](QChar c) { return c.isLetter(); })
        && std::none_of(place.begin(), place.end(), [](QChar c) { return c.isLower(); });
    if (!capitals)
        return {};
    const QStringView after
        = text.sliced(m.span.end).first(std::min<qsizetype>(text.size() - m.span.end, maxAfterDate));
    qsizetype dash = -1;
    for (qsizetype k = 1; k + 1 < after.size() && dash < 0; ++k) {
        const char16_t c = after.at(k).unicode();
        if ((c == u'-' || c == u'\u2013' || c == u'\u2014') && after.at(k - 1).isSpace() && after.at(k + 1).isSpace())
            dash = k;
    }
    if (dash < 0)
        return {};
    // Only an agency's name in parentheses may stand between the date and the dash.
    const QStringView between = after.first(dash).trimmed();
    if (!between.isEmpty() && !(between.startsWith(u'(') && between.endsWith(u')')))
        return {};
    return m.date;
}

QDate firstDate(QStringView text)
{
    for (const DateFinder::Match &m : DateFinder::find(text)) {
        if (m.dayPrecision)
            return m.date;
    }
    return {};
}
}

QDate MetadataInference::latestAsOfDate(QStringView text)
{
    QDate latest;
    for (const DateFinder::Match &m : DateFinder::find(text)) {
        const qsizetype from = std::max<qsizetype>(0, m.span.start - 40);
        // A month narrowed to a part ("late November 2025") is a date that starts at its part.
        const QString lower = text.sliced(from, m.span.start - from).toString().toLower();
        if (endsWithAnchor(lower) && (!latest.isValid() || m.date > latest))
            latest = m.date;
    }
    return latest;
}

MetadataInference::Result MetadataInference::infer(
    const QList<QStringView> &paragraphs, const QList<BoilerplateKind> &kinds, int title, const DocumentMeta &meta)
{
    Result result;
    const qsizetype n = paragraphs.size();

    result.title = meta.title;
    if (result.title.isEmpty() && title >= 0)
        result.title = paragraphs.at(title).toString();
    for (qsizetype i = 0; i < n && result.title.isEmpty(); ++i) {
        if (kinds.at(i) == BoilerplateKind::None)
            result.title = titleFromText(paragraphs.at(i));
    }

    result.author = meta.author;
    for (qsizetype i = 0; i < n && result.author.isEmpty(); ++i) {
        if (kinds.at(i) == BoilerplateKind::Byline)
            result.author = BylineParser::author(paragraphs.at(i));
    }
    for (qsizetype i = 0; i < n && result.author.isEmpty(); ++i) {
        if (kinds.at(i) == BoilerplateKind::AuthorBio && TextFeatures::isPersonNameShaped(paragraphs.at(i)))
            result.author = paragraphs.at(i).trimmed().toString();
    }

    result.outlet = meta.siteName;

    if (meta.published.isValid()) {
        result.published = meta.published;
        result.basis = PublishedBasis::HtmlMeta;
        return result;
    }
    // A dateline or a dated byline; a "Published" line beats an "Updated" one.
    QDate updated;
    for (qsizetype i = 0; i < n; ++i) {
        if (kinds.at(i) != BoilerplateKind::Dateline && kinds.at(i) != BoilerplateKind::Byline)
            continue;
        const QDate date = firstDate(paragraphs.at(i));
        if (!date.isValid())
            continue;
        if (TextFeatures::lexiconForm(paragraphs.at(i)).contains(QLatin1String("updated"))) {
            if (!updated.isValid())
                updated = date;
            continue;
        }
        result.published = date;
        result.basis = PublishedBasis::Byline;
        return result;
    }
    if (updated.isValid()) {
        result.published = updated;
        result.basis = PublishedBasis::Byline;
        return result;
    }
    for (qsizetype i = 0; i < n; ++i) {
        if (kinds.at(i) != BoilerplateKind::None)
            continue;
        if (i == title)
            continue;
        if (const QDate date = leadDateline(paragraphs.at(i)); date.isValid()) {
            result.published = date;
            result.basis = PublishedBasis::Byline;
            return result;
        }
        break; // only the lead opens with a dateline
    }
    QDate latest;
    for (qsizetype i = 0; i < n; ++i) {
        if (kinds.at(i) != BoilerplateKind::None)
            continue;
        const QDate date = latestAsOfDate(paragraphs.at(i));
        if (date.isValid() && (!latest.isValid() || date > latest))
            latest = date;
    }
    if (latest.isValid()) {
        result.published = latest;
        result.basis = PublishedBasis::InferredLatestDate;
    }
    return result;
}
