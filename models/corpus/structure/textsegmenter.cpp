// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "corpus/structure/textsegmenter.h"

#include "corpus/structure/sentencebreaker.h"
#include "corpus/structure/textfeatures.h"

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
    return std::ranges::all_of(line, [](QChar c) { return c.isSpace(); });
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

// Two spaces in a row, or a tab or line break: without branches, so it vectorises. (The tests
// are added, not or-ed, which GCC would turn into bit tests; at most one holds per character. The
// flag is 16 bits wide like the characters: GCC does not vectorise a bool one.)
bool needsCollapsing(QStringView text)
{
    const char16_t *p = text.utf16();
    const qsizetype n = text.size();
    unsigned short found = 0;
    for (qsizetype i = 0; i + 1 < n; ++i) {
        const char16_t c = p[i];
        found |= (c == u'\t') + (c == u'\n') + (c == u'\r') + (c == u'\v') + ((c == u' ') & (p[i + 1] == u' '));
    }
    return found || (n > 0 && isCollapsible(p[n - 1]));
}

// Runs of spaces, tabs and line breaks become one space; the words between are copied whole.
void appendNormalised(QString &out, QStringView text)
{
    const qsizetype n = text.size();
    // Most paragraphs need no collapsing at all.
    if (!needsCollapsing(text)) {
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

QList<TextBlock> TextSegmenter::withoutRepeats(QList<TextBlock> blocks)
{
    QString previous;
    const auto repeat = [&previous](const TextBlock &block) {
        QString key = TextFeatures::comparisonKey(block.text);
        const bool same = !key.isEmpty() && key == previous;
        previous = std::move(key);
        return same;
    };
    blocks.removeIf(repeat);
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
    for (const TextSpan &span : spans)
        SentenceBreaker::split(text, span, out);
    return out;
}
