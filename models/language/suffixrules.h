// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

// Word endings and their replacements, read from an ordered list of data/ ("isation ization", or an ending
// alone to cut it): the first ending that fits a word is replaced.
class SuffixRules
{
public:
    explicit SuffixRules(const QString &listName);

    // Replaces the first ending of the list that `word` has with at least `minStem` characters before it;
    // false when none fits.
    bool apply(QString &word, qsizetype minStem) const;

private:
    struct Rule {
        QString from;
        QString to;
    };
    QList<Rule> m_rules;
};
