// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "quotes/attribution/wordset.h"

#include <QVarLengthArray>

namespace
{
constexpr qsizetype MaxLength = 63;

char16_t lower(char16_t c)
{
    if (c < 0x80)
        return c >= u'A' && c <= u'Z' ? char16_t(c + 32) : c;
    // Typographic apostrophes fold to the plain one, so "didn’t" finds "didn't".
    if (c == u'\u2019')
        return u'\'';
    return QChar(c).toLower().unicode();
}
}

WordSet::WordSet(std::initializer_list<std::u16string_view> lowercaseWords)
    : m_words(lowercaseWords)
{
    for (std::u16string_view w : lowercaseWords) {
        if (w.empty() || qsizetype(w.size()) > MaxLength)
            continue;
        m_lengths |= quint64(1) << w.size();
        if (w.front() >= u'a' && w.front() <= u'z')
            m_initials |= quint32(1) << (w.front() - u'a');
        else
            m_otherInitials = true;
    }
}

bool WordSet::contains(QStringView word) const
{
    const qsizetype n = word.size();
    if (n == 0 || n > MaxLength || !(m_lengths & (quint64(1) << n)))
        return false;
    const char16_t first = lower(word.at(0).unicode());
    if (first >= u'a' && first <= u'z' ? !(m_initials & (quint32(1) << (first - u'a'))) : !m_otherInitials)
        return false;
    QVarLengthArray<char16_t, MaxLength + 1> folded(n);
    folded[0] = first;
    for (qsizetype i = 1; i < n; ++i)
        folded[i] = lower(word.at(i).unicode());
    return m_words.contains(std::u16string_view(folded.data(), size_t(n)));
}
