// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/dumpwriter.h"

#include "commands/command.h"
#include "commands/commandsupport.h"
#include "core/translation.h"

PARALLAX_NAMESPACE_TR(Commands)

int Commands::dump(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Write a corpus and its analysis as JSON."));
    parser.addPositionalArgument(QStringLiteral("path"), tr("Corpus folder"));
    parser.addOption({ { QStringLiteral("o"), QStringLiteral("output") },
        tr("Write to FILE instead of standard output"), QStringLiteral("FILE") });
    parser.addOption({ QStringLiteral("indent"), tr("Indent the JSON for reading (it is compact by default)") });
    if (!CommandSupport::parse(parser, QStringLiteral("dump"), arguments))
        return parser.isSet(QStringLiteral("help")) ? 0 : 2;
    if (parser.positionalArguments().size() != 1) {
        CommandSupport::printError(tr("dump takes exactly one corpus folder"));
        return 2;
    }
    // The texts are written last of all: packed until then, they are no part of the event merge's peak.
    const auto result
        = CommandSupport::loadAndAnalyze(parser.positionalArguments().constFirst(), Analyzer::Options::Texts::Pack);
    if (!result)
        return 1;
    const auto format
        = parser.isSet(QStringLiteral("indent")) ? DumpWriter::Format::Indented : DumpWriter::Format::Compact;
    const bool written = CommandSupport::writeOutput(parser.value(QStringLiteral("output")),
        [&](QIODevice *device) { return DumpWriter::write(*result, device, format); });
    return written ? 0 : 1;
}
