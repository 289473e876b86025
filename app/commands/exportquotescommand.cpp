// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands/command.h"

#include "commands/commandsupport.h"
#include "core/translation.h"
#include "presentation/quoteexporter.h"
#include "quotepanel/quotepanelimage.h"

#include <memory>

PARALLAX_NAMESPACE_TR(Commands)

int Commands::exportQuotes(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Export the side-by-side comparison of quoted statements.\n"
                                        "The format follows the extension of FILE: .html, .csv or .png."));
    parser.addPositionalArgument(QStringLiteral("path"), tr("Corpus folder"));
    parser.addOption({ { QStringLiteral("o"), QStringLiteral("output") }, tr("Write to FILE (.html, .csv or .png)"),
        QStringLiteral("FILE") });
    parser.addOption({ QStringLiteral("statement"), tr("Only the statement with this id"), QStringLiteral("ID") });
    parser.addOption({ QStringLiteral("speaker"), tr("Only statements by a speaker whose name contains NAME"),
        QStringLiteral("NAME") });
    if (!CommandSupport::parse(parser, QStringLiteral("export-quotes"), arguments))
        return parser.isSet(QStringLiteral("help")) ? 0 : 2;
    if (parser.positionalArguments().size() != 1) {
        CommandSupport::printError(tr("export-quotes takes exactly one corpus folder"));
        return 2;
    }
    const QString output = parser.value(QStringLiteral("output"));
    if (output.isEmpty()) {
        CommandSupport::printError(tr("export-quotes needs -o FILE.html, FILE.csv or FILE.png"));
        return 2;
    }
    const auto format = QuoteExporter::formatFor(output);
    if (!format) {
        CommandSupport::printError(
            tr("cannot tell the format of %1: use the extension .html, .csv or .png").arg(output));
        return 2;
    }

    auto result = CommandSupport::loadAndAnalyze(parser.positionalArguments().constFirst());
    if (!result)
        return 1;
    const QuoteExporter exporter(std::make_shared<const AnalysisResult>(std::move(*result)), QuotePanelImage::render);
    const Result<QStringList> statements
        = exporter.select(parser.value(QStringLiteral("statement")), parser.value(QStringLiteral("speaker")));
    if (!statements.ok()) {
        CommandSupport::printError(statements.error().message);
        return 1;
    }
    if (statements.value().isEmpty())
        CommandSupport::printError(tr("warning: the corpus has no quoted statements; the export is empty"));
    if (const Error written = exporter.write(output, *format, statements.value()); !written.ok()) {
        CommandSupport::printError(written.message);
        return 1;
    }
    return 0;
}
