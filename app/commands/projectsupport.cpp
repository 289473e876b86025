// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands/projectsupport.h"

#include "commands/commandsupport.h"
#include "core/logging.h"
#include "corpus/corpusloader.h"

#include <QCoreApplication>
#include <QSettings>

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

int ProjectSupport::exitCodeFor(const StoreError &error)
{
    return error.code == StoreError::Code::Locked ? exitLocked : 1;
}

std::optional<Corpus> ProjectSupport::loadCorpus(const ProjectStore &project)
{
    const QString path = project.corpusPath();
    CorpusLoader::Result loaded = CorpusLoader::load(path);
    if (!loaded.ok()) {
        CommandSupport::printError(
            QCoreApplication::translate("Commands", "the project's corpus folder %1: %2").arg(path, loaded.error));
        return std::nullopt;
    }
    for (const LoadWarning &w : std::as_const(loaded.corpus.warnings))
        Logging::get("corpus")->info("{}: {}", w.file.toStdString(), w.message.toStdString());
    return std::move(loaded.corpus);
}

QString ProjectSupport::defaultAuthor()
{
    const QString configured = QSettings().value(QStringLiteral("annotations/author")).toString();
    if (!configured.isEmpty())
        return configured;
    const QString user = qEnvironmentVariable("USER");
    return user.isEmpty() ? qEnvironmentVariable("USERNAME") : user;
}
