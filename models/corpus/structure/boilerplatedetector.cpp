// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "corpus/structure/boilerplatedetector.h"

#include "corpus/metadata/bylineparser.h"
#include "corpus/metadata/datefinder.h"
#include "corpus/structure/boilerplatelexicon.h"
#include "corpus/structure/textfeatures.h"
#include "language/languagedata.h"

#include <QHash>
#include <QSet>
#include <QStringTokenizer>

#include <algorithm>

namespace
{
using Kind = BoilerplateKind;

// Longer paragraphs are prose: the line rules do not look at them.
constexpr int MaxLineWords = 40;
// A name alone on its line is never longer.
constexpr int MaxNameWords = 8;
// Section headings, the ones link titles are told from, are never longer.
constexpr int MaxHeadingWords = 20;
// Every rule compares a word count with a threshold of at most 60: counting stops past that.
constexpr int WordCountCap = 61;

bool hasLetterOrDigit(QStringView text)
{
    return std::ranges::any_of(text, [](QChar c) { return c.isLetterOrNumber(); });
}

// Where a lower-case letter runs into a capital inside a word ("articleComments"), 0 if nowhere: buttons set
// side by side without a space read as one line.
qsizetype gluedLabelEnd(QStringView text)
{
    for (qsizetype i = 1; i < text.size(); ++i) {
        if (text.at(i).isUpper() && text.at(i - 1).isLower())
            return i;
    }
    return 0;
}

// Whether p[i - 1] starts a "credit" in any case (0 < i, four characters after p[i]).
bool creditAt(const char16_t *p, qsizetype i)
{
    static constexpr char16_t tail[] = u"redit";
    if ((p[i] | 0x20) != u'r' || (p[i - 1] | 0x20) != u'c')
        return false;
    qsizetype k = 1;
    while (k < 5 && (p[i + k] | 0x20) == tail[k])
        ++k;
    return k == 5;
}

// Whether some p[i + k] (0 <= k < 32, 0 < i) is an "r" after a "c", in any case: without a branch,
// so the loop vectorises.
bool hasCr(const char16_t *p, qsizetype i)
{
    char16_t found = 0;
    for (qsizetype k = 0; k < 32; ++k)
        found |= char16_t(((p[i + k] | 0x20) == u'r') & ((p[i + k - 1] | 0x20) == u'c'));
    return found != 0;
}

// "credit" in any case: the only word that lets a long line be furniture. Long lines are read 32
// characters at a time, and only where a block has a "cr" character by character.
bool containsCredit(QStringView text)
{
    const char16_t *p = text.utf16();
    const qsizetype last = text.size() - 5;
    qsizetype i = 1;
    while (i + 32 <= last) {
        if (!hasCr(p, i)) {
            i += 32;
            continue;
        }
        for (const qsizetype end = i + 32; i < end; ++i) {
            if (creditAt(p, i))
                return true;
        }
    }
    for (; i <= last; ++i) {
        if (creditAt(p, i))
            return true;
    }
    return false;
}

bool endsSentence(QStringView text)
{
    const QChar last = TextFeatures::lastSignificant(text);
    return last == u'.' || last == u'!' || last == u'?';
}

// "… boarding the ferry. Credit: Jane Doe / Getty", "Photo credit: …", "Credit: …": a credit label at
// the start or right after a sentence, never "credit:" inside running prose.
bool hasCreditLabel(const QString &form)
{
    qsizetype at = 0;
    while ((at = TextFeatures::indexOfPhrase(form, u"credit", at)) >= 0) {
        qsizetype end = at + 6;
        if (end < form.size() && form.at(end) == u's')
            ++end;
        while (end < form.size() && form.at(end).isSpace())
            ++end;
        if (end < form.size() && form.at(end) == u':') {
            QStringView before = QStringView(form).first(at).trimmed();
            static const QStringList qualifiers
                = LanguageData::list(QStringLiteral("boilerplate/credit-qualifiers")).words();
            for (const QString &qualifier : qualifiers) {
                for (int i = 0; i < 2; ++i) {
                    if (before.endsWith(qualifier)) {
                        before.chop(qualifier.size());
                        before = before.trimmed();
                    }
                }
            }
            if (before.isEmpty() || endsSentence(before))
                return true;
        }
        at = end;
    }
    return false;
}

// "… with her aides by her side Credit: Jo Kent": a caption some pages end without a full stop, then its credit. The
// capital of "Credit:" within the line tells the label from prose's "credit:"; the source after it is a few words
// and no sentence. Where the label starts, or -1.
qsizetype trailingCreditLabel(QStringView text)
{
    constexpr int MaxSourceWords = 6;
    qsizetype at = text.lastIndexOf(QLatin1String(" Credit"));
    if (at < 0)
        return -1;
    qsizetype colon = at + 7;
    if (colon < text.size() && text.at(colon) == u's')
        ++colon;
    if (colon >= text.size() || text.at(colon) != u':')
        return -1;
    const QStringView source = text.sliced(colon + 1).trimmed();
    const qsizetype words = TextFeatures::wordCount(source, MaxSourceWords + 1);
    if (words == 0 || words > MaxSourceWords || endsSentence(source))
        return -1;
    return at + 1;
}

bool isReadingTime(const QString &form, int words)
{
    if (words > 8)
        return false;
    if (form.startsWith(QLatin1String("reading time")))
        return true;
    // Every unit of the list ends in "read" (tst_boilerplatedetector checks it): one search rules out most lines.
    if (TextFeatures::indexOfPhrase(form, u"read") < 0)
        return false;
    static const QStringList units = LanguageData::list(QStringLiteral("boilerplate/reading-time-units")).words();
    return std::any_of(units.cbegin(), units.cend(), [&form](const QString &unit) {
        const qsizetype at = TextFeatures::indexOfPhrase(form, unit);
        return at > 0
            && (form.at(at - 1).isDigit() || (form.at(at - 1).isSpace() && at > 1 && form.at(at - 2).isDigit()));
    });
}

// A line that is a date and nothing else worth reading: "29 October 2025", "Updated: Oct. 30, 2025 10:15 am EDT".
bool isDateline(QStringView text, int words)
{
    if (words > 14)
        return false;
    const QList<DateFinder::Match> dates = DateFinder::find(text);
    if (dates.isEmpty() || !dates.constFirst().dayPrecision)
        return false;
    QString rest = text.toString();
    for (qsizetype i = dates.size() - 1; i >= 0; --i)
        rest.remove(dates.at(i).span.start, dates.at(i).span.length());
    for (QStringView word : QStringTokenizer(rest, u' ', Qt::SkipEmptyParts)) {
        QString w = word.toString().toLower();
        while (!w.isEmpty() && !w.back().isLetterOrNumber())
            w.chop(1);
        while (!w.isEmpty() && !w.front().isLetterOrNumber())
            w.remove(0, 1);
        if (w.isEmpty() || w.front().isDigit() || BoilerplateLexicon::isDatelineWord(w))
            continue;
        return false;
    }
    return true;
}

bool isSeparatorChar(QChar c)
{
    return c == u'|' || c == u'>' || c == u'/' || c == QChar(0x203A) || c == QChar(0x00BB) || c == QChar(0x2192);
}

// "Home › World › Asia": several separators between short segments.
bool isBreadcrumbTrail(QStringView text)
{
    int separators = 0;
    int wordsSinceSeparator = 0;
    for (QStringView word : QStringTokenizer(text, u' ', Qt::SkipEmptyParts)) {
        if (word.size() == 1 && isSeparatorChar(word.front())) {
            ++separators;
            wordsSinceSeparator = 0;
        } else if (++wordsSinceSeparator > 5) {
            return false;
        }
    }
    return separators >= 2;
}

bool startsWithHomeWord(const QString &form)
{
    const auto homes = { "home ", "homepage ", "home page ", "front page ", "start " };
    return std::ranges::any_of(homes, [&form](const char *home) { return form.startsWith(QLatin1String(home)); });
}

bool endsWithEllipsis(QStringView text)
{
    text = text.trimmed();
    return text.endsWith(QChar(0x2026)) || text.endsWith(QLatin1String("..."));
}

// The words of `text` before its closing ellipsis, lower-case.
QStringList wordsBeforeEllipsis(QStringView text)
{
    text = text.trimmed();
    while (!text.isEmpty() && (text.back() == u'.' || text.back() == QChar(0x2026)))
        text.chop(1);
    return TextFeatures::lexiconForm(text).split(u' ', Qt::SkipEmptyParts);
}

// "Some headline | Some Site": a short site name after a bar.
bool isLinkTitle(QStringView text, int words)
{
    if (words > 25)
        return false;
    const qsizetype bar = text.lastIndexOf(QLatin1String(" | "));
    if (bar <= 0)
        return false;
    const QStringView site = text.sliced(bar + 3).trimmed();
    const int siteWords = TextFeatures::wordCount(site);
    return siteWords >= 1 && siteWords <= 5 && site.size() <= 40 && TextFeatures::isTitleCase(site)
        && !endsSentence(site) && TextFeatures::wordCount(text.first(bar)) >= 2;
}
}

