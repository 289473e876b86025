// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/analysisresult.h"
#include "analysis/analyzer.h"

#include <QCommandLineParser>

#include <functional>
#include <optional>

class QIODevice;

// Shared plumbing for subcommands: option parsing with clear errors, loading and writing.
namespace CommandSupport
{
// Parses `arguments` (without the command name); prints the error and returns false on a bad option.
bool parse(QCommandLineParser &parser, const QString &command, const QStringList &arguments);

// Loads and analyses a corpus folder; prints load warnings to stderr; nullopt with a message when unusable.
// `texts`: what becomes of the articles' texts once the analysis no longer reads them.
std::optional<AnalysisResult> loadAndAnalyze(
    const QString &path, Analyzer::Options::Texts texts = Analyzer::Options::Texts::Keep);

// Has the analysis park each article's event mentions as a compact blob until the event merge.
void parkMentions(Analyzer::Options &options);

// Writes `data` to `path` atomically (the old file survives a failed write); "-" or empty means stdout.
bool writeOutput(const QString &path, const QByteArray &data);
// The same for output written as it is made: `write` returns false when a write failed.
bool writeOutput(const QString &path, const std::function<bool(QIODevice *)> &write);

void printError(const QString &message);
}
