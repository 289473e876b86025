// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// One data file of language knowledge (models/language/data/): a header of `#` comments saying what the
// list is for, then one lower-case entry per line, sorted, no duplicates. Header lines of the form
// `#! disjoint: other/list …` name lists that must share no entry with this one; `#! ordered: why` marks
// a list whose order means something (the months, January first) and so is not sorted; `#! cased: why`
// a list whose entries keep their case ("No." is an abbreviation, "no." a word).
class WordList
{
public:
    struct Entry {
        QString text;
        int line = 0;
    };

    // Parses `text`, read from `path` (which messages name). Every problem is reported, none stops it.
    static WordList parse(const QString &path, QStringView text);

    const QString &path() const { return m_path; }
    const QList<Entry> &entries() const { return m_entries; }
    QStringList words() const;
    // Names of the lists ("attribution/male-words") that must share no entry with this one.
    const QStringList &disjointFrom() const { return m_disjointFrom; }
    bool ordered() const { return m_ordered; }
    bool cased() const { return m_cased; }
    // "path:line: problem" for every problem found; empty when the file is well formed.
    const QStringList &errors() const { return m_errors; }

private:
    void error(int line, const QString &message);
    void parseDirective(int line, QStringView directive);
    void checkEntry(int line, QStringView entry);

    QString m_path;
    QList<Entry> m_entries;
    QStringList m_disjointFrom;
    bool m_ordered = false;
    bool m_cased = false;
    QStringList m_errors;
};
