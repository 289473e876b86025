// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "quotes/wordset.h"

#include <QVarLengthArray>

WordSet::WordSet(std::initializer_list<std::u16string_view> lowercaseWords)
    : m_words(lowercaseWords)
{
    for (std::u16string_view w : lowercaseWords)
        m_longest = std::max(m_longest, qsizetype(w.size()));
}

bool WordSet::contains(QStringView word) const
{
    if (word.isEmpty() || word.size() > m_longest)
        return false;
    QVarLengthArray<char16_t, 32> lower(word.size());
    for (qsizetype i = 0; i < word.size(); ++i) {
        QChar c = word.at(i);
        // Typographic apostrophes fold to the plain one, so "didn’t" finds "didn't".
        if (c == u'\u2019')
            c = u'\'';
        lower[i] = c.toLower().unicode();
    }
    return m_words.contains(std::u16string_view(lower.data(), size_t(lower.size())));
}
