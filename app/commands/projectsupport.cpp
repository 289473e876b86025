// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands/projectsupport.h"

#include "commands/commandsupport.h"
#include "core/logging.h"
#include "core/translation.h"
#include "corpus/corpusloader.h"
#include "storage/corpuslocation.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>

PARALLAX_NAMESPACE_TR(Commands)

std::unique_ptr<ProjectStore> ProjectSupport::open(const QString &path, ProjectStore::Mode mode, int *exitCode)
{
    auto opened = ProjectStore::open(path, mode);
    if (!opened.ok()) {
        CommandSupport::printError(opened.error().message);
        *exitCode = exitCodeFor(opened.error());
        return nullptr;
    }
    *exitCode = 0;
    return std::move(opened.value());
}

int ProjectSupport::exitCodeFor(const Error &error)
{
    return error.code == Error::Code::Locked ? exitLocked : 1;
}

QCommandLineOption ProjectSupport::corpusOption()
{
    return { QStringLiteral("corpus"),
        Commands::tr("Read the articles from DIR instead of the corpus folder the project names"),
        QStringLiteral("DIR") };
}

std::optional<QString> ProjectSupport::corpusFolder(const ProjectStore &project, const QCommandLineParser &parser)
{
    if (parser.isSet(QStringLiteral("corpus")))
        return QFileInfo(parser.value(QStringLiteral("corpus"))).absoluteFilePath();
    const QString path = project.corpusPath();
    if (CorpusLocation::mayRead(project.path(), path))
        return path;
    CommandSupport::printError(
        Commands::tr("%1 names %2 as its corpus folder, outside the project's own folder, and you have not chosen that "
                     "folder for this project (a project file from someone else can name any folder). To read it, "
                     "run the command again with --corpus %2 (or open the project in the window, which asks).")
            .arg(QFileInfo(project.path()).fileName(), QDir::toNativeSeparators(path)));
    return std::nullopt;
}

std::optional<Corpus> ProjectSupport::loadCorpus(const QString &path)
{
    CorpusLoader::Result loaded = CorpusLoader::load(path);
    if (!loaded.ok()) {
        CommandSupport::printError(Commands::tr("the project's corpus folder %1: %2").arg(path, loaded.error.message));
        return std::nullopt;
    }
    for (const Error &w : std::as_const(loaded.corpus.warnings))
        Logging::get("corpus")->info("{}: {}", w.file.toStdString(), w.message.toStdString());
    return std::move(loaded.corpus);
}

QString ProjectSupport::defaultAuthor()
{
    QString configured = QSettings().value(QStringLiteral("annotations/author")).toString();
    if (!configured.isEmpty())
        return configured;
    const QString user = qEnvironmentVariable("USER");
    return user.isEmpty() ? qEnvironmentVariable("USERNAME") : user;
}
