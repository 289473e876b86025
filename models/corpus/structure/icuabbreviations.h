// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSet>
#include <QStringList>
#include <QStringView>

#include <bitset>

// The abbreviations after which ICU's "standard" sentence suppressions undo a break ("Mr.", "U.S.",
// "Joe."), read from ICU's own data, with the part before each inner full stop ("Ph." of "Ph.D."),
// which it matches too. Without the data, every full stop is left to ICU.
class IcuAbbreviations
{
public:
    static const IcuAbbreviations &instance();

    // Whether ICU may undo a break after `word`, which ends in a full stop: it matches its list
    // against the characters before the break, whatever precedes them ("xGo." as "Go.").
    bool mayUndoAfter(QStringView word) const;

    // False when ICU's data could not be read.
    bool isLoaded() const { return m_loaded; }

private:
    IcuAbbreviations();
    bool mayEndLike(QStringView word) const;

    QStringList m_words;
    QSet<QStringView> m_views; // of m_words, which never change after construction
    std::bitset<0x80> m_oneBefore; // the letter of a one-letter abbreviation ("G.")
    std::bitset<size_t(0x80) * 0x80> m_twoBefore; // the two characters before the stop of a longer one
    qsizetype m_maxLength = 0;
    bool m_loaded = false;
};
