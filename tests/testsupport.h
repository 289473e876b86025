// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/analysisresult.h"
#include "corpus/article.h"

#include <QString>
#include <QStringList>

// Helpers shared by the tests: sample corpus access and articles built from short text.
namespace TestSupport
{
// The sample corpus folder (../shared/corpus beside the project).
QString sampleCorpusPath();
// The tests' own fixture folder (tests/ in the source tree).
QString testDataPath(const QString &relative);
// The parallax executable, for command-line tests.
QString parallaxBinary();

// An article from plain text: paragraphs split on blank lines, sentences by QTextBoundaryFinder,
// the first paragraph taken as the title heading only when `firstIsTitle`.
Article makeArticle(const QString &text, const QDate &published = {}, const QString &id = QStringLiteral("a"),
    bool firstIsTitle = false);

// The sample corpus loaded and analysed once per test process.
const AnalysisResult &sampleAnalysis();
}
