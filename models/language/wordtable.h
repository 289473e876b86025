// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringView>

#include <array>
#include <string>
#include <vector>

// Lower-case words mapped to bit sets, looked up case-insensitively without allocating: an open-addressing
// table over one buffer of the words' characters. Most words of a text are turned away by their length and
// first two letters before any hashing.
class WordTable
{
public:
    // Longer words are not held: nothing that long is a word of a list.
    static constexpr qsizetype MaxLength = 63;

    // Folds `word` as lookups do; bits of a word inserted twice are joined. False when `word` is empty,
    // longer than MaxLength or `bits` is 0, and so not held.
    bool insert(QStringView word, quint32 bits);
    // The bits of `word` in any case, 0 when absent. Typographic apostrophes match the plain one.
    quint32 value(QStringView word) const;
    bool contains(QStringView word) const { return value(word) != 0; }
    size_t size() const { return m_count; }

private:
    struct Slot {
        quint32 offset = 0; // into m_chars
        quint32 length = 0;
        quint32 bits = 0;
    };
    void insertFolded(std::u16string_view word, quint32 bits);
    void grow();

    std::u16string m_chars;
    std::vector<Slot> m_slots;
    // Per slot a few bits of the word's hash, never 0 when taken: probes read this small array, and the
    // slot itself only on a likely hit.
    std::vector<quint16> m_tags;
    size_t m_count = 0;
    quint64 m_lengths = 0; // bit n: some word has n characters
    // m_seconds[n] bit k: some word starts with 'a' + n followed by 'a' + k (26: something else, 27: nothing).
    std::array<quint32, 26> m_seconds {};
    bool m_otherInitials = false; // some word starts with something else
};
