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
// The subcommands, each a function of the arguments after its name returning the exit status.
namespace Commands
{
QList<Command> all();
// The first lines of `parallax --help`, before the list of commands.
QString usage();

int dump(const QStringList &arguments);
int newProject(const QStringList &arguments);
int annotate(const QStringList &arguments);
int annotations(const QStringList &arguments);
int exportQuotes(const QStringList &arguments);
int exportTimeline(const QStringList &arguments);
}
