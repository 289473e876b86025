// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "language/wordlist.h"

WordList WordList::parse(const QString &path, QStringView text)
{
    WordList list;
    list.m_path = path;
    bool described = false; // a comment line saying what the list is for came before the entries
    int line = 0;
    for (QStringView row : text.split(u'\n')) {
        ++line;
        if (row.endsWith(u'\r'))
            row.chop(1);
        if (row.startsWith(u"#!")) {
            if (!list.m_entries.isEmpty())
                list.error(line, QStringLiteral("directive after the first entry"));
            list.parseDirective(line, row.mid(2));
        } else if (row.startsWith(u'#')) {
            const QStringView comment = row.mid(1).trimmed();
            described = described || (!comment.isEmpty() && !comment.startsWith(u"SPDX-"));
        } else if (row.isEmpty()) {
            // The file's final newline; an empty line elsewhere is a mistake.
            if (line != int(text.count(u'\n')) + 1)
                list.error(line, QStringLiteral("empty line"));
        } else {
            if (!described && list.m_entries.isEmpty())
                list.error(line, QStringLiteral("no comment header saying what the list is for"));
            list.checkEntry(line, row);
            list.m_entries.append({ row.toString(), line });
        }
    }
    if (list.m_entries.isEmpty())
        list.error(line, QStringLiteral("no entries"));
    return list;
}

QStringList WordList::words() const
{
    QStringList words;
    words.reserve(m_entries.size());
    for (const Entry &e : m_entries)
        words.append(e.text);
    return words;
}

void WordList::error(int line, const QString &message)
{
    m_errors.append(m_path + u':' + QString::number(line) + u": " + message);
}

void WordList::parseDirective(int line, QStringView directive)
{
    const qsizetype colon = directive.indexOf(u':');
    const QStringView key = directive.left(colon).trimmed();
    if (colon >= 0 && (key == u"ordered" || key == u"cased")) {
        // Both lift a check, so each says why.
        if (directive.mid(colon + 1).trimmed().isEmpty())
            error(line, key + u": gives no reason");
        (key == u"ordered" ? m_ordered : m_cased) = true;
        return;
    }
    if (colon < 0 || key != u"disjoint") {
        error(line, u"unknown directive \"" + directive.trimmed() + u"\" (known: disjoint, ordered, cased)");
        return;
    }
    const QList<QStringView> names = directive.mid(colon + 1).split(u' ', Qt::SkipEmptyParts);
    if (names.isEmpty())
        error(line, QStringLiteral("disjoint: names no list"));
    for (QStringView name : names)
        m_disjointFrom.append(name.toString());
}

void WordList::checkEntry(int line, QStringView entry)
{
    if (entry.front().isSpace() || entry.back().isSpace())
        error(line, u"\"" + entry + u"\" has spaces around it");
    if (entry.contains(u'\t') || entry.contains(u"  "))
        error(line, u"\"" + entry + u"\" has a tab or a double space");
    if (entry.contains(QChar::ReplacementCharacter))
        error(line, QStringLiteral("not valid UTF-8"));
    if (!m_cased && entry.toString().toLower() != entry)
        error(line, u"\"" + entry + u"\" is not lower-case");
    for (const Entry &e : std::as_const(m_entries)) {
        if (e.text == entry) {
            error(line, u"\"" + entry + u"\" repeats line " + QString::number(e.line));
            return;
        }
    }
    if (!m_ordered && !m_entries.isEmpty() && QStringView(m_entries.constLast().text).compare(entry) > 0)
        error(line, u"\"" + entry + u"\" is out of order (after \"" + m_entries.constLast().text + u"\")");
}
