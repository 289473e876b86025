// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotations/anchorresolver.h"

#include "annotations/annotationstore.h"
#include "commands/command.h"
#include "commands/commandsupport.h"
#include "commands/projectsupport.h"
#include "core/codepointmap.h"
#include "core/translation.h"

#include <cstdio>

PARALLAX_NAMESPACE_TR(Commands)

namespace
{
std::optional<int> number(const QCommandLineParser &parser, const QString &name)
{
    bool ok = false;
    const int value = parser.value(name).toInt(&ok);
    if (!ok) {
        CommandSupport::printError(Commands::tr("--%1 needs a whole number, not “%2”").arg(name, parser.value(name)));
        return std::nullopt;
    }
    return value;
}
}

int Commands::annotate(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Record a discrepancy in a project. Exits 0 only once the annotation is safely on disk."));
    parser.addPositionalArgument(QStringLiteral("project"), tr("The project file (NAME.parallax)"));
    parser.addOptions({
        { QStringLiteral("article"), tr("The article's id (as in `parallax dump`)"), QStringLiteral("ID") },
        { QStringLiteral("start"), tr("First character, in code points from 0"), QStringLiteral("N") },
        { QStringLiteral("end"), tr("End character (exclusive), in code points"), QStringLiteral("N") },
        { QStringLiteral("category"),
            tr("One of: %1")
                .arg(QStringList([] {
                    QStringList names;
                    for (AnnotationCategory c : allAnnotationCategories())
                        names.append(annotationCategoryName(c));
                    return names;
                }())
                         .join(QStringLiteral(", "))),
            QStringLiteral("C") },
        { QStringLiteral("note"), tr("The analyst's note"), QStringLiteral("TEXT") },
        { QStringLiteral("author"), tr("The analyst's name (default: from the settings, else the login name)"),
            QStringLiteral("NAME") },
        { QStringLiteral("severity"), tr("low, medium (default) or high"), QStringLiteral("S") },
        { QStringLiteral("role"), tr("What this anchor is (default: the article's outlet)"), QStringLiteral("ROLE") },
        ProjectSupport::corpusOption(),
    });
    if (!CommandSupport::parse(parser, QStringLiteral("annotate"), arguments))
        return parser.isSet(QStringLiteral("help")) ? 0 : 2;
    if (parser.positionalArguments().size() != 1) {
        CommandSupport::printError(tr("annotate takes exactly one project file"));
        return 2;
    }
    for (const char *required : { "article", "start", "end", "category" }) {
        if (!parser.isSet(QLatin1String(required))) {
            CommandSupport::printError(tr("--%1 is required").arg(QLatin1String(required)));
            return 2;
        }
    }
    const auto start = number(parser, QStringLiteral("start"));
    const auto end = number(parser, QStringLiteral("end"));
    if (!start || !end)
        return 2;
    const auto category = annotationCategoryFromName(parser.value(QStringLiteral("category")));
    if (!category) {
        CommandSupport::printError(
            tr("unknown category “%1” (see --help)").arg(parser.value(QStringLiteral("category"))));
        return 2;
    }
    auto severity = AnnotationSeverity::Medium;
    if (parser.isSet(QStringLiteral("severity"))) {
        const auto named = annotationSeverityFromName(parser.value(QStringLiteral("severity")));
        if (!named) {
            CommandSupport::printError(
                tr("unknown severity “%1”: low, medium or high").arg(parser.value(QStringLiteral("severity"))));
            return 2;
        }
        severity = *named;
    }

    int exitCode = 0;
    const auto project
        = ProjectSupport::open(parser.positionalArguments().constFirst(), ProjectStore::Mode::ReadWrite, &exitCode);
    if (!project)
        return exitCode;
    const std::optional<QString> folder = ProjectSupport::corpusFolder(*project, parser);
    if (!folder)
        return 1;
    const auto corpus = ProjectSupport::loadCorpus(*folder);
    if (!corpus)
        return 1;
    const QString articleId = parser.value(QStringLiteral("article"));
    const int index = corpus->indexOf(articleId);
    if (index < 0) {
        CommandSupport::printError(tr("no article “%1” in the project's corpus").arg(articleId));
        return 1;
    }
    const Article &article = corpus->articles.at(index);
    const CodePointMap map(article.text());
    const int length = map.toCodePoint(int(article.text().size()));
    if (*start < 0 || *end <= *start || *end > length) {
        CommandSupport::printError(tr("offsets %1..%2 are out of range: article “%3” has %4 characters (code points); "
                                      "start must be less than end")
                                       .arg(*start)
                                       .arg(*end)
                                       .arg(articleId)
                                       .arg(length));
        return 1;
    }

    const QString author = parser.isSet(QStringLiteral("author")) ? parser.value(QStringLiteral("author"))
                                                                  : ProjectSupport::defaultAuthor();
    Annotation annotation = Annotation::create(*category, parser.value(QStringLiteral("note")), author);
    annotation.severity = severity;
    AnnotationAnchor anchor;
    anchor.role = parser.isSet(QStringLiteral("role")) ? parser.value(QStringLiteral("role"))
        : article.outlet.isEmpty()                     ? article.id
                                                       : article.outlet;
    anchor.target = AnchorResolver::makeTarget(article, { map.toUtf16(*start), map.toUtf16(*end) });
    annotation.anchors.append(anchor);

    AnnotationStore store;
    if (Error e = store.setProject(project.get()); !e.ok()) {
        CommandSupport::printError(e.message);
        return 1;
    }
    if (Error e = store.insertDirect(annotation); !e.ok()) {
        CommandSupport::printError(e.message);
        return 1;
    }
    // Committed with synchronous=FULL: from here on the annotation survives a crash.
    std::printf("%s\n", qPrintable(annotation.id));
    std::fflush(stdout);
    return 0;
}
