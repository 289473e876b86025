// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/analysisresult.h"

#include <QCommandLineParser>

#include <optional>

// Shared plumbing for subcommands: option parsing with clear errors, loading and writing.
namespace CommandSupport
{
// Parses `arguments` (without the command name); prints the error and returns false on a bad option.
bool parse(QCommandLineParser &parser, const QString &command, const QStringList &arguments);

// Loads and analyses a corpus folder; prints load warnings to stderr; nullopt with a message when unusable.
std::optional<AnalysisResult> loadAndAnalyze(const QString &path);

// Writes `data` to `path` atomically (the old file survives a failed write); "-" or empty means stdout.
bool writeOutput(const QString &path, const QByteArray &data);

void printError(const QString &message);
}
