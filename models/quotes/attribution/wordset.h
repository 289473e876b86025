// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringView>

#include <initializer_list>
#include <string_view>
#include <vector>

// Lower-case words mapped to bit sets, looked up case-insensitively without allocating: an open-addressing
// table over views of static strings. Most words of a text are turned away by their length and first two letters
// before any hashing.
class WordTable
{
public:
    // `lowercaseWord` must outlive the table (string literals do). Bits of a word inserted twice are joined.
    void insert(std::u16string_view lowercaseWord, quint32 bits);
    // The bits of `word` in any case, 0 when absent.
    quint32 value(QStringView word) const;

private:
    struct Slot {
        std::u16string_view word;
        quint32 bits = 0;
    };
    void grow();

    std::vector<Slot> m_slots;
    // Per slot a few bits of the word's hash, never 0 when taken: probes read this small array, and the
    // slot itself only on a likely hit.
    std::vector<quint16> m_tags;
    size_t m_count = 0;
    quint64 m_lengths = 0; // bit n: some word has n characters
    // m_seconds[n] bit k: some word starts with 'a' + n followed by 'a' + k (26: something else, 27: nothing).
    quint32 m_seconds[26] = {};
    bool m_otherInitials = false; // some word starts with something else
};

// A closed class of words.
class WordSet
{
public:
    WordSet(std::initializer_list<std::u16string_view> lowercaseWords);

    bool contains(QStringView word) const { return m_table.value(word) != 0; }
    const std::vector<std::u16string_view> &words() const { return m_words; }

private:
    WordTable m_table;
    std::vector<std::u16string_view> m_words;
};
