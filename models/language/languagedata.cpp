// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "language/languagedata.h"

#include "core/logging.h"

#include <QDirIterator>
#include <QFile>

namespace
{
const QString Root = QStringLiteral(":/language/");
const QString Suffix = QStringLiteral(".txt");
}

WordList LanguageData::list(const QString &name)
{
    const QString path = Root + name + Suffix;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        Logging::get("language")->error("{}: no such word list", path.toStdString());
        return {};
    }
    WordList list = WordList::parse(path, QString::fromUtf8(file.readAll()));
    for (const QString &e : list.errors())
        Logging::get("language")->error("{}", e.toStdString());
    return list;
}

WordTable LanguageData::wordSet(const QString &name)
{
    WordTable set;
    const WordList words = list(name);
    for (const WordList::Entry &e : words.entries())
        set.insert(e.text, 1);
    return set;
}

QStringList LanguageData::names()
{
    QStringList names;
    QDirIterator it(Root, { QStringLiteral("*.txt") }, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        names.append(path.mid(Root.size(), path.size() - Root.size() - Suffix.size()));
    }
    names.sort();
    return names;
}
