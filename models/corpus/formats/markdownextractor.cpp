// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "corpus/formats/markdownextractor.h"

#include "corpus/formats/htmlmetareader.h"
#include "corpus/structure/textfeatures.h"

#include <QStringList>

namespace
{
bool isRule(QStringView line, QChar c)
{
    int count = 0;
    for (QChar ch : line) {
        if (ch == c)
            ++count;
        else if (!ch.isSpace())
            return false;
    }
    return count >= 3;
}

QStringView stripQuotes(QStringView value)
{
    value = value.trimmed();
    if (value.size() >= 2 && (value.front() == u'"' || value.front() == u'\'') && value.back() == value.front())
        value = value.sliced(1, value.size() - 2);
    return value;
}

// "---\ntitle: …\n---" at the very start: returns where the article begins.
qsizetype readFrontMatter(QStringView text, DocumentMeta &meta)
{
    if (!text.startsWith(QLatin1String("---\n")))
        return 0;
    const qsizetype end = text.indexOf(QLatin1String("\n---"), 3);
    if (end < 0)
        return 0;
    for (QStringView line : text.sliced(4, end - 4).split(u'\n')) {
        const qsizetype colon = line.indexOf(u':');
        if (colon <= 0)
            continue;
        const QString key = line.first(colon).trimmed().toString().toLower();
        const QString value = stripQuotes(line.sliced(colon + 1)).toString();
        if (key == QLatin1String("title"))
            meta.title = value;
        else if (key == QLatin1String("author") || key == QLatin1String("authors"))
            meta.author = value;
        else if (key == QLatin1String("date") || key == QLatin1String("published"))
            meta.published = HtmlMetaReader::parseDate(value);
        else if (key == QLatin1String("site") || key == QLatin1String("outlet") || key == QLatin1String("publisher"))
            meta.siteName = value;
        else if (key == QLatin1String("url") || key == QLatin1String("canonical"))
            meta.url = value;
    }
    const qsizetype next = text.indexOf(u'\n', end + 4);
    return next < 0 ? text.size() : next + 1;
}

qsizetype closing(QStringView text, qsizetype from, QChar c)
{
    const qsizetype at = text.indexOf(c, from);
    return at;
}
}

QString MarkdownExtractor::plainInline(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'\\' && i + 1 < text.size() && text.at(i + 1).isPunct()) {
            out.append(text.at(++i));
            continue;
        }
        // [text](url), ![alt](url), [text][ref]: the visible text (images show nothing inline).
        if (c == u'[' || (c == u'!' && i + 1 < text.size() && text.at(i + 1) == u'[')) {
            const bool image = c == u'!';
            const qsizetype open = image ? i + 1 : i;
            const qsizetype close = closing(text, open + 1, u']');
            if (close > open && close + 1 < text.size() && (text.at(close + 1) == u'(' || text.at(close + 1) == u'[')) {
                const qsizetype end = closing(text, close + 2, text.at(close + 1) == u'(' ? u')' : u']');
                if (end > close) {
                    if (!image)
                        out.append(plainInline(text.sliced(open + 1, close - open - 1)));
                    i = end;
                    continue;
                }
            }
        }
        // <https://…> autolinks keep their address; other tags go.
        if (c == u'<') {
            const qsizetype end = closing(text, i + 1, u'>');
            if (end > i && end - i < 200
                && (i + 1 < text.size() && (text.at(i + 1).isLetter() || text.at(i + 1) == u'/'))) {
                const QStringView inner = text.sliced(i + 1, end - i - 1);
                if (inner.startsWith(QLatin1String("http")) || inner.contains(u'@'))
                    out.append(inner);
                i = end;
                continue;
            }
        }
        // Emphasis and code delimiters: dropped when they touch a word on the inner side.
        if (c == u'*' || c == u'`' || c == u'~' || (c == u'_' && (i == 0 || !text.at(i - 1).isLetterOrNumber()))) {
            qsizetype run = i;
            while (run < text.size() && text.at(run) == c)
                ++run;
            const bool opens = run < text.size() && !text.at(run).isSpace();
            const bool closes = i > 0 && !text.at(i - 1).isSpace();
            if (opens || closes) {
                i = run - 1;
                continue;
            }
        }
        if (c == u'_' && i + 1 < text.size() && !text.at(i + 1).isLetterOrNumber() && i > 0
            && text.at(i - 1).isLetterOrNumber())
            continue;
        out.append(c);
    }
    return out;
}

ExtractedDocument MarkdownExtractor::extract(QStringView text)
{
    ExtractedDocument doc;
    const QStringView body = text.sliced(readFrontMatter(text, doc.meta));
    QString paragraph;
    BlockKind kind = BlockKind::Paragraph;
    bool inFence = false;
    bool sameChunk = false;
    auto flush = [&](bool lineBreak = false) {
        const QString plain = plainInline(paragraph).simplified();
        if (!plain.isEmpty())
            doc.blocks.append({ plain, kind, sameChunk });
        sameChunk = lineBreak && !plain.isEmpty();
        paragraph.clear();
        kind = BlockKind::Paragraph;
    };
    const QList<QStringView> lines = body.split(u'\n');
    for (const QStringView raw : lines) {
        QStringView line = raw.trimmed();
        if (line.startsWith(QLatin1String("```")) || line.startsWith(QLatin1String("~~~"))) {
            flush();
            inFence = !inFence;
            continue;
        }
        if (inFence) {
            paragraph = line.toString();
            flush(true);
            continue;
        }
        if (line.isEmpty()) {
            flush();
            sameChunk = false;
            continue;
        }
        if (line.startsWith(u'#')) {
            qsizetype level = 0;
            while (level < line.size() && line.at(level) == u'#')
                ++level;
            if (level <= 6 && level < line.size() && line.at(level).isSpace()) {
                flush();
                QStringView heading = line.sliced(level).trimmed();
                while (heading.endsWith(u'#'))
                    heading.chop(1);
                paragraph = heading.trimmed().toString();
                kind = level == 1 ? BlockKind::Title : BlockKind::Heading;
                flush();
                continue;
            }
        }
        if (isRule(line, u'-') || isRule(line, u'*') || isRule(line, u'_') || isRule(line, u'=')) {
            // An underline makes the paragraph above a heading; otherwise it is a rule.
            if (!paragraph.isEmpty() && !line.contains(u' ') && (line.front() == u'=' || line.front() == u'-'))
                kind = line.front() == u'=' ? BlockKind::Title : BlockKind::Heading;
            flush();
            continue;
        }
        if (line.startsWith(u'>')) {
            line = line.sliced(1).trimmed();
            if (line.isEmpty()) {
                flush();
                continue;
            }
        }
        if (line.startsWith(QLatin1String("![")) && line.endsWith(u')')) {
            flush();
            const qsizetype close = line.indexOf(u']');
            paragraph = line.sliced(2, std::max<qsizetype>(0, close - 2)).toString();
            kind = BlockKind::Caption;
            flush();
            continue;
        }
        if (TextFeatures::startsWithBullet(line)) {
            flush(!paragraph.isEmpty());
            const qsizetype space = line.indexOf(u' ');
            paragraph = line.sliced(space + 1).trimmed().toString();
            kind = BlockKind::ListItem;
            continue;
        }
        if (!paragraph.isEmpty())
            paragraph.append(u' ');
        paragraph.append(line);
        // Two trailing spaces or a backslash: a hard line break.
        if (raw.endsWith(QLatin1String("  ")) || raw.endsWith(u'\\')) {
            if (paragraph.endsWith(u'\\'))
                paragraph.chop(1);
            flush(true);
        }
    }
    flush();
    return doc;
}
