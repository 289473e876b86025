// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands/command.h"

#include <QCoreApplication>

QList<Command> allCommands()
{
    const auto tr = [](const char *text) { return QCoreApplication::translate("Commands", text); };
    return {
        { QStringLiteral("dump"), tr("Write the corpus and its analysis as JSON"), runDumpCommand, false },
        { QStringLiteral("export-quotes"), tr("Export the quote comparison as HTML, CSV or PNG"),
            runExportQuotesCommand, true },
    };
}
