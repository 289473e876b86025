// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands/command.h"

#include <QCoreApplication>

QList<Command> allCommands()
{
    const auto tr = [](const char *text) { return QCoreApplication::translate("Commands", text); };
    return {
        { QStringLiteral("dump"), tr("Write the corpus and its analysis as JSON"), runDumpCommand, false },
        { QStringLiteral("new-project"), tr("Create a project file (NAME.parallax) for a corpus folder"),
            runNewProjectCommand, false },
        { QStringLiteral("annotate"), tr("Record a discrepancy in a project"), runAnnotateCommand, false },
        { QStringLiteral("annotations"), tr("Export a project's annotations (json, csv, w3c, md)"),
            runAnnotationsCommand, true },
        { QStringLiteral("export-quotes"), tr("Export the quote comparison as HTML, CSV or PNG"),
            runExportQuotesCommand, true },
        { QStringLiteral("export-timeline"), tr("Export the event timeline as PNG, SVG or PDF"),
            runExportTimelineCommand, true },
    };
}
