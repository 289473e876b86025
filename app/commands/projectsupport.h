// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "corpus/corpus.h"
#include "storage/projectstore.h"

#include <memory>
#include <optional>

// Shared plumbing for the project subcommands (new-project, annotate, annotations).
namespace ProjectSupport
{
// Exit statuses beyond 0 (done), 1 (failed) and 2 (bad usage).
inline constexpr int exitLocked = 3;

// Opens a project, printing the error (and setting `exitCode`) when it cannot.
std::unique_ptr<ProjectStore> open(const QString &path, ProjectStore::Mode mode, int *exitCode);
int exitCodeFor(const StoreError &error);

// Loads the project's corpus folder quietly (warnings to the log); nullopt with the error printed.
std::optional<Corpus> loadCorpus(const ProjectStore &project);

// The analyst's name: the settings' "annotations/author", else the login name.
QString defaultAuthor();
}
