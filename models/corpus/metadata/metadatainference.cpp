// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "corpus/metadata/metadatainference.h"

#include "corpus/metadata/bylineparser.h"
#include "corpus/metadata/datefinder.h"
#include "corpus/structure/textfeatures.h"
#include "language/languagedata.h"

#include <algorithm>
#include <functional>

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

// A phrase before a month that narrows it to a part ("early ", "mid-", "the end of "), and the part:
// 1 its start, 2 its middle, 3 its end. The words are the language data's, which the temporal tagger
// reads too: the adjectives of events/period-parts and the nouns of dates/period-part-nouns.
struct PartPhrase {
    QString text;
    int part = 0;
};

const QList<PartPhrase> &partPhrases()
{
    static const QList<PartPhrase> phrases = [] {
        QList<PartPhrase> out;
        const auto eachWord = [](const QString &list, const std::function<void(const QString &, int)> &add) {
            const QStringList lines = LanguageData::list(list).words();
            for (int n = 0; n < lines.size(); ++n) {
                for (const QString &word : lines.at(n).split(u' ', Qt::SkipEmptyParts))
                    add(word, n + 1);
            }
        };
        eachWord(QStringLiteral("events/period-parts"), [&out](const QString &word, int part) {
            out.append({ word + u' ', part });
            out.append({ word + u'-', part });
        });
        eachWord(QStringLiteral("dates/period-part-nouns"), [&out](const QString &word, int part) {
            out.append({ QStringLiteral("the ") + word + QStringLiteral(" of "), part });
            out.append({ word + QStringLiteral(" of "), part });
        });
        // The longest first: "the end of " before "end of ".
        std::stable_sort(out.begin(), out.end(),
            [](const PartPhrase &a, const PartPhrase &b) { return a.text.size() > b.text.size(); });
        return out;
    }();
    return phrases;
}

// The phrase `before` ends with; nullptr when none.
const PartPhrase *partPhraseAtEnd(QStringView before)
{
    const QList<PartPhrase> &phrases = partPhrases();
    const auto found = std::find_if(
        phrases.cbegin(), phrases.cend(), [before](const PartPhrase &p) { return before.endsWith(p.text); });
    return found == phrases.cend() ? nullptr : &*found;
}

// How a month-precision date is narrowed by the phrase before it: its start the 1st, its middle the
// 11th, its end the 21st; no phrase, the 1st.
int dayForModifier(QStringView before)
{
    constexpr int dayOfPart[] = { 1, 11, 21 };
    const PartPhrase *phrase = partPhraseAtEnd(before);
    return phrase && phrase->part >= 1 && phrase->part <= 3 ? dayOfPart[phrase->part - 1] : 1;
}

QStringView stripModifier(QStringView before)
{
    const PartPhrase *phrase = partPhraseAtEnd(before);
    return phrase ? before.chopped(phrase->text.size()) : before;
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
        const QString lower = text.sliced(from, m.span.start - from).toString().toLower();
        const QStringView window(lower);
        const QStringView anchor = stripModifier(window);
        if (!endsWithAnchor(anchor))
            continue;
        QDate date = m.date;
        if (!m.dayPrecision)
            date = QDate(date.year(), date.month(), dayForModifier(window));
        if (!latest.isValid() || date > latest)
            latest = date;
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
