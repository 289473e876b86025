// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// Whether a project may read its corpus folder without asking. A project file may come from someone
// else, and the corpus path stored in it can point anywhere ("../../etc", "/home/someone"): a folder
// outside the project's own folder is read only once this user has chosen it for this project. The
// user chooses by creating the project or saving it for that folder, by answering the window's
// question, or by naming the folder on the command line (--corpus); the choice is kept in the user's
// settings, never in the project file.
namespace CorpusLocation
{
// The corpus is the project's folder or inside it.
bool isInsideProjectFolder(const QString &projectPath, const QString &corpusPath);
bool isChosen(const QString &projectPath, const QString &corpusPath);
void choose(const QString &projectPath, const QString &corpusPath);
// Inside the project's folder, or chosen.
bool mayRead(const QString &projectPath, const QString &corpusPath);
}