TextSpan BoilerplateDetector::datedCaption(QStringView text)
{
    if (TextFeatures::wordCount(text, WordCountCap) > 50)
        return {};
    // A label of a word or two ("Photo:") before the caption is furniture.
    int start = 0;
    const qsizetype colon = text.indexOf(u':');
    if (colon > 0 && colon < 24 && TextFeatures::wordCount(text.first(colon)) <= 2)
        start = int(colon) + 1;
    while (start < text.size() && text.at(start).isSpace())
        ++start;
    for (const DateFinder::Match &date : DateFinder::find(text)) {
        // The date set off by commas after the subject and verb: "Jane Doe speaks, March 4, 2021, in Lyon."
        const int before = date.span.start - 2;
        if (!date.dayPrecision || date.span.start < start + 2 || text.at(before) != u','
            || TextFeatures::wordCount(text.sliced(start, before - start)) < 3 || date.span.end >= text.size()
            || text.at(date.span.end) != u',')
            continue;
        // The sentence ends at the first full stop after the date; the credit follows it.
        int end = date.span.end;
        while (end < text.size() && !(text.at(end) == u'.' && (end + 1 == text.size() || text.at(end + 1).isSpace())))
            ++end;
        const QStringView caption = text.sliced(start, end - start);
        // A caption that quotes someone tells of a saying the article reports, if anywhere.
        const bool quotes = std::ranges::any_of(
            caption, [](QChar c) { return c == u'"' || c == QChar(0x201C) || c == QChar(0x201D); });
        if (quotes)
            return {};
        return { start, end };
    }
    return {};
}

