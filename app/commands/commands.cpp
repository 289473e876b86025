// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands/command.h"

#include <QCoreApplication>

QList<Command> allCommands()
{
    return {
        { QStringLiteral("dump"), QCoreApplication::translate("Commands", "Write the corpus and its analysis as JSON"),
            runDumpCommand, false },
        { QStringLiteral("new-project"),
            QCoreApplication::translate("Commands", "Create a project file (NAME.parallax) for a corpus folder"),
            runNewProjectCommand, false },
        { QStringLiteral("annotate"), QCoreApplication::translate("Commands", "Record a discrepancy in a project"),
            runAnnotateCommand, false },
        { QStringLiteral("annotations"),
            QCoreApplication::translate("Commands", "Export a project's annotations (json, csv, w3c, md)"),
            runAnnotationsCommand, true },
        { QStringLiteral("export-quotes"),
            QCoreApplication::translate("Commands", "Export the quote comparison as HTML, CSV or PNG"),
            runExportQuotesCommand, true },
        { QStringLiteral("export-timeline"),
            QCoreApplication::translate("Commands", "Export the event timeline as PNG, SVG or PDF"),
            runExportTimelineCommand, true },
    };
}
