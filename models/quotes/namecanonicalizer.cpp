// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "quotes/namecanonicalizer.h"

#include "quotes/attribution/personfinder.h"

#include <QSet>

#include <algorithm>
#include <cstdlib>

namespace
{
// Generational suffixes make a different person: "Dana Whitfield Jr." is not "Dana Whitfield".
bool isSuffix(const QString &part)
{
    return part == u"jr" || part == u"sr" || part == u"ii" || part == u"iii" || part == u"iv";
}

// Two spellings of one name part: a swapped pair of letters ("Kier", "Keir"), or, in parts of five letters
// or more, one letter changed, added or dropped as transliterations do ("Dmitri", "Dmitry"; "Alexandr").
// The first letter agrees.
bool spellingVariant(const QString &a, const QString &b)
{
    if (a == b || a.isEmpty() || b.isEmpty() || a.front() != b.front() || isSuffix(a) || isSuffix(b))
        return false;
    const qsizetype n = a.size();
    const qsizetype m = b.size();
    if (n == m) {
        QList<qsizetype> diff;
        for (qsizetype i = 0; i < n && diff.size() <= 2; ++i) {
            if (a.at(i) != b.at(i))
                diff.append(i);
        }
        if (diff.size() == 2 && diff.at(1) == diff.at(0) + 1 && a.at(diff.at(0)) == b.at(diff.at(1))
            && a.at(diff.at(1)) == b.at(diff.at(0)))
            return n >= 4;
        return diff.size() == 1 && n >= 5;
    }
    if (std::abs(n - m) != 1 || std::min(n, m) < 5)
        return false;
    const QString &longer = n > m ? a : b;
    const QString &shorter = n > m ? b : a;
    qsizetype i = 0;
    while (i < shorter.size() && shorter.at(i) == longer.at(i))
        ++i;
    return QStringView(shorter).mid(i) == QStringView(longer).mid(i + 1);
}
}

QString NameCanonicalizer::keyOf(const QStringList &parts)
{
    return parts.join(u' ');
}

bool NameCanonicalizer::isSubset(const QStringList &part, const QStringList &whole)
{
    if (part.size() >= whole.size())
        return false;
    for (const QString &p : part) {
        if (!whole.contains(p))
            return false;
    }
    return std::ranges::all_of(whole, [&part](const QString &w) { return !isSuffix(w) || part.contains(w); });
}

void NameCanonicalizer::add(const QString &name, int count)
{
    const QStringList parts = PersonFinder::nameParts(name);
    if (parts.isEmpty())
        return;
    const QString key = keyOf(parts);
    auto it = m_index.find(key);
    if (it == m_index.end()) {
        it = m_index.insert(key, int(m_forms.size()));
        m_forms.append(Form { parts, {}, 0, -1 });
    }
    Form &f = m_forms[*it];
    f.spellings[name.simplified()] += count;
    f.count += count;
}

void NameCanonicalizer::build()
{
    // Fuller forms by part, so that a form only looks at forms sharing a part with it.
    QHash<QString, QList<int>> byPart;
    for (int i = 0; i < m_forms.size(); ++i) {
        for (const QString &p : m_forms.at(i).parts)
            byPart[p].append(i);
    }
    const auto better = [this](int a, int b) {
        const Form &x = m_forms.at(a);
        const Form &y = m_forms.at(b);
        if (x.count != y.count)
            return x.count > y.count;
        if (x.parts.size() != y.parts.size())
            return x.parts.size() > y.parts.size();
        return keyOf(x.parts) < keyOf(y.parts);
    };
    // Maximal forms (no fuller form contains them) are the people; every other form joins the best one.
    QList<bool> maximal(m_forms.size(), true);
    QList<QList<int>> supersets(m_forms.size());
    for (int i = 0; i < m_forms.size(); ++i) {
        QSet<int> seen;
        for (const QString &p : m_forms.at(i).parts) {
            for (int j : byPart.value(p)) {
                if (j == i || seen.contains(j))
                    continue;
                seen.insert(j);
                if (isSubset(m_forms.at(i).parts, m_forms.at(j).parts)) {
                    maximal[i] = false;
                    supersets[i].append(j);
                }
            }
        }
    }
    // Full forms that differ in the spelling of one part are one person, under the more frequent spelling.
    QList<int> alias(m_forms.size());
    for (int i = 0; i < m_forms.size(); ++i)
        alias[i] = i;
    QHash<QString, QList<int>> byOtherParts; // parts with one replaced by "*" -> maximal forms
    for (int i = 0; i < m_forms.size(); ++i) {
        const QStringList &parts = m_forms.at(i).parts;
        if (!maximal.at(i) || parts.size() < 2)
            continue;
        for (qsizetype p = 0; p < parts.size(); ++p) {
            QStringList masked = parts;
            masked[p] = QStringLiteral("*");
            QList<int> &same = byOtherParts[keyOf(masked)];
            for (int j : std::as_const(same)) {
                if (!spellingVariant(parts.at(p), m_forms.at(j).parts.at(p)))
                    continue;
                const int a = alias.at(i);
                const int b = alias.at(j);
                const int keep = better(a, b) ? a : b;
                for (int &x : alias) {
                    if (x == a || x == b)
                        x = keep;
                }
            }
            same.append(i);
        }
    }
    for (int i = 0; i < m_forms.size(); ++i) {
        if (maximal.at(i)) {
            m_forms[i].cluster = alias.at(i);
            continue;
        }
        int best = -1;
        for (int j : std::as_const(supersets[i])) {
            if (maximal.at(j) && (best < 0 || better(j, best)))
                best = j;
        }
        m_forms[i].cluster = best >= 0 ? alias.at(best) : i;
    }
    // The most frequent spelling of the most frequent multi-part form of each person.
    QHash<int, int> bestForm;
    for (int i = 0; i < m_forms.size(); ++i) {
        const int c = m_forms.at(i).cluster;
        const auto it = bestForm.constFind(c);
        const bool multi = m_forms.at(i).parts.size() > 1;
        if (it == bestForm.cend()) {
            bestForm.insert(c, i);
            continue;
        }
        const bool currentMulti = m_forms.at(*it).parts.size() > 1;
        if ((multi && !currentMulti) || (multi == currentMulti && better(i, *it)))
            bestForm.insert(c, i);
    }
    m_canonical.clear();
    for (auto it = bestForm.cbegin(); it != bestForm.cend(); ++it) {
        const Form &f = m_forms.at(it.value());
        QString name;
        int n = -1;
        for (auto s = f.spellings.cbegin(); s != f.spellings.cend(); ++s) {
            if (s.value() > n || (s.value() == n && s.key() < name)) {
                name = s.key();
                n = s.value();
            }
        }
        m_canonical.insert(it.key(), name);
    }
}

QString NameCanonicalizer::canonical(const QString &name) const
{
    if (name.isEmpty())
        return {};
    const int form = m_index.value(keyOf(PersonFinder::nameParts(name)), -1);
    if (form < 0)
        return name;
    return m_canonical.value(m_forms.at(form).cluster, name);
}
