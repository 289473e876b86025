// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <functional>

// A `parallax NAME …` subcommand that runs without a window.
struct Command {
    QString name;
    QString summary; // one line for `parallax --help`
    // Receives the arguments after the command name; returns the process exit status.
    std::function<int(const QStringList &)> run;
    // True when it paints (export commands): main() then creates a QApplication on the offscreen platform.
    bool paints = false;
};

// Every subcommand, in the order `--help` lists them. Defined in commands.cpp.
QList<Command> allCommands();

int runDumpCommand(const QStringList &arguments);
int runNewProjectCommand(const QStringList &arguments);
int runAnnotateCommand(const QStringList &arguments);
int runAnnotationsCommand(const QStringList &arguments);
int runExportQuotesCommand(const QStringList &arguments);
int runExportTimelineCommand(const QStringList &arguments);
