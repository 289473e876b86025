// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "quotes/attribution/wordset.h"

#include <algorithm>
#include <cstring>

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

// Bit for the second character of a word in WordTable::m_seconds.
int secondBit(std::u16string_view w)
{
    if (w.size() < 2)
        return 27;
    return w[1] >= u'a' && w[1] <= u'z' ? w[1] - u'a' : 26;
}

quint16 tagOf(size_t hash)
{
    return quint16((hash >> 48) | 1);
}

// FNV-1a: the words are short, and an inline hash beats the library's generic one here.
size_t hashOf(std::u16string_view w)
{
    size_t h = 1469598103934665603ULL;
    for (char16_t c : w)
        h = (h ^ c) * 1099511628211ULL;
    return h;
}
}

void WordTable::insert(std::u16string_view lowercaseWord, quint32 bits)
{
    if (lowercaseWord.empty() || qsizetype(lowercaseWord.size()) > MaxLength || !bits)
        return;
    if ((m_count + 1) * 2 > m_slots.size() || m_slots.empty())
        grow();
    const size_t mask = m_slots.size() - 1;
    const size_t hash = hashOf(lowercaseWord);
    for (size_t i = hash & mask;; i = (i + 1) & mask) {
        Slot &slot = m_slots[i];
        if (slot.word.empty()) {
            slot = { lowercaseWord, bits };
            m_tags[i] = tagOf(hash);
            ++m_count;
            break;
        }
        if (slot.word == lowercaseWord) {
            slot.bits |= bits;
            break;
        }
    }
    m_lengths |= quint64(1) << lowercaseWord.size();
    const char16_t first = lowercaseWord.front();
    if (first >= u'a' && first <= u'z')
        m_seconds[first - u'a'] |= quint32(1) << secondBit(lowercaseWord);
    else
        m_otherInitials = true;
}

void WordTable::grow()
{
    std::vector<Slot> old;
    old.swap(m_slots);
    // Sparse: a miss usually ends at the first empty slot.
    m_slots.resize(std::max<size_t>(64, old.size() * 2));
    m_tags.assign(m_slots.size(), 0);
    m_count = 0;
    for (const Slot &s : old) {
        if (!s.word.empty())
            insert(s.word, s.bits);
    }
}

quint32 WordTable::value(QStringView word) const
{
    const qsizetype n = word.size();
    if (n == 0 || n > MaxLength || !(m_lengths & (quint64(1) << n)))
        return 0;
    const char16_t *d = reinterpret_cast<const char16_t *>(word.utf16());
    char16_t folded[MaxLength];
    folded[0] = lower(d[0]);
    if (n > 1)
        folded[1] = lower(d[1]);
    const char16_t first = folded[0];
    if (first >= u'a' && first <= u'z') {
        if (!(m_seconds[first - u'a'] & (quint32(1) << secondBit({ folded, size_t(std::min<qsizetype>(n, 2)) }))))
            return 0;
    } else if (!m_otherInitials) {
        return 0;
    }
    size_t h = 1469598103934665603ULL;
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = i < 2 ? folded[i] : lower(d[i]);
        folded[i] = c;
        h = (h ^ c) * 1099511628211ULL;
    }
    const size_t mask = m_slots.size() - 1;
    const quint16 tag = tagOf(h);
    for (size_t i = h & mask;; i = (i + 1) & mask) {
        const quint16 t = m_tags[i];
        if (t == 0)
            return 0;
        if (t != tag)
            continue;
        const Slot &slot = m_slots[i];
        if (qsizetype(slot.word.size()) == n && std::memcmp(slot.word.data(), folded, size_t(n) * 2) == 0)
            return slot.bits;
    }
}

WordSet::WordSet(std::initializer_list<std::u16string_view> lowercaseWords)
    : m_words(lowercaseWords)
{
    for (std::u16string_view w : lowercaseWords)
        m_table.insert(w, 1);
}
