// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringView>

#include <initializer_list>
#include <string_view>
#include <unordered_set>

// A closed class of words, looked up case-insensitively without allocating. Most words of a text are
// turned away by their length and first letter before any hashing.
class WordSet
{
public:
    WordSet(std::initializer_list<std::u16string_view> lowercaseWords);

    bool contains(QStringView word) const;

private:
    // FNV-1a: the words are short, and an inline hash beats the library's generic one here.
    struct Hash {
        size_t operator()(std::u16string_view w) const noexcept
        {
            size_t h = 1469598103934665603ULL;
            for (char16_t c : w)
                h = (h ^ c) * 1099511628211ULL;
            return h;
        }
    };

    std::unordered_set<std::u16string_view, Hash> m_words;
    quint64 m_lengths = 0; // bit n: some word has n characters
    quint32 m_initials = 0; // bit n: some word starts with 'a' + n
    bool m_otherInitials = false; // some word starts with something else
};
