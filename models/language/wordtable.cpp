// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "language/wordtable.h"

#include "language/characters.h"

#include <algorithm>
#include <cstring>

namespace
{
char16_t lower(char16_t c)
{
    if (c < 0x80)
        return c >= u'A' && c <= u'Z' ? char16_t(c + 32) : c;
    // Typographic apostrophes fold to the plain one, so "didn’t" finds "didn't".
    if (Characters::isApostrophe(c))
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

bool WordTable::insert(QStringView word, quint32 bits)
{
    if (word.isEmpty() || word.size() > MaxLength || !bits)
        return false;
    char16_t folded[MaxLength];
    for (qsizetype i = 0; i < word.size(); ++i)
        folded[i] = lower(word.at(i).unicode());
    insertFolded({ folded, size_t(word.size()) }, bits);
    return true;
}

void WordTable::insertFolded(std::u16string_view word, quint32 bits)
{
    if ((m_count + 1) * 2 > m_slots.size() || m_slots.empty())
        grow();
    const size_t mask = m_slots.size() - 1;
    const size_t hash = hashOf(word);
    const quint16 tag = tagOf(hash);
    for (size_t i = hash & mask;; i = (i + 1) & mask) {
        Slot &slot = m_slots[i];
        if (m_tags[i] == 0) {
            slot = { quint32(m_chars.size()), quint32(word.size()), bits };
            m_chars.append(word);
            m_tags[i] = tag;
            ++m_count;
            break;
        }
        if (m_tags[i] == tag && std::u16string_view(m_chars).substr(slot.offset, slot.length) == word) {
            slot.bits |= bits;
            break;
        }
    }
    m_lengths |= quint64(1) << word.size();
    const char16_t first = word.front();
    if (first >= u'a' && first <= u'z')
        m_seconds[first - u'a'] |= quint32(1) << secondBit(word);
    else
        m_otherInitials = true;
}

void WordTable::grow()
{
    std::vector<Slot> old;
    old.swap(m_slots);
    std::vector<quint16> oldTags;
    oldTags.swap(m_tags);
    std::u16string oldChars;
    oldChars.swap(m_chars);
    // Sparse: a miss usually ends at the first empty slot.
    m_slots.resize(std::max<size_t>(64, old.size() * 2));
    m_tags.assign(m_slots.size(), 0);
    m_chars.reserve(oldChars.size());
    m_count = 0;
    for (size_t i = 0; i < old.size(); ++i) {
        if (oldTags[i])
            insertFolded(std::u16string_view(oldChars).substr(old[i].offset, old[i].length), old[i].bits);
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
        if (qsizetype(slot.length) == n && std::memcmp(m_chars.data() + slot.offset, folded, size_t(n) * 2) == 0)
            return slot.bits;
    }
}
