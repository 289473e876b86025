// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "corpus/structure/textsegmenter.h"

#include "core/logging.h"
#include "corpus/structure/textfeatures.h"

#include <QSet>

#include <unicode/brkiter.h>
#include <unicode/utext.h>

#include <algorithm>
#include <memory>

namespace
{
struct Line {
    QStringView text; // trimmed
    int indent = 0;
};

bool isBlank(QStringView line)
{
    for (QChar c : line) {
        if (!c.isSpace())
            return false;
    }
    return true;
}

bool endsSentence(QStringView line)
{
    const QChar last = TextFeatures::lastSignificant(line);
    return last == u'.' || last == u'!' || last == u'?' || last == QChar(0x2026);
}

bool startsLowercase(QStringView line)
{
    return !line.isEmpty() && line.front().isLower();
}

qsizetype firstWordLength(QStringView line)
{
    const qsizetype space = line.indexOf(u' ');
    return space < 0 ? line.size() : space;
}

// One source paragraph (lines without a blank line between them) into blocks.
void splitChunk(const QList<Line> &lines, QList<TextBlock> &blocks)
{
    qsizetype maxLength = 0;
    for (const Line &line : lines)
        maxLength = std::max(maxLength, line.text.size());
    // Hard-wrapped prose: most lines but the last fill the wrap width.
    qsizetype fullLines = 0;
    for (qsizetype i = 0; i + 1 < lines.size(); ++i)
        fullLines += lines.at(i).text.size() * 10 >= maxLength * 6;
    const bool wrapped
        = lines.size() >= 3 && maxLength >= 40 && maxLength <= 100 && fullLines * 4 >= (lines.size() - 1) * 3;

    QString current;
    bool currentIsItem = false;
    bool sameChunk = false;
    auto flush = [&] {
        if (current.isEmpty())
            return;
        blocks.append({ current, currentIsItem ? BlockKind::ListItem : BlockKind::Paragraph, sameChunk });
        sameChunk = true;
        current.clear();
    };
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const Line &line = lines.at(i);
        if (i > 0) {
            const Line &previous = lines.at(i - 1);
            bool join = false;
            if (TextFeatures::startsWithBullet(line.text))
                join = false;
            else if (currentIsItem)
                join = line.indent > 0 || startsLowercase(line.text);
            else if (wrapped)
                // A break where the next word would still have fitted on the line was made on purpose.
                join = previous.text.size() + 1 + firstWordLength(line.text) > maxLength || startsLowercase(line.text);
            else
                join = startsLowercase(line.text) && !endsSentence(previous.text);
            if (join) {
                current.append(u' ');
                current.append(line.text);
                continue;
            }
            flush();
        }
        currentIsItem = TextFeatures::startsWithBullet(line.text);
        current = line.text.toString();
    }
    flush();
}

bool isCollapsible(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r' || c == u'\v';
}

// Runs of spaces, tabs and line breaks become one space; the words between are copied whole.
void appendNormalised(QString &out, QStringView text)
{
    const qsizetype n = text.size();
    // Most paragraphs need no collapsing at all.
    bool clean = true;
    for (qsizetype i = 0; i < n && clean; ++i) {
        const QChar c = text.at(i);
        clean = c == u' ' ? i + 1 < n && text.at(i + 1) != u' ' : !isCollapsible(c);
    }
    if (clean) {
        out.append(text);
        return;
    }
    qsizetype i = 0;
    while (i < n) {
        qsizetype word = i;
        while (word < n && !isCollapsible(text.at(word)))
            ++word;
        out.append(text.sliced(i, word - i));
        if (word == n)
            break;
        while (word < n && isCollapsible(text.at(word)))
            ++word;
        if (word < n)
            out.append(u' ');
        i = word;
    }
}

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

// ICU breaks a paragraph only after a sentence terminator: a span with none before its closing
// punctuation is one sentence, and most headings, captions and short paragraphs need no iterator.
bool mayHaveInnerBreak(QStringView span)
{
    qsizetype end = span.size();
    while (end > 0 && isTerminatorOrCloser(span.at(end - 1)))
        --end;
    for (qsizetype i = 0; i < end; ++i) {
        const char16_t c = span.at(i).unicode();
        if (c == u'.' || c == u'!' || c == u'?')
            return true;
        // Other scripts' terminators (。！？…‼) are "other punctuation"; quotes and dashes are not.
        if (c >= 0x80 && QChar::category(c) == QChar::Punctuation_Other)
            return true;
    }
    return false;
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
}

QList<TextBlock> TextSegmenter::splitPlainText(QStringView text)
{
    QList<TextBlock> blocks;
    QList<Line> chunk;
    qsizetype pos = 0;
    const qsizetype n = text.size();
    while (pos <= n) {
        qsizetype end = text.indexOf(u'\n', pos);
        if (end < 0)
            end = n;
        const QStringView raw = text.sliced(pos, end - pos);
        if (isBlank(raw)) {
            if (!chunk.isEmpty())
                splitChunk(chunk, blocks);
            chunk.clear();
        } else {
            int indent = 0;
            while (indent < raw.size() && raw.at(indent).isSpace())
                ++indent;
            chunk.append({ raw.trimmed(), indent });
        }
        pos = end + 1;
    }
    if (!chunk.isEmpty())
        splitChunk(chunk, blocks);
    return blocks;
}

TextSegmenter::Composed TextSegmenter::compose(QList<TextBlock> blocks)
{
    Composed composed;
    qsizetype total = 0;
    for (const TextBlock &block : std::as_const(blocks))
        total += block.text.size() + 2;
    composed.text.reserve(total);
    composed.blocks.reserve(blocks.size());
    for (TextBlock &block : blocks) {
        const int start = int(composed.text.size()) + (composed.text.isEmpty() ? 0 : 2);
        if (!composed.text.isEmpty())
            composed.text.append(QLatin1String("\n\n"));
        appendNormalised(composed.text, QStringView(block.text).trimmed());
        const int end = int(composed.text.size());
        if (end <= start) {
            composed.text.truncate(start == 0 ? 0 : start - 2);
            continue;
        }
        composed.paragraphs.append({ start, end });
        block.text.clear();
        composed.blocks.append(std::move(block));
    }
    return composed;
}

TextSpans TextSegmenter::sentences(const QString &text, const TextSpans &spans)
{
    TextSpans out;
    icu::BreakIterator *it = sentenceIterator();
    for (const TextSpan &span : spans) {
        if (span.isEmpty())
            continue;
        if (!it || !mayHaveInnerBreak(QStringView(text).sliced(span.start, span.length()))) {
            appendTrimmed(out, text, span.start, span.end);
            continue;
        }
        UErrorCode status = U_ZERO_ERROR;
        UText *ut = utext_openUChars(
            nullptr, reinterpret_cast<const UChar *>(text.constData() + span.start), span.length(), &status);
        it->setText(ut, status);
        if (U_FAILURE(status)) {
            utext_close(ut);
            out.append(span);
            continue;
        }
        int32_t previous = it->first();
        for (int32_t boundary = it->next(); boundary != icu::BreakIterator::DONE; boundary = it->next()) {
            if (boundary < span.length() && isFalseBreak(text, span.start + previous, span.start + boundary, span.end))
                continue;
            appendTrimmed(out, text, span.start + previous, span.start + boundary);
            previous = boundary;
        }
        // The iterator works on its own shallow clone of `ut`; it is never used again before the
        // next setText().
        utext_close(ut);
    }
    return out;
}
