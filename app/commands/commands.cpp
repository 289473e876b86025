// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands/command.h"

#include "core/translation.h"

PARALLAX_NAMESPACE_TR(Commands)

QList<Command> Commands::all()
{
    return {
        { QStringLiteral("dump"), tr("Write the corpus and its analysis as JSON"), Commands::dump, false },
        { QStringLiteral("new-project"), tr("Create a project file (NAME.parallax) for a corpus folder"),
            Commands::newProject, false },
        { QStringLiteral("annotate"), tr("Record a discrepancy in a project"), Commands::annotate, false },
        { QStringLiteral("annotations"), tr("Export a project's annotations (json, csv, w3c, md)"),
            Commands::annotations, true },
        { QStringLiteral("export-quotes"), tr("Export the quote comparison as HTML, CSV or PNG"),
            Commands::exportQuotes, true },
        { QStringLiteral("export-timeline"), tr("Export the event timeline as PNG, SVG or PDF"),
            Commands::exportTimeline, true },
    };
}

QString Commands::usage()
{
    return tr("Usage: parallax [--verbose] [PATH]\n"
              "       parallax COMMAND [options]\n\n"
              "Opens the window on PATH (a corpus folder or a project), or runs COMMAND:\n");
}
