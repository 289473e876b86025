// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "corpus/formats/htmlattributecap.h"

#include <cstring>

namespace
{
bool isBlank(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

bool isAsciiLetter(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// Reads the start tag whose name begins at `i` as libxml2's HTML parser would split it into
// attributes. Returns where the tag ends (at its '>', or the end of the input) and sets `cut` to
// where attribute number `maxAttributes` + 1 begins, or -1 when there are not that many.
qsizetype scanTag(const char *p, qsizetype n, qsizetype i, int maxAttributes, qsizetype &cut)
{
    cut = -1;
    while (i < n && !isBlank(p[i]) && p[i] != '>' && p[i] != '/')
        ++i;
    int count = 0;
    for (;;) {
        while (i < n && (isBlank(p[i]) || p[i] == '/'))
            ++i;
        if (i >= n || p[i] == '>')
            return i;
        if (++count == maxAttributes + 1)
            cut = i;
        while (i < n && !isBlank(p[i]) && p[i] != '=' && p[i] != '>' && p[i] != '/')
            ++i;
        while (i < n && isBlank(p[i]))
            ++i;
        if (i >= n || p[i] != '=')
            continue;
        ++i;
        while (i < n && isBlank(p[i]))
            ++i;
        if (i < n && (p[i] == '"' || p[i] == '\'')) {
            const void *close = std::memchr(p + i + 1, p[i], size_t(n - i - 1));
            i = close ? static_cast<const char *>(close) - p + 1 : n;
        } else {
            while (i < n && !isBlank(p[i]) && p[i] != '>')
                ++i;
        }
    }
}
}

std::optional<QByteArray> HtmlAttributeCap::apply(QByteArrayView html, int maxAttributes)
{
    const char *p = html.data();
    const qsizetype n = html.size();
    std::optional<QByteArray> out;
    qsizetype copied = 0; // bytes of `html` already in `out`
    for (qsizetype i = 0; i < n;) {
        const void *open = std::memchr(p + i, '<', size_t(n - i));
        if (!open)
            break;
        i = static_cast<const char *>(open) - p + 1;
        if (i >= n || !isAsciiLetter(p[i]))
            continue;
        qsizetype cut = -1;
        const qsizetype end = scanTag(p, n, i, maxAttributes, cut);
        if (cut >= 0) {
            if (!out) {
                out.emplace();
                out->reserve(n);
            }
            out->append(p + copied, cut - copied);
            copied = end; // the closing '>' is copied with what follows
        }
        i = end;
    }
    if (out)
        out->append(p + copied, n - copied);
    return out;
}
