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
// The corpus folder of a fixture case, tests/data/NAME/corpus: short articles written for the tests (the
// golden-file cases of tst_goldendump).
QString fixtureCorpus(const QString &name);
// The parallax executable, for command-line tests.
QString parallaxBinary();

// A finished process: its exit code (-1 when it crashed or did not finish in time) and its output.
struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};
Run run(const QString &program, const QStringList &arguments, int timeoutMs = 120000);
// The parallax executable run with `arguments`, as a user runs it.
Run parallax(const QStringList &arguments, int timeoutMs = 120000);

// An article from plain text: paragraphs split on blank lines, sentences by the production splitter
// (TextSegmenter, as the corpus loader finds them), the first paragraph taken as the title heading only
// when `firstIsTitle`.
Article makeArticle(const QString &text, const QDate &published = {}, const QString &id = QStringLiteral("a"),
    bool firstIsTitle = false);

// A quote of `text` where it stands in article `article` of `result` (its span; the article's next id,
// "<article id>#q<n>", counting the quotes already in result.quotes), said by `speaker` in
// `statement`. The caller appends it.
Quote makeQuote(
    const AnalysisResult &result, int article, const QString &text, const QString &speaker, const QString &statement);
// A statement of `speaker` over `quotes` (ids), measured against `reference`, with `similarity`
// parallel to the quotes.
Statement makeStatement(const QString &id, const QString &speaker, const QStringList &quotes, const QString &reference,
    const QList<double> &similarity);

// The sample corpus loaded and analysed once per test process.
const AnalysisResult &sampleAnalysis();
// A fixture corpus (fixtureCorpus(name)) loaded and analysed once per test process.
const AnalysisResult &fixtureAnalysis(const QString &name);

// What every analysis must hold of its quotes, whatever the corpus: each is the text at its span (a span
// that survives the code point mapping), outside boilerplate, never cut after an apostrophe ("s Asia
// tour…"); an unattributed quote has no attribution rule; a speaker is someone the texts name (the
// family name is written somewhere); an attributed quote other than a term belongs to a statement.
// Returns the first broken one ("<quote id>: what"), empty when all hold:
//     const QString problem = TestSupport::quoteInvariantProblem(result);
//     QVERIFY2(problem.isEmpty(), qPrintable(problem));
QString quoteInvariantProblem(const AnalysisResult &result);

// An alignment as one row per column, "cell|cell|- kind" (a gap is "-"), for comparing with a whole
// expected table at once.
QStringList alignmentRows(const QList<AlignmentColumn> &columns);
}