namespace
{
// An opening quotation mark: a caption with one quotes someone.
bool hasQuotationMark(QStringView text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'"' || c == QChar(0x201C) || c == QChar(0x201D) || c == QChar(0x00AB) || c == QChar(0x00BB)
            || c == QChar(0x201E) || c == QChar(0x2018))
            return true;
        // a single mark after a letter is an apostrophe ("Ames's", "the leaders' ")
        if ((c == u'\'' || c == QChar(0x2019)) && (i == 0 || !text.at(i - 1).isLetter()))
            return true;
    }
    return false;
}

// A sentence of a caption, not a name or a label: a few words, some of them lower-case.
bool isCaptionSentence(QStringView text)
{
    int words = 0;
    int lower = 0;
    for (QStringView word : QStringTokenizer(text, u' ', Qt::SkipEmptyParts)) {
        ++words;
        lower += word.front().isLower() ? 1 : 0;
    }
    return words >= 4 && lower >= 2 && BoilerplateDetector::classifyLine(text) == BoilerplateKind::None;
}
}

TextSpan BoilerplateDetector::captionSentence(QStringView text)
{
    if (TextFeatures::wordCount(text, WordCountCap) > 50 || hasQuotationMark(text))
        return {};
    int start = 0;
    while (start < text.size() && text.at(start).isSpace())
        ++start;
    if (const qsizetype label = trailingCreditLabel(text); label > start) {
        QStringView caption = text.sliced(start, label - start).trimmed();
        if (!endsSentence(caption) && isCaptionSentence(caption))
            return { start, int(start + caption.size()) };
    }
    // Each sentence end in turn, until the rest is a credit and the text before it a sentence ("U.S." is none).
    for (qsizetype end = start; end < text.size(); ++end) {
        const QChar c = text.at(end);
        if ((c != u'.' && c != u'!' && c != u'?') || (end + 1 < text.size() && !text.at(end + 1).isSpace()))
            continue;
        const QStringView rest = text.sliced(end + 1).trimmed();
        if (!rest.isEmpty() && classifyLine(rest) != Kind::Credit)
            continue;
        if (isCaptionSentence(text.sliced(start, end + 1 - start)))
            return { start, int(end) + 1 };
    }
    return {};
}

