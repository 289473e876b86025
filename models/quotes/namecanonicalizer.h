// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

// One name per person across a corpus. Forms are compared by their name parts (case, hyphens and
// dots ignored: "Mary-Ann Holt" is "Mary Ann Holt"); a form whose parts all occur in a fuller form is
// that person ("Holt", "Mary Ann", "Mary"), attached to the most frequent fuller form when several fit.
// The canonical name is the most frequent form of two or more parts, then the longest.
class NameCanonicalizer
{
public:
    // `name` as written without titles; `count` occurrences.
    void add(const QString &name, int count = 1);
    void build();
    // The canonical name for a form (the form itself when it was never added; empty stays empty).
    QString canonical(const QString &name) const;

private:
    struct Form {
        QStringList parts;
        QHash<QString, int> spellings; // as written -> count
        int count = 0;
        int cluster = -1; // index of the fullest form it belongs to
    };

    static QString keyOf(const QStringList &parts);
    static bool isSubset(const QStringList &part, const QStringList &whole);

    QHash<QString, int> m_index; // key -> form
    QList<Form> m_forms;
    QHash<int, QString> m_canonical; // cluster -> name
};
