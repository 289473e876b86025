// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/analyzer.h"

#include "annotations/anchorresolver.h"
#include "annotations/annotationexport.h"
#include "annotations/annotationreport.h"
#include "annotations/annotationtable.h"
#include "commands/command.h"
#include "commands/commandsupport.h"
#include "commands/projectsupport.h"
#include "core/translation.h"
#include "itemmodels/timelinefiltermodel.h"
#include "itemmodels/timelinemodel.h"
#include "storage/analysiscache.h"
#include "timeline/timelineexporter.h"
#include "timeline/timelinequotes.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>

PARALLAX_NAMESPACE_TR(Commands)

namespace
{
// The report's timeline picture: the corpus analysed (through the project's cache) and painted by the
// timeline exporter. Returns the picture's path relative to the report, or empty when none was made.
QString writeTimeline(ProjectStore &project, const Corpus &corpus, const QString &reportPath)
{
    AnalysisCache cache(project);
    Analyzer::Options options;
    cache.install(options);
    options.store = nullptr; // the project is open read-only here
    const auto analysed = Analyzer::run(corpus, options);
    if (!analysed || analysed->events.isEmpty())
        return {};
    const auto result = std::make_shared<const AnalysisResult>(*analysed);
    TimelineModel model;
    model.setResult(result);
    TimelineFilterModel filter;
    filter.setSourceModel(&model);
    TimelineIndex index;
    index.build(&filter, TimelineIndex::LaneMode::Category);
    index.setQuoteMarks(TimelineQuotes::fromResult(*result));
    TimelineExportOptions look;
    look.title = result->corpus.name;
    const TimelineExportSource source { &index, &filter, index.squeezedScale(), QApplication::palette(),
        QApplication::font() };
    const QFileInfo report(reportPath);
    QString image = report.completeBaseName() + QStringLiteral("-timeline.png");
    const QString error = TimelineExporter::write(report.absoluteDir().filePath(image), source, look);
    if (!error.isEmpty()) {
        CommandSupport::printError(error);
        return {};
    }
    return image;
}
}

int Commands::annotations(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Export a project's annotations."));
    parser.addPositionalArgument(QStringLiteral("project"), tr("The project file (NAME.parallax)"));
    parser.addOptions({
        { QStringLiteral("format"),
            tr("json (default), csv, w3c (Web Annotation JSON-LD) or md (Markdown report; with -o, a timeline "
               "picture NAME-timeline.png is written beside it)"),
            QStringLiteral("FORMAT"), QStringLiteral("json") },
        { { QStringLiteral("o"), QStringLiteral("output") }, tr("Write to FILE instead of standard output"),
            QStringLiteral("FILE") },
        ProjectSupport::corpusOption(),
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
    const std::optional<QString> folder = ProjectSupport::corpusFolder(*project, parser);
    if (!folder)
        return 1;
    const std::optional<Corpus> corpus = ProjectSupport::loadCorpus(*folder);
    // The stored positions are where the words were when the project last saw the corpus: every
    // anchor is found again in the text as it is now, and its state says whether it moved, was
    // re-attached to changed words, or is orphaned.
    if (corpus) {
        for (Annotation &annotation : annotations.value())
            AnchorResolver::reattach(annotation, *corpus);
    }
    const QString name = QFileInfo(path).completeBaseName();
    const AnnotationExport exporter(annotations.value(), corpus ? &*corpus : nullptr, name);
    QByteArray data;
    if (format == QLatin1String("json"))
        data = exporter.toJson();
    else if (format == QLatin1String("csv"))
        data = exporter.toCsv();
    else if (format == QLatin1String("w3c"))
        data = exporter.toW3c();
    else {
        // A picture needs a file beside the report: only with -o, and only when the corpus is there.
        const QString output = parser.value(QStringLiteral("output"));
        const bool toFile = !output.isEmpty() && output != QLatin1String("-");
        const QString timeline = toFile && corpus ? writeTimeline(*project, *corpus, output) : QString();
        data = AnnotationReport::toMarkdown(annotations.value(), corpus ? &*corpus : nullptr, { name, timeline });
    }
    return CommandSupport::writeOutput(parser.value(QStringLiteral("output")), data) ? 0 : 1;
}
