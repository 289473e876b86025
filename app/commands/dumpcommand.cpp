// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/dumpwriter.h"
#include "commands/command.h"
#include "commands/commandsupport.h"

#include <QCoreApplication>

int runDumpCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("Commands", "Write a corpus and its analysis as JSON."));
    parser.addPositionalArgument(QStringLiteral("path"), QCoreApplication::translate("Commands", "Corpus folder"));
    parser.addOption({ { QStringLiteral("o"), QStringLiteral("output") },
        QCoreApplication::translate("Commands", "Write to FILE instead of standard output"), QStringLiteral("FILE") });
    parser.addOption({ QStringLiteral("indent"),
        QCoreApplication::translate("Commands", "Indent the JSON for reading (it is compact by default)") });
    if (!CommandSupport::parse(parser, QStringLiteral("dump"), arguments))
        return parser.isSet(QStringLiteral("help")) ? 0 : 2;
    if (parser.positionalArguments().size() != 1) {
        CommandSupport::printError(QCoreApplication::translate("Commands", "dump takes exactly one corpus folder"));
        return 2;
    }
    const auto result = CommandSupport::loadAndAnalyze(parser.positionalArguments().constFirst());
    if (!result)
        return 1;
    const auto format
        = parser.isSet(QStringLiteral("indent")) ? DumpWriter::Format::Indented : DumpWriter::Format::Compact;
    const bool written = CommandSupport::writeOutput(parser.value(QStringLiteral("output")),
        [&](QIODevice *device) { return DumpWriter::write(*result, device, format); });
    return written ? 0 : 1;
}
