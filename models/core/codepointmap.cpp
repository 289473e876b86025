// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "codepointmap.h"

#include <algorithm>

CodePointMap::CodePointMap(const QString &text)
    : m_length(int(text.size()))
{
    for (int i = 1; i < m_length; ++i) {
        if (text.at(i).isLowSurrogate() && text.at(i - 1).isHighSurrogate())
            m_lowSurrogates.append(i);
    }
}

int CodePointMap::toCodePoint(int utf16Index) const
{
    // Every low surrogate before the index removes one code point.
    const auto before
        = std::lower_bound(m_lowSurrogates.cbegin(), m_lowSurrogates.cend(), utf16Index) - m_lowSurrogates.cbegin();
    return utf16Index - int(before);
}

int CodePointMap::toUtf16(int codePointIndex) const
{
    int index = codePointIndex;
    for (int low : m_lowSurrogates) {
        if (low <= index)
            ++index;
        else
            break;
    }
    return std::min(index, m_length);
}
