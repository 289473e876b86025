// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// Text from a project (notes, names, article ids, quoted words) made inert for Markdown: whatever it
// holds renders as that text, never as markup, raw HTML or a link, in CommonMark and in GitHub's
// tables.
namespace MarkdownText
{
// Inline text: every character that can open markup is backslash-escaped, and so are the marks that
// start a block at the beginning of a line. Line breaks are kept.
QString escape(const QString &text);
// One table cell: escaped, on one line.
QString cell(const QString &text);
// A code span that holds `text` literally, however many backticks it has (CommonMark: the fence is
// longer than any run of backticks inside); safe in a table cell.
QString codeSpan(const QString &text);
// A link destination (an image path): percent-encoded, so that spaces, parentheses and angle
// brackets cannot end it.
QString destination(const QString &path);
}
