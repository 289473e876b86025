// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "corpus/structure/sentencebreaker.h"

#include "core/logging.h"

#include <QSet>

#include <unicode/brkiter.h>
#include <unicode/utext.h>

#include <algorithm>
#include <memory>
#include <optional>

namespace
{
// ICU's own abbreviation list misses common ones ("Dr.", "Sen.", "U.S. Army"): a break after one
// of these is undone.
bool isTitleAbbreviation(QStringView token)
{
    static const QSet<QString> words = [] {
        QSet<QString> set;
        for (const char *w : { "Mr.", "Mrs.", "Ms.", "Dr.", "Prof.", "Sen.", "Rep.", "Gov.", "Gen.", "Lt.", "Col.",
                 "Sgt.", "Capt.", "Adm.", "Maj.", "Cmdr.", "Rev.", "Hon.", "Pres.", "Supt.", "Insp.", "St.", "Mt.",
                 "Ft.", "Jr.", "Sr.", "vs.", "v.", "approx.", "ca.", "cf.", "e.g.", "i.e.", "Amb.", "Atty.", "Gens.",
                 "Sens.", "Reps.", "Messrs.", "Mmes.", "Rt.", "Fr.", "Sgt.Maj." })
            set.insert(QString::fromLatin1(w));
        return set;
    }();
    return token.size() <= 8 && words.contains(token.toString());
}

// Abbreviations that end sentences too, but not when a number follows ("No. 5", "Oct. 29").
bool isNumberAbbreviation(QStringView token)
{
    static const QList<QLatin1String> words = [] {
        QList<QLatin1String> list;
        for (const char *w : { "No.", "Nos.", "Vol.", "Fig.", "Art.", "Sec.", "Ch.", "p.", "pp.", "Jan.", "Feb.",
                 "Mar.", "Apr.", "Jun.", "Jul.", "Aug.", "Sep.", "Sept.", "Oct.", "Nov.", "Dec.", "Nr." })
            list.append(QLatin1String(w));
        return list;
    }();
    // Called at every period ICU breaks after: most tokens are plain words, too long to be one.
    if (token.size() > 5)
        return false;
    return std::any_of(words.cbegin(), words.cend(), [token](QLatin1String w) { return token == w; });
}

// "U.S.", "D.C.", "p.m.", or a middle initial "J.".
bool isInitialism(QStringView token)
{
    if (token.size() == 2 && token.front().isUpper() && token.back() == u'.')
        return true;
    int letters = 0;
    for (qsizetype i = 0; i < token.size(); ++i) {
        const QChar c = token.at(i);
        if (c.isLetter()) {
            if (i + 1 >= token.size() || token.at(i + 1) != u'.')
                return false;
            ++letters;
        } else if (c != u'.') {
            return false;
        }
    }
    return letters >= 2;
}

// Words that usually open a sentence: after "U.S." they mean the sentence did end.
bool isSentenceStarter(QStringView word)
{
    static const QSet<QString> words = [] {
        QSet<QString> set;
        for (const char *w : { "The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "This", "That", "These",
                 "Those", "But", "And", "Or", "So", "Yet", "However", "In", "On", "At", "As", "For", "If", "When",
                 "While", "After", "Before", "There", "Here", "His", "Her", "Its", "Their", "Our", "My", "Meanwhile",
                 "Still", "Also", "Then", "Now", "What", "Why", "How", "Who", "Despite", "According", "Some", "Many",
                 "Most", "No", "Not", "One", "Officials", "Analysts", "Experts", "Since", "During", "Although",
                 "Though", "Instead", "Even", "With", "By", "From", "To", "Last", "Next", "Earlier", "Later", "Both" })
            set.insert(QString::fromLatin1(w));
        return set;
    }();
    return words.contains(word.toString());
}

// True when ICU's break at `pos` (after a period) falls inside a sentence.
bool isFalseBreak(const QString &text, int start, int pos, int end)
{
    int tokenEnd = pos;
    while (tokenEnd > start && text.at(tokenEnd - 1).isSpace())
        --tokenEnd;
    if (tokenEnd <= start || text.at(tokenEnd - 1) != u'.')
        return false;
    int tokenStart = tokenEnd;
    while (tokenStart > start && !text.at(tokenStart - 1).isSpace() && text.at(tokenStart - 1) != u'('
        && text.at(tokenStart - 1) != QChar(0x201C) && text.at(tokenStart - 1) != u'"')
        --tokenStart;
    const QStringView token = QStringView(text).sliced(tokenStart, tokenEnd - tokenStart);
    int nextEnd = pos;
    while (nextEnd < end && !text.at(nextEnd).isSpace())
        ++nextEnd;
    QStringView next = QStringView(text).sliced(pos, nextEnd - pos);
    while (!next.isEmpty() && !next.back().isLetterOrNumber())
        next.chop(1);
    if (next.isEmpty())
        return false;
    if (isTitleAbbreviation(token))
        return true;
    if (isNumberAbbreviation(token))
        return next.front().isDigit();
    if (isInitialism(token))
        return next.front().isUpper() && !isSentenceStarter(next);
    return false;
}

bool isTerminatorOrCloser(QChar c)
{
    switch (c.unicode()) {
    case u'.':
    case u'!':
    case u'?':
    case u'"':
    case u'\'':
    case u')':
    case u']':
    case 0x2019: // ’
    case 0x201D: // ”
    case 0x00BB: // »
    case 0x2026: // …
        return true;
    default:
        return c.isSpace();
    }
}

bool mayEndSentence(QChar c)
{
    if (c == u'.' || c == u'!' || c == u'?')
        return true;
    // Every other terminator (。！？‼) is "other punctuation" (quotes and dashes are not); those
    // outside the BMP are surrogate pairs here.
    return c.unicode() >= 0x80 && (c.isSurrogate() || c.category() == QChar::Punctuation_Other);
}

// The span's closing punctuation and spaces.
qsizetype trailingRunStart(QStringView span)
{
    qsizetype end = span.size();
    while (end > 0 && isTerminatorOrCloser(span.at(end - 1)))
        --end;
    return end;
}

bool isParagraphSeparator(QChar c)
{
    const char16_t u = c.unicode();
    return u == u'\n' || u == u'\r' || u == 0x85 || u == 0x2028 || u == 0x2029;
}

// ICU breaks a paragraph only after a sentence terminator or a line separator, so for a span whose
// inner terminators (those before its closing punctuation) lie in [first, last], it need only
// read from the word of the first to the first letter after the last: before, there is no
// boundary, and its rules look back no further than the terminator's word and ahead no further
// than the next letter. After, the only boundary is the span's end, unless its closing run holds a
// space before more punctuation ("Wow! \"") or a line break.
struct IcuRange {
    qsizetype from = 0;
    qsizetype to = 0;
};

std::optional<IcuRange> icuRange(QStringView span)
{
    const qsizetype trailing = trailingRunStart(span);
    qsizetype first = 0;
    while (first < trailing && !mayEndSentence(span.at(first)))
        ++first;
    if (first == trailing)
        return std::nullopt;
    IcuRange range { first, span.size() };
    while (range.from > 0 && !span.at(range.from - 1).isSpace())
        --range.from;
    if (std::any_of(span.cbegin(), span.cbegin() + range.from, isParagraphSeparator))
        range.from = 0;
    bool breakInClosingRun = false;
    for (qsizetype i = trailing; i + 1 < span.size() && !breakInClosingRun; ++i)
        breakInClosingRun = isParagraphSeparator(span.at(i)) || (span.at(i).isSpace() && !span.at(i + 1).isSpace());
    if (!breakInClosingRun) {
        qsizetype last = trailing - 1;
        while (!mayEndSentence(span.at(last)))
            --last;
        qsizetype letter = last + 1;
        while (letter < trailing && !span.at(letter).isLetter())
            ++letter;
        if (letter < trailing)
            range.to = letter + 1;
    }
    return range;
}

void appendTrimmed(TextSpans &out, const QString &text, int start, int end)
{
    while (end > start && text.at(end - 1).isSpace())
        --end;
    while (start < end && text.at(start).isSpace())
        ++start;
    if (end > start)
        out.append({ start, end });
}

icu::BreakIterator *sentenceIterator()
{
    // Creating an ICU iterator costs far more than using one: one per worker thread.
    thread_local std::unique_ptr<icu::BreakIterator> iterator = [] {
        UErrorCode status = U_ZERO_ERROR;
        std::unique_ptr<icu::BreakIterator> it(
            icu::BreakIterator::createSentenceInstance(icu::Locale("en@ss=standard"), status));
        if (U_FAILURE(status)) {
            Logging::get("corpus")->error("ICU sentence iterator unavailable: {}", u_errorName(status));
            it.reset();
        }
        return it;
    }();
    return iterator.get();
}

// Calls `boundary` with each boundary ICU finds in text[from, to) (absolute positions, `from` and
// `to` themselves excluded).
template<typename Callback>
void icuBoundaries(icu::BreakIterator *it, const QString &text, int from, int to, Callback &&boundary)
{
    UErrorCode status = U_ZERO_ERROR;
    // On the stack: utext_openUChars(nullptr, …) would allocate one per span.
    UText ut = UTEXT_INITIALIZER;
    utext_openUChars(&ut, reinterpret_cast<const UChar *>(text.constData() + from), to - from, &status);
    it->setText(&ut, status);
    if (U_SUCCESS(status)) {
        it->first();
        for (int32_t b = it->next(); b != icu::BreakIterator::DONE && b < to - from; b = it->next())
            boundary(from + b);
    }
    // The iterator works on its own shallow clone of `ut`; it is never used again before the next setText().
    utext_close(&ut);
}
}

void SentenceBreaker::split(const QString &text, TextSpan span, TextSpans &out, Scan scan)
{
    if (span.isEmpty())
        return;
    icu::BreakIterator *it = sentenceIterator();
    const std::optional<IcuRange> range = icuRange(QStringView(text).sliced(span.start, span.length()));
    if (!it || !range) {
        appendTrimmed(out, text, span.start, span.end);
        return;
    }
    const int from = scan == Scan::BetweenTerminators ? span.start + int(range->from) : span.start;
    const int to = scan == Scan::BetweenTerminators ? span.start + int(range->to) : span.end;
    int sentenceStart = span.start;
    icuBoundaries(it, text, from, to, [&](int at) {
        if (isFalseBreak(text, sentenceStart, at, span.end))
            return;
        appendTrimmed(out, text, sentenceStart, at);
        sentenceStart = at;
    });
    appendTrimmed(out, text, sentenceStart, span.end);
}
