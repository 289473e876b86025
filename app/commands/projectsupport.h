// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "corpus/corpus.h"
#include "storage/projectstore.h"

#include <QCommandLineOption>
#include <QCommandLineParser>

#include <memory>
#include <optional>

// Shared plumbing for the project subcommands (new-project, annotate, annotations).
namespace ProjectSupport
{
// Exit statuses beyond 0 (done), 1 (failed) and 2 (bad usage).
inline constexpr int exitLocked = 3;

// Opens a project, printing the error (and setting `exitCode`) when it cannot.
std::unique_ptr<ProjectStore> open(const QString &path, ProjectStore::Mode mode, int *exitCode);
int exitCodeFor(const Error &error);

// The --corpus option of the commands that read a project's corpus.
QCommandLineOption corpusOption();
// The corpus folder to read: --corpus when given, else the project's own when it lies inside the
// project's folder or this user chose it for the project (CorpusLocation); nullopt, with a message
// saying how to choose, for a folder elsewhere that nobody chose.
std::optional<QString> corpusFolder(const ProjectStore &project, const QCommandLineParser &parser);
// Loads a corpus folder quietly (warnings to the log); nullopt with the error printed.
std::optional<Corpus> loadCorpus(const QString &path);

// The analyst's name: the settings' "annotations/author", else the login name.
QString defaultAuthor();
}
