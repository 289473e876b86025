// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotations/annotationexport.h"
#include "annotations/annotationreport.h"
#include "commands/command.h"
#include "commands/commandsupport.h"
#include "commands/projectsupport.h"
#include "storage/annotationtable.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace
{
QString tr(const char *text)
{
    return QCoreApplication::translate("Commands", text);
}
}

int runAnnotationsCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Export a project's annotations."));
    parser.addPositionalArgument(QStringLiteral("project"), tr("The project file (NAME.parallax)"));
    parser.addOptions({
        { QStringLiteral("format"), tr("json (default), csv, w3c (Web Annotation JSON-LD) or md (Markdown report)"),
            QStringLiteral("FORMAT"), QStringLiteral("json") },
        { { QStringLiteral("o"), QStringLiteral("output") }, tr("Write to FILE instead of standard output"),
            QStringLiteral("FILE") },
    });
    if (!CommandSupport::parse(parser, QStringLiteral("annotations"), arguments))
        return parser.isSet(QStringLiteral("help")) ? 0 : 2;
    if (parser.positionalArguments().size() != 1) {
        CommandSupport::printError(tr("annotations takes exactly one project file"));
        return 2;
    }
    const QString format = parser.value(QStringLiteral("format")).toLower();
    if (!QStringList { QStringLiteral("json"), QStringLiteral("csv"), QStringLiteral("w3c"), QStringLiteral("md") }
             .contains(format)) {
        CommandSupport::printError(tr("unknown format “%1”: json, csv, w3c or md").arg(format));
        return 2;
    }

    int exitCode = 0;
    const QString path = parser.positionalArguments().constFirst();
    // A reader: works while a window has the project open.
    const auto project = ProjectSupport::open(path, ProjectStore::Mode::ReadOnly, &exitCode);
    if (!project)
        return exitCode;
    QSqlDatabase db = project->database();
    auto annotations = AnnotationTable::loadAll(db);
    if (!annotations.ok()) {
        CommandSupport::printError(annotations.error().message);
        return 1;
    }
    // Without its corpus the annotations are still exported, with their quoted text but no offsets.
    const std::optional<Corpus> corpus = ProjectSupport::loadCorpus(*project);
    const QString name = QFileInfo(path).completeBaseName();
    const AnnotationExport exporter(annotations.value(), corpus ? &*corpus : nullptr, name);
    QByteArray data;
    if (format == QLatin1String("json"))
        data = exporter.toJson();
    else if (format == QLatin1String("csv"))
        data = exporter.toCsv();
    else if (format == QLatin1String("w3c"))
        data = exporter.toW3c();
    else
        data = AnnotationReport::toMarkdown(annotations.value(), corpus ? &*corpus : nullptr, { name, {} });
    return CommandSupport::writeOutput(parser.value(QStringLiteral("output")), data) ? 0 : 1;
}
