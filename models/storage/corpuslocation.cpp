// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/corpuslocation.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>

namespace
{
const QString settingsKey = QStringLiteral("projects/chosenCorpora");
// Enough for every project a person works on; the oldest choices go first.
constexpr int maxChoices = 500;

// Links resolved where they exist, so that a link inside the project folder cannot lead out of it.
QString canonical(const QString &path)
{
    const QFileInfo info(path);
    const QString resolved = info.canonicalFilePath();
    return resolved.isEmpty() ? QDir::cleanPath(info.absoluteFilePath()) : resolved;
}

QString choiceFor(const QString &projectPath, const QString &corpusPath)
{
    return canonical(projectPath) + QLatin1Char('\n') + canonical(corpusPath);
}
}

bool CorpusLocation::isInsideProjectFolder(const QString &projectPath, const QString &corpusPath)
{
    const QString folder = canonical(QFileInfo(projectPath).absolutePath());
    const QString corpus = canonical(corpusPath);
    return corpus == folder || corpus.startsWith(folder.endsWith(u'/') ? folder : folder + u'/');
}

bool CorpusLocation::isChosen(const QString &projectPath, const QString &corpusPath)
{
    return QSettings().value(settingsKey).toStringList().contains(choiceFor(projectPath, corpusPath));
}

void CorpusLocation::choose(const QString &projectPath, const QString &corpusPath)
{
    if (isInsideProjectFolder(projectPath, corpusPath))
        return;
    QSettings settings;
    QStringList choices = settings.value(settingsKey).toStringList();
    const QString choice = choiceFor(projectPath, corpusPath);
    choices.removeAll(choice);
    choices.append(choice);
    while (choices.size() > maxChoices)
        choices.removeFirst();
    settings.setValue(settingsKey, choices);
}

bool CorpusLocation::mayRead(const QString &projectPath, const QString &corpusPath)
{
    return isInsideProjectFolder(projectPath, corpusPath) || isChosen(projectPath, corpusPath);
}
