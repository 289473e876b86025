// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringView>

#include <initializer_list>
#include <string_view>
#include <unordered_set>

// A closed class of words, looked up case-insensitively without allocating.
class WordSet
{
public:
    WordSet(std::initializer_list<std::u16string_view> lowercaseWords);

    bool contains(QStringView word) const;

private:
    std::unordered_set<std::u16string_view> m_words;
    qsizetype m_longest = 0;
};