BoilerplateKind BoilerplateDetector::classifyLine(QStringView text)
{
    QString form;
    return classify(text.trimmed(), TextFeatures::wordCount(text, WordCountCap), form);
}

BoilerplateKind BoilerplateDetector::classify(QStringView text, int words, QString &form)
{
    if (text.isEmpty())
        return Kind::None;
    if (!hasLetterOrDigit(text))
        return Kind::Separator;
    if (words > 60)
        return Kind::None;
    // Long lines can only be a credit or a disclosure: rule out both before building the form.
    if (words > MaxLineWords && !containsCredit(text) && !text.startsWith(QLatin1String("th"), Qt::CaseInsensitive))
        return Kind::None;
    form = TextFeatures::lexiconForm(text);
    if (hasCreditLabel(form) || trailingCreditLabel(text) > 0)
        return Kind::Credit;
    if (words > MaxLineWords)
        return BylineParser::isDisclosureForm(form) ? Kind::Byline : Kind::None;

    if (words <= 12) {
        if (const Kind k = BoilerplateLexicon::wholeLine(form); k != Kind::None)
            return k;
        // A furniture phrase glued to the next button's label ("Share this articleComments").
        if (const qsizetype glued = gluedLabelEnd(text); glued > 0) {
            if (const Kind k = BoilerplateLexicon::wholeLine(TextFeatures::lexiconForm(text.first(glued)));
                k != Kind::None)
                return k;
        }
    }
    if (const Kind k = BoilerplateLexicon::labelled(form); k != Kind::None)
        return k;
    if (form.startsWith(u'\u00a9') || form.startsWith(QLatin1String("(c) ")))
        return Kind::Credit;
    if (BylineParser::isDisclosureForm(form))
        return Kind::Byline;
    if (form.startsWith(QLatin1String("by ")))
        return words <= 20 && !endsSentence(text) && !BylineParser::author(text).isEmpty() ? Kind::Byline : Kind::None;
    if (const Kind k = BoilerplateLexicon::leading(form); k != Kind::None)
        return k;
    if (isReadingTime(form, words))
        return Kind::ReadingTime;
    if (words <= 14 && !endsSentence(text) && BoilerplateLexicon::isSourceCredit(form))
        return Kind::Credit;
    if (words <= 20 && form.contains(u'\u00a9'))
        return Kind::Credit;
    if (isDateline(text, words))
        return Kind::Dateline;
    return Kind::None;
}

