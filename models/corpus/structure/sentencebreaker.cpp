// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "corpus/structure/sentencebreaker.h"

#include "core/logging.h"
#include "corpus/structure/icuabbreviations.h"
#include "language/characters.h"
#include "language/datewords.h"
#include "language/languagedata.h"

#include <QSet>
#include <QVarLengthArray>

#include <unicode/brkiter.h>
#include <unicode/utext.h>

#include <algorithm>
#include <array>
#include <limits>
#include <memory>

namespace
{
// The entries of a cased list, as views into strings that live as long as the program: looking one up
// costs no copy.
QSet<QStringView> viewsOf(const QStringList &entries)
{
    QSet<QStringView> views;
    for (const QString &entry : entries)
        views.insert(entry);
    return views;
}

// ICU's own abbreviation list misses common ones ("Dr.", "Sen.", "U.S. Army"): a break after one
// of these is undone.
bool isTitleAbbreviation(QStringView token)
{
    static const QStringList entries = LanguageData::list(QStringLiteral("sentences/title-abbreviations")).words();
    static const QSet<QStringView> words = viewsOf(entries);
    return token.size() <= 8 && words.contains(token);
}

// Abbreviations that end sentences too, but not when a number follows ("No. 5", "Oct. 29").
bool isNumberAbbreviation(QStringView token)
{
    static const QStringList entries = [] {
        QStringList list = LanguageData::list(QStringLiteral("sentences/number-abbreviations")).words();
        // "Sept.": every abbreviation of a month, capitalised, with its dot.
        for (const QStringList &month : DateWords::months()) {
            for (qsizetype i = 1; i < month.size(); ++i)
                list.append(QString(month.at(i).front().toUpper() + month.at(i).mid(1) + u'.'));
        }
        return list;
    }();
    static const QSet<QStringView> words = viewsOf(entries);
    return token.size() <= 5 && words.contains(token);
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
    static const QStringList entries = LanguageData::list(QStringLiteral("sentences/sentence-starters")).words();
    static const QSet<QStringView> words = viewsOf(entries);
    return words.contains(word);
}

// Abbreviations, and the words after them that decide, are short: the tokens around a break are
// read no further than this, so that a long run without blanks (thousands of marks in one "word")
// costs a bounded amount per break instead of its whole length.
constexpr qsizetype maxTokenLength = 64;

// True when ICU's break at `pos` (after a period) falls inside a sentence that starts at `start`.
bool isFalseBreak(QStringView text, qsizetype start, qsizetype pos, qsizetype end)
{
    qsizetype tokenEnd = pos;
    while (tokenEnd > start && text.at(tokenEnd - 1).isSpace())
        --tokenEnd;
    if (tokenEnd <= start || text.at(tokenEnd - 1) != u'.')
        return false;
    qsizetype tokenStart = tokenEnd;
    while (tokenStart > start && !text.at(tokenStart - 1).isSpace() && text.at(tokenStart - 1) != u'('
        && !(Characters::isDoubleQuote(text.at(tokenStart - 1)) && Characters::mayOpenQuote(text.at(tokenStart - 1)))) {
        if (tokenEnd - tokenStart == maxTokenLength)
            return false; // no abbreviation is that long
        --tokenStart;
    }
    const QStringView token = text.sliced(tokenStart, tokenEnd - tokenStart);
    qsizetype nextEnd = pos;
    while (nextEnd < end && nextEnd - pos < maxTokenLength && !text.at(nextEnd).isSpace())
        ++nextEnd;
    QStringView next = text.sliced(pos, nextEnd - pos);
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

// The ending of a web address ("Com" of "Example.Com"), in any case.
bool isWebDomain(QStringView word)
{
    static const QSet<QString> words = [] {
        QSet<QString> set;
        for (const QString &w : LanguageData::list(QStringLiteral("sentences/web-domains")).words())
            set.insert(w.toLower());
        return set;
    }();
    return word.size() <= 8 && words.contains(word.toString().toLower());
}

bool isWordLetter(QChar c)
{
    return c.isLetter() || Characters::isApostrophe(c);
}

// Scraped text loses the space after a full stop ("on Monday evening.The mayor said"), and UAX #29 (SB7) keeps a
// full stop between letters inside its sentence, as it must in "U.S" or "Node.js". The stop at `stop` ends a
// sentence of text[from, to) when a plain word ending in lower case stands before it and a capitalised word after
// it; not after an abbreviation ("St.Louis"), in a name with more dots or other marks ("www.site.com", "e.g.The",
// "news.Site.com") nor before the ending of a web address ("Example.Com").
bool isGluedStop(QStringView text, qsizetype from, qsizetype stop, qsizetype to)
{
    if (stop <= from || stop + 1 >= to || !text.at(stop - 1).isLower() || !text.at(stop + 1).isUpper())
        return false;
    qsizetype wordStart = stop;
    while (wordStart > from && isWordLetter(text.at(wordStart - 1))) {
        if (stop - wordStart == maxTokenLength)
            return false;
        --wordStart;
    }
    if (stop - wordStart < 2)
        return false;
    if (wordStart > from) {
        const QChar before = text.at(wordStart - 1);
        if (!before.isSpace() && before != u'(' && !Characters::mayOpenQuote(before))
            return false;
    }
    const QStringView word = text.sliced(wordStart, stop + 1 - wordStart);
    if (isTitleAbbreviation(word) || isNumberAbbreviation(word) || IcuAbbreviations::instance().mayUndoAfter(word))
        return false;
    qsizetype nextEnd = stop + 1;
    while (nextEnd < to && isWordLetter(text.at(nextEnd))) {
        if (nextEnd - stop == maxTokenLength)
            return false;
        ++nextEnd;
    }
    if (nextEnd < to && !text.at(nextEnd).isSpace() && !text.at(nextEnd).isPunct())
        return false; // "Site2", "Web3": part of a name
    const QStringView next = text.sliced(stop + 1, nextEnd - stop - 1);
    // "Tom.He", "said.A spokesman": a word, not an initialism ("N.Y", "DC")
    if (!(next.size() >= 2 && next.at(1).isLower()) && !isSentenceStarter(next))
        return false;
    if (nextEnd + 1 < to && (text.at(nextEnd) == u'.' || text.at(nextEnd) == u'/' || text.at(nextEnd) == u'@')
        && text.at(nextEnd + 1).isLetterOrNumber())
        return false;
    return !isWebDomain(next);
}

bool isTerminatorOrCloser(QChar c)
{
    return Characters::isSentenceMark(c) || Characters::mayCloseQuote(c) || c == u')' || c == u']'
        || Characters::isSpace(c);
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

// ICU breaks a paragraph only after a sentence terminator or a line separator, and its rules look
// back from a terminator no further than the terminator's word and ahead no further than the next
// letter. So for a span without line separators it need only read, around each inner terminator
// (one before the span's closing punctuation), from the terminator's word to the first letter
// after it: elsewhere there is no boundary. After the last window the only boundary is the span's
// end, unless its closing run holds a space before more punctuation ("Wow! \""). A span with a
// line separator is read whole. Where the rules settle a terminator on their own, ICU is not asked.
//
// One step of splitting a span: a window ICU reads, or a boundary the rules settle.
struct SplitStep {
    qsizetype from = 0; // where the window starts, or the settled boundary
    qsizetype to = 0;
    // No more boundaries than this lie inside: each follows a terminator of its own.
    int maxBoundaries = std::numeric_limits<int>::max();
    // Its one boundary, if ICU finds it, is known to stand: isFalseBreak() was asked already.
    bool falseBreakRuledOut = false;
    bool settled = false;
};
using SplitPlan = QVarLengthArray<SplitStep, 16>;

// The ASCII characters that may end a sentence or a line.
constexpr auto asciiMarks = [] {
    std::array<bool, 0x80> marks {};
    for (const char c : { '.', '!', '?', '\n', '\r' })
        marks[static_cast<unsigned char>(c)] = true;
    return marks;
}();

// The first position in [from, to) that may end a sentence or a line. Blocks of ASCII without
// '.', '!', '?' or a line break are passed over without branches: that is most of a paragraph.
// (Counted, not or-ed, 32 at a time: the form GCC vectorises.)
qsizetype nextMark(QStringView span, qsizetype from, qsizetype to)
{
    constexpr qsizetype Block = 32;
    const char16_t *p = span.utf16();
    while (from < to) {
        if (from + Block <= to) {
            unsigned short hit = 0;
            for (qsizetype k = 0; k < Block; ++k) {
                const char16_t c = p[from + k];
                hit += (c == u'.') + (c == u'!') + (c == u'?') + (c == u'\n') + (c == u'\r') + (c >= 0x80);
            }
            if (!hit) {
                from += Block;
                continue;
            }
        }
        for (const qsizetype end = std::min(from + Block, to); from < end; ++from) {
            const char16_t c = p[from];
            if (c < 0x80 ? asciiMarks[c] : mayEndSentence(c) || isParagraphSeparator(c))
                return from;
        }
    }
    return to;
}

bool isAsciiLetter(QChar c)
{
    const char16_t u = c.unicode() | 0x20;
    return u >= u'a' && u <= u'z';
}

// Sentence rules SB7 and SB8 (UAX #29) leave no boundary after a full stop between two letters
// ("U.S", "e.g"), nor after one whose next letter is lower case with no other terminator between
// ("U.S. officials", "3.5 percent", "etc.) and"): ICU need not be asked. `letter` is the first
// letter after the stop; only ASCII is judged here, ICU reads everything else.
bool certainlyNoBreak(QStringView span, qsizetype stop, qsizetype letter)
{
    if (span.at(stop) != u'.')
        return false;
    if (letter == stop + 1)
        return stop > 0 && isAsciiLetter(span.at(stop - 1)) && isAsciiLetter(span.at(letter));
    const char16_t next = span.at(letter).unicode();
    if (next < u'a' || next > u'z')
        return false;
    return std::all_of(span.begin() + stop + 1, span.begin() + letter, [](QChar c) { return c.unicode() < 0x80; });
}

// A full stop followed by a space breaks, if at all, after the spaces; when isFalseBreak() would
// undo that break ("Mr. Smith", "No. 5"), ICU need not be asked. Its token starts no earlier than
// `from`, the start of its word, as it would in split(): a window made of this stop alone has no
// boundary before it in the word.
bool breakUndone(QStringView span, qsizetype from, qsizetype stop)
{
    qsizetype pos = stop + 1;
    while (pos < span.size() && span.at(pos).isSpace())
        ++pos;
    return isFalseBreak(span, from, pos, span.size());
}

// A terminator, spaces, then a capital letter: the rules (SB11 of UAX #29) break before the
// letter. ICU's suppressions can undo that only after a full stop ending one of its abbreviations.
bool certainBreak(QStringView span, qsizetype from, qsizetype stop, qsizetype letter)
{
    const char16_t c = span.at(stop).unicode();
    if ((c != u'.' && c != u'!' && c != u'?') || letter == stop + 1)
        return false;
    if (span.at(letter).unicode() < u'A' || span.at(letter).unicode() > u'Z')
        return false;
    if (!std::all_of(span.begin() + stop + 1, span.begin() + letter, [](QChar s) { return s == u' '; }))
        return false;
    return c != u'.' || !IcuAbbreviations::instance().mayUndoAfter(span.sliced(from, stop + 1 - from));
}

// The steps that split `span`, in order; none when it has no inner terminator.
SplitPlan planSplit(QStringView span)
{
    SplitPlan plan;
    bool separator = false;
    const qsizetype trailing = trailingRunStart(span);
    // The start of the word holding a mark, found by one forward scan for the whole span: marks come
    // in order, and looking back from each would be quadratic in a long word full of them (a page of
    // entities decodes to one word of symbols and emoji).
    qsizetype scanned = 0;
    qsizetype wordStart = 0;
    const auto startOfWord = [&](qsizetype at) {
        for (; scanned < at; ++scanned) {
            if (span.at(scanned).isSpace())
                wordStart = scanned + 1;
        }
        return wordStart;
    };
    for (qsizetype i = nextMark(span, 0, trailing); i < trailing; i = nextMark(span, i, trailing)) {
        if (isParagraphSeparator(span.at(i))) {
            separator = true;
            ++i;
            continue;
        }
        const qsizetype from = startOfWord(i);
        int terminators = 1;
        qsizetype letter = i + 1;
        for (; letter < trailing && !span.at(letter).isLetter(); ++letter) {
            terminators += mayEndSentence(span.at(letter));
            separator = separator || isParagraphSeparator(span.at(letter));
        }
        const bool toEnd = letter == trailing;
        const bool single = !toEnd && terminators == 1;
        const bool stopThenSpace = single && span.at(i) == u'.' && span.at(i + 1).isSpace();
        if (single && (certainlyNoBreak(span, i, letter) || (stopThenSpace && breakUndone(span, from, i)))) {
            i = letter + 1;
            continue;
        }
        const bool overlaps = !plan.isEmpty() && !plan.back().settled && from <= plan.back().to;
        // Apart from any window, so its word holds no other boundary and isFalseBreak() has spoken.
        if (single && !overlaps && certainBreak(span, from, i, letter)) {
            plan.append({ letter, letter, 1, true, true });
            i = letter + 1;
            continue;
        }
        const SplitStep step { from, toEnd ? span.size() : letter + 1,
            toEnd ? std::numeric_limits<int>::max() : terminators, stopThenSpace };
        if (overlaps) {
            plan.back().to = step.to;
            plan.back().maxBoundaries = toEnd ? step.maxBoundaries : plan.back().maxBoundaries + terminators;
            plan.back().falseBreakRuledOut = false;
        } else {
            plan.append(step);
        }
        i = toEnd ? trailing : letter + 1;
    }
    bool breakInClosingRun = false;
    for (qsizetype i = trailing; i < span.size(); ++i) {
        separator = separator || isParagraphSeparator(span.at(i));
        breakInClosingRun
            = breakInClosingRun || (i + 1 < span.size() && span.at(i).isSpace() && !span.at(i + 1).isSpace());
    }
    if (plan.isEmpty())
        return plan;
    if (separator)
        plan = { { 0, span.size() } };
    else if (breakInClosingRun && plan.back().settled)
        plan.append({ plan.back().from, span.size() });
    else if (breakInClosingRun)
        plan.back() = { plan.back().from, span.size() };
    return plan;
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

// Appends text[start, end) as one sentence, or as several where full stops without a space end them.
void appendSplitAtGluedStops(TextSpans &out, const QString &text, int start, int end)
{
    const QStringView view = QStringView(text).first(end);
    for (qsizetype at = view.indexOf(u'.', start); at >= 0; at = view.indexOf(u'.', at + 1)) {
        if (isGluedStop(view, start, at, end)) {
            appendTrimmed(out, text, start, int(at) + 1);
            start = int(at) + 1;
        }
    }
    appendTrimmed(out, text, start, end);
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
// `to` themselves excluded), stopping after `maxBoundaries`: asking ICU for one more costs as much
// as reading the step.
template<typename Callback>
void icuBoundaries(
    icu::BreakIterator *it, const QString &text, int from, int to, int maxBoundaries, Callback &&boundary)
{
    UErrorCode status = U_ZERO_ERROR;
    // On the stack: utext_openUChars(nullptr, …) would allocate one per span.
    UText ut = UTEXT_INITIALIZER;
    utext_openUChars(&ut, reinterpret_cast<const UChar *>(text.constData() + from), to - from, &status);
    it->setText(&ut, status);
    if (U_SUCCESS(status)) {
        it->first();
        int found = 0;
        for (int32_t b = it->next(); b != icu::BreakIterator::DONE && b < to - from; b = it->next()) {
            boundary(from + b);
            if (++found == maxBoundaries)
                break;
        }
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
    SplitPlan plan = planSplit(QStringView(text).sliced(span.start, span.length()));
    if (!it || plan.isEmpty()) {
        appendSplitAtGluedStops(out, text, span.start, span.end);
        return;
    }
    if (scan == Scan::WholeSpan)
        plan = { { 0, span.length() } };
    int sentenceStart = span.start;
    for (const SplitStep &step : std::as_const(plan)) {
        const int from = span.start + int(step.from);
        if (step.settled) {
            appendSplitAtGluedStops(out, text, sentenceStart, from);
            sentenceStart = from;
            continue;
        }
        icuBoundaries(it, text, from, span.start + int(step.to), step.maxBoundaries, [&](int at) {
            if (!step.falseBreakRuledOut && isFalseBreak(text, sentenceStart, at, span.end))
                return;
            appendSplitAtGluedStops(out, text, sentenceStart, at);
            sentenceStart = at;
        });
    }
    appendSplitAtGluedStops(out, text, sentenceStart, span.end);
}
