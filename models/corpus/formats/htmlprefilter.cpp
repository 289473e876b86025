// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "corpus/formats/htmlprefilter.h"

#include <cstring>
#include <string_view>

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

char toLowerAscii(char c)
{
    return c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c;
}

// `word` (lower-case ASCII) stands at p[i], in any case.
bool hasWordAt(const char *p, qsizetype n, qsizetype i, std::string_view word)
{
    if (i < 0 || n - i < qsizetype(word.size()))
        return false;
    for (size_t k = 0; k < word.size(); ++k) {
        if (toLowerAscii(p[i + qsizetype(k)]) != word[k])
            return false;
    }
    return true;
}

// Where `what` (lower-case ASCII, its first character no letter, so that memchr finds it) next stands in
// p[from, to), in any case; -1 when nowhere.
qsizetype find(const char *p, qsizetype from, qsizetype to, std::string_view what)
{
    for (qsizetype i = from; i < to;) {
        const void *hit = std::memchr(p + i, what.front(), size_t(to - i));
        if (!hit)
            return -1;
        i = static_cast<const char *>(hit) - p;
        if (hasWordAt(p, to, i, what))
            return i;
        ++i;
    }
    return -1;
}

struct StartTag {
    qsizetype nameEnd = 0;
    qsizetype end = 0; // at its '>', or the end of the input
    qsizetype cut = -1; // where attribute number maxAttributes + 1 begins; -1 when there are not that many
    bool selfClosing = false; // ends in "/>" between attributes, where libxml2 closes the element at once
};

// Reads the start tag whose name begins at `i` as libxml2's HTML parser splits it into attributes.
StartTag scanTag(const char *p, qsizetype n, qsizetype i, int maxAttributes)
{
    StartTag tag;
    while (i < n && !isBlank(p[i]) && p[i] != '>' && p[i] != '/')
        ++i;
    tag.nameEnd = i;
    int count = 0;
    for (;;) {
        bool slash = false;
        while (i < n && (isBlank(p[i]) || p[i] == '/')) {
            slash = p[i] == '/';
            ++i;
        }
        if (i >= n || p[i] == '>') {
            tag.end = i;
            tag.selfClosing = slash;
            return tag;
        }
        if (++count == maxAttributes + 1)
            tag.cut = i;
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

// The element whose text libxml2 reads raw up to its end tag, when the tag names one: "script" or "style".
std::string_view rawTextElement(const char *p, qsizetype nameBegin, qsizetype nameEnd)
{
    for (const std::string_view name : { std::string_view("script"), std::string_view("style") }) {
        if (nameEnd - nameBegin == qsizetype(name.size()) && hasWordAt(p, nameEnd, nameBegin, name))
            return name;
    }
    return {};
}
}

std::optional<QByteArray> HtmlPrefilter::apply(QByteArrayView html, int maxAttributes)
{
    const char *p = html.data();
    const qsizetype n = html.size();
    std::optional<QByteArray> out;
    qsizetype copied = 0; // bytes of `html` already in `out`
    const auto copyUpTo = [&](qsizetype at) {
        if (!out) {
            out.emplace();
            out->reserve(n);
        }
        out->append(p + copied, at - copied);
    };
    for (qsizetype i = 0; i < n;) {
        const void *open = std::memchr(p + i, '<', size_t(n - i));
        if (!open)
            break;
        const qsizetype lt = static_cast<const char *>(open) - p;
        i = lt + 1;
        if (hasWordAt(p, n, i, "!--")) {
            // A comment is no tag, whatever it holds; unclosed, it runs to the end.
            const qsizetype close = find(p, i + 3, n, "-->");
            if (close < 0)
                break;
            i = close + 3;
            continue;
        }
        if (i >= n || !isAsciiLetter(p[i]))
            continue;
        const StartTag tag = scanTag(p, n, i, maxAttributes);
        if (tag.cut >= 0) {
            copyUpTo(tag.cut);
            copied = tag.end; // the closing '>' is copied with what follows
        }
        i = tag.end;
        const std::string_view raw = rawTextElement(p, lt + 1, tag.nameEnd);
        if (raw.empty() || tag.selfClosing || i >= n)
            continue;
        const qsizetype bodyBegin = i + 1;
        qsizetype close = bodyBegin;
        for (;;) {
            close = find(p, close, n, "</");
            if (close < 0 || hasWordAt(p, n, close + 2, raw))
                break;
            close += 2;
        }
        if (close < 0)
            break; // unclosed: libxml2 reads the rest as its text
        const bool metadata = raw == "script" && find(p, lt, tag.end, "+json") >= 0;
        // A NUL ends libxml2's reading of the whole page: such a body is left for it to meet.
        const bool hasNul = std::memchr(p + bodyBegin, 0, size_t(close - bodyBegin)) != nullptr;
        if (close > bodyBegin && !metadata && !hasNul) {
            copyUpTo(bodyBegin);
            copied = close;
        }
        i = close;
    }
    if (out)
        out->append(p + copied, n - copied);
    return out;
}
