// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/projectdocument.h"
#include "mainwindow.h"
#include "projectsession.h"
#include "storage/projectstore.h"
#include "syntheticanalysis.h"

#include <QDir>
#include <QFileInfo>

#include <memory>

// What the window tests share.
namespace WindowTestSupport
{
// Gives `window` a new project at `projectPath` over an empty corpus folder beside it, and shows the
// synthetic analysis as that corpus' result. False when the project cannot be created.
inline bool showSyntheticProject(MainWindow &window, const QString &projectPath)
{
    const QString corpus = QFileInfo(projectPath).dir().filePath(QStringLiteral("corpus"));
    if (!QDir().mkpath(corpus))
        return false;
    auto project = ProjectStore::create(projectPath, corpus);
    if (!project.ok())
        return false;
    window.document()->setProject(std::move(project.value()));
    auto result = std::make_shared<AnalysisResult>(*SyntheticAnalysis::make());
    result->corpus.path = corpus;
    window.document()->setAnalysis(result);
    return true;
}
}
