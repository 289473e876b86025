// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotations/markdowntext.h"

#include <QStringList>
#include <QUrl>

namespace
{
// Characters that open inline markup anywhere (emphasis, code, links, images, autolinks, raw HTML,
// entities, strikethrough, table cells), and the backslash itself.
bool opensInline(QChar c)
{
    return QStringView(u"\\`*_[]<>&|~!").contains(c);
}

// Marks that open a block at the start of a line: headings, quotes, lists, thematic breaks, setext
// underlines, fences, indented code (leading blanks are dropped instead).
QString escapeLineStart(const QString &line)
{
    QString out = line;
    qsizetype i = 0;
    while (i < out.size() && (out.at(i) == u' ' || out.at(i) == u'\t'))
        ++i;
    out.remove(0, i);
    if (out.isEmpty())
        return out;
    if (QStringView(u"#>-+=:").contains(out.at(0)))
        return QLatin1Char('\\') + out;
    qsizetype digits = 0;
    while (digits < out.size() && out.at(digits).isDigit())
        ++digits;
    if (digits > 0 && digits < out.size() && (out.at(digits) == u'.' || out.at(digits) == u')'))
        out.insert(digits, QLatin1Char('\\'));
    return out;
}
}

QString MarkdownText::escape(const QString &text)
{
    QString escaped;
    escaped.reserve(text.size() + text.size() / 8);
    for (const QChar c : text) {
        if (c == u'\r')
            continue;
        if (opensInline(c) || c == u'#')
            escaped += QLatin1Char('\\');
        escaped += c;
    }
    QStringList lines = escaped.split(QLatin1Char('\n'));
    for (QString &line : lines)
        line = escapeLineStart(line);
    return lines.join(QLatin1Char('\n'));
}

QString MarkdownText::cell(const QString &text)
{
    QString flat = text;
    flat.replace(QLatin1Char('\r'), QLatin1Char(' ')).replace(QLatin1Char('\n'), QLatin1Char(' '));
    return escape(flat.simplified());
}

QString MarkdownText::codeSpan(const QString &text)
{
    QString content = text;
    content.replace(QLatin1Char('\r'), QLatin1Char(' ')).replace(QLatin1Char('\n'), QLatin1Char(' '));
    // GitHub splits table cells at a pipe even inside code; escaped, it stays in the code.
    content.replace(QLatin1String("|"), QLatin1String("\\|"));
    int longest = 0;
    int run = 0;
    for (const QChar c : std::as_const(content)) {
        run = c == u'`' ? run + 1 : 0;
        longest = std::max(longest, run);
    }
    const QString fence(longest + 1, QLatin1Char('`'));
    // One space inside each fence is stripped by the reader; it keeps a backtick at either end from
    // joining the fence.
    const bool pad
        = content.startsWith(u'`') || content.endsWith(u'`') || content.startsWith(u' ') || content.endsWith(u' ');
    const QString inner = pad ? QString(QLatin1Char(' ') + content + QLatin1Char(' ')) : content;
    return fence + inner + fence;
}

QString MarkdownText::destination(const QString &path)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(path, "/-_.~"));
}
