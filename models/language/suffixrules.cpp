// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "language/suffixrules.h"

#include "language/languagedata.h"

SuffixRules::SuffixRules(const QString &listName)
{
    for (const QString &entry : LanguageData::list(listName).words()) {
        const qsizetype space = entry.indexOf(u' ');
        m_rules.append(space < 0 ? Rule { entry, QString() } : Rule { entry.left(space), entry.mid(space + 1) });
    }
}

bool SuffixRules::apply(QString &word, qsizetype minStem) const
{
    for (const Rule &rule : m_rules) {
        if (word.size() - rule.from.size() >= minStem && word.endsWith(rule.from)) {
            word.chop(rule.from.size());
            word.append(rule.to);
            return true;
        }
    }
    return false;
}