QList<BoilerplateKind> BoilerplateDetector::detect(const QList<Paragraph> &paragraphs) const
{
    const qsizetype n = paragraphs.size();
    QList<Kind> kinds(n, Kind::None);
    QList<int> wordCounts(n);
    // Lexicon forms of the short lines, built once: several rules below read them.
    QList<QString> forms(n);
    QList<bool> hasForm(n, false);
    const auto formOf = [&](qsizetype i) -> const QString & {
        if (!hasForm.at(i)) {
            forms[i] = TextFeatures::lexiconForm(paragraphs.at(i).text);
            hasForm[i] = true;
        }
        return forms.at(i);
    };
    for (qsizetype i = 0; i < n; ++i) {
        const QStringView text = paragraphs.at(i).text.trimmed();
        wordCounts[i] = TextFeatures::wordCount(text, WordCountCap);
        // A page's marked headline is never furniture.
        if (paragraphs.at(i).kind != BlockKind::Title) {
            kinds[i] = classify(text, wordCounts.at(i), forms[i]);
            hasForm[i] = !forms.at(i).isEmpty();
        }
        if (kinds.at(i) == Kind::None && paragraphs.at(i).kind == BlockKind::Caption)
            kinds[i] = Kind::Caption;
    }
    auto isBody = [&](qsizetype i) { return kinds.at(i) == Kind::None && wordCounts.at(i) >= 25; };

    // A date alone on a line is a dateline only in the page's head or foot; inside the article it
    // is a heading (a timeline's "12 June 2018").
    qsizetype firstBody = 0;
    while (firstBody < n && !isBody(firstBody))
        ++firstBody;
    for (qsizetype i = 0; i < n; ++i) {
        if (kinds.at(i) == Kind::Dateline && i > firstBody && i + 3 < n)
            kinds[i] = Kind::None;
    }

    // The opening lines, before the first real paragraph: breadcrumbs.
    for (qsizetype i = 0; i < n && i < 4 && !isBody(i); ++i) {
        if (kinds.at(i) != Kind::None || endsSentence(paragraphs.at(i).text))
            continue;
        if ((startsWithHomeWord(formOf(i)) && wordCounts.at(i) >= 2) || isBreadcrumbTrail(paragraphs.at(i).text))
            kinds[i] = Kind::Breadcrumb;
    }

    // Tag lists: the line after a bare "Tags:" label, and lines of link texts run together.
    for (qsizetype i = 0; i < n; ++i) {
        const QStringView text = paragraphs.at(i).text;
        if (kinds.at(i) != Kind::None || wordCounts.at(i) > 60 || endsSentence(text))
            continue;
        const bool afterLabel = i > 0 && kinds.at(i - 1) == Kind::Tags && wordCounts.at(i - 1) <= 4;
        const bool runTogether = TextFeatures::runTogetherJoins(text) >= 3 && i * 3 >= n * 2;
        if (afterLabel || runTogether)
            kinds[i] = Kind::Tags;
    }

    // Captions: a short line right above a credit that names no more than its source.
    for (qsizetype i = 0; i + 1 < n; ++i) {
        if (kinds.at(i) != Kind::None || kinds.at(i + 1) != Kind::Credit || wordCounts.at(i) > 30)
            continue;
        const QStringView credit = paragraphs.at(i + 1).text;
        const bool bareCredit = !credit.contains(QLatin1String(". "));
        const QStringView text = paragraphs.at(i).text;
        const bool sameChunk = paragraphs.at(i + 1).sameChunkAsPrevious;
        const bool captionShaped = wordCounts.at(i) <= 20 && !TextFeatures::endsWithPunctuation(text)
            && !TextFeatures::isTitleCase(text, 1.0);
        if (bareCredit && (sameChunk || captionShaped))
            kinds[i] = Kind::Caption;
    }

    // Repeats: a later copy of a paragraph (captions shown twice, a standfirst repeated), and
    // truncated teasers ("The mayor said she'd be willing to meet the union — but...") of another paragraph.
    // Keys are hashed whole only where their ends repeat: most paragraphs are unique, and long.
    QList<quint64> ends(n);
    QHash<quint64, int> endsCount;
    endsCount.reserve(n);
    for (qsizetype i = 0; i < n; ++i) {
        if (paragraphs.at(i).text.size() >= 12) {
            ends[i] = TextFeatures::comparisonEndsHash(paragraphs.at(i).text);
            ++endsCount[ends.at(i)];
        }
    }
    QSet<quint64> seen;
    for (qsizetype i = 0; i < n; ++i) {
        const QStringView text = paragraphs.at(i).text;
        if (text.size() < 12 || endsCount.value(ends.at(i)) < 2)
            continue;
        const quint64 key = TextFeatures::comparisonHash(text);
        if (!seen.contains(key))
            seen.insert(key);
        else if (kinds.at(i) == Kind::None)
            kinds[i] = Kind::Duplicate;
    }
    for (qsizetype i = 0; i < n; ++i) {
        if (kinds.at(i) != Kind::None || wordCounts.at(i) > 30 || !endsWithEllipsis(paragraphs.at(i).text))
            continue;
        const QStringList words = wordsBeforeEllipsis(paragraphs.at(i).text);
        if (words.size() < 4)
            continue;
        const QString tail = words.mid(words.size() - 4).join(u' ');
        for (qsizetype j = 0; j < n; ++j) {
            if (j != i && wordCounts.at(j) > words.size() - 2 && formOf(j).contains(tail)) {
                kinds[i] = i < 4 ? Kind::Breadcrumb : Kind::Duplicate;
                break;
            }
        }
    }

    // "Headline | Site" lines inside the article: links and embedded videos. The first content line
    // is the title, which may carry its site name that way.
    bool seenContent = false;
    for (qsizetype i = 0; i < n; ++i) {
        if (kinds.at(i) != Kind::None)
            continue;
        if (seenContent && isLinkTitle(paragraphs.at(i).text, wordCounts.at(i)))
            kinds[i] = Kind::LinkTitle;
        seenContent = true;
    }

    // Embedded video and link titles: in an article whose section headings are all Title Case, a
    // long heading-shaped line in sentence case is not one of its headings.
    // The word count, known already, rules out most paragraphs before the shape is read.
    const auto headingShaped = [&](qsizetype i) {
        return wordCounts.at(i) <= MaxHeadingWords
            && TextFeatures::isHeadingShaped(paragraphs.at(i).text, MaxHeadingWords);
    };
    int titleCaseHeadings = 0;
    for (qsizetype i = firstBody; i < n; ++i) {
        const QStringView text = paragraphs.at(i).text;
        if (kinds.at(i) == Kind::None && headingShaped(i) && TextFeatures::isTitleCase(text, 1.0))
            ++titleCaseHeadings;
    }
    for (qsizetype i = firstBody + 1; i < n && titleCaseHeadings >= 3; ++i) {
        const QStringView text = paragraphs.at(i).text;
        if (kinds.at(i) == Kind::None && wordCounts.at(i) >= 8 && paragraphs.at(i).kind == BlockKind::Paragraph
            && headingShaped(i) && !TextFeatures::isTitleCase(text, 0.67))
            kinds[i] = Kind::LinkTitle;
    }

    // The author's block at the end: their name alone (known from a byline or elsewhere), or an
    // "About the author" label, and the short blurb after it.
    QSet<QString> authors;
    for (const QString &a : m_knownAuthors)
        authors.insert(TextFeatures::lexiconForm(a));
    for (qsizetype i = 0; i < n; ++i) {
        if (kinds.at(i) == Kind::Byline) {
            const QString name = BylineParser::author(paragraphs.at(i).text);
            if (!name.isEmpty())
                authors.insert(TextFeatures::lexiconForm(name));
        }
    }
    for (qsizetype i = std::max<qsizetype>(0, n - 5); i < n; ++i) {
        const bool label = kinds.at(i) == Kind::AuthorBio;
        const bool knownName
            = kinds.at(i) == Kind::None && wordCounts.at(i) <= MaxNameWords && authors.contains(formOf(i));
        const bool namedBlurb = kinds.at(i) == Kind::None && i + 1 < n && i + 3 >= n
            && TextFeatures::isPersonNameShaped(paragraphs.at(i).text) && kinds.at(i + 1) == Kind::None
            && wordCounts.at(i + 1) <= 60 && BoilerplateLexicon::hasAuthorBioWords(formOf(i + 1));
        if (!label && !knownName && !namedBlurb)
            continue;
        kinds[i] = Kind::AuthorBio;
        for (qsizetype j = i + 1; j < n && kinds.at(j) == Kind::None && wordCounts.at(j) <= 60; ++j)
            kinds[j] = Kind::AuthorBio;
        break;
    }
    return kinds;
}
