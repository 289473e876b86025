// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"

#include "analysis/analyzer.h"
#include "core/codepointmap.h"
#include "corpus/articlebuilder.h"
#include "corpus/corpusloader.h"
#include "corpus/structure/textsegmenter.h"

#include <QDir>
#include <QHash>
#include <QProcess>

#include <memory>

QString TestSupport::sampleCorpusPath()
{
    // ctest sets the variable, empty for a test not labelled "integration"; a benchmark run by hand finds
    // the folder the build was configured with.
    const QString path = qEnvironmentVariable("PARALLAX_SAMPLE_CORPUS", QStringLiteral(PARALLAX_DEFAULT_SAMPLE_CORPUS));
    if (path.isEmpty())
        qFatal("this test reads the sample corpus but is not an integration test: use a fixture corpus "
               "(TestSupport::fixtureCorpus) or mark it INTEGRATION in its CMakeLists.txt");
    return QDir::cleanPath(path);
}

QString TestSupport::testDataPath(const QString &relative)
{
    return QDir::cleanPath(qEnvironmentVariable("PARALLAX_TEST_DATA") + QLatin1Char('/') + relative);
}

QString TestSupport::fixtureCorpus(const QString &name)
{
    return QDir::cleanPath(QStringLiteral(PARALLAX_FIXTURE_DATA "/") + name + QStringLiteral("/corpus"));
}

QString TestSupport::parallaxBinary()
{
    return qEnvironmentVariable("PARALLAX_BINARY");
}

TestSupport::Run TestSupport::run(const QString &program, const QStringList &arguments, int timeoutMs)
{
    QProcess p;
    p.start(program, arguments);
    Run r;
    if (!p.waitForFinished(timeoutMs))
        return r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

TestSupport::Run TestSupport::parallax(const QStringList &arguments, int timeoutMs)
{
    return run(parallaxBinary(), arguments, timeoutMs);
}

Article TestSupport::makeArticle(const QString &text, const QDate &published, const QString &id, bool firstIsTitle)
{
    Article article;
    article.id = id;
    article.file = id + QStringLiteral(".txt");
    article.setText(text);
    article.published = published;
    article.publishedBasis = published.isValid() ? PublishedBasis::Manifest : PublishedBasis::Unknown;
    article.contentHash = ArticleBuilder::contentHash(text);
    int pos = 0;
    const int n = int(text.size());
    while (pos < n) {
        int next = int(text.indexOf(QStringLiteral("\n\n"), pos));
        if (next < 0)
            next = n;
        if (next > pos)
            article.paragraphs.append({ pos, next });
        pos = next + 2;
    }
    article.sentences = TextSegmenter::sentences(text, article.paragraphs);
    if (firstIsTitle && !article.paragraphs.isEmpty()) {
        article.headings.append(article.paragraphs.constFirst());
        article.title = article.slice(article.paragraphs.constFirst()).toString();
    }
    return article;
}

Quote TestSupport::makeQuote(
    const AnalysisResult &result, int article, const QString &text, const QString &speaker, const QString &statement)
{
    const Article &a = result.corpus.articles.at(article);
    Quote q;
    q.article = article;
    q.text = text;
    q.span.start = int(a.text().indexOf(text));
    q.span.end = q.span.start + int(text.size());
    Q_ASSERT(q.span.start >= 0);
    q.speaker = speaker;
    q.statement = statement;
    int n = 1;
    for (const Quote &other : result.quotes)
        n += other.article == article ? 1 : 0;
    q.id = a.id + QStringLiteral("#q%1").arg(n);
    return q;
}

Statement TestSupport::makeStatement(const QString &id, const QString &speaker, const QStringList &quotes,
    const QString &reference, const QList<double> &similarity)
{
    Statement s;
    s.id = id;
    s.speaker = speaker;
    s.quotes = quotes;
    s.reference = reference;
    s.similarity = similarity;
    return s;
}

const AnalysisResult &TestSupport::sampleAnalysis()
{
    static const AnalysisResult result = [] {
        CorpusLoader::Result loaded = CorpusLoader::load(sampleCorpusPath());
        if (!loaded.ok())
            qFatal("cannot load the sample corpus at %s: %s", qPrintable(sampleCorpusPath()),
                qPrintable(loaded.error.message));
        return Analyzer::run(std::move(loaded.corpus));
    }();
    return result;
}

const AnalysisResult &TestSupport::fixtureAnalysis(const QString &name)
{
    static QHash<QString, std::shared_ptr<const AnalysisResult>> results;
    auto &result = results[name];
    if (!result) {
        CorpusLoader::Result loaded = CorpusLoader::load(fixtureCorpus(name));
        if (!loaded.ok())
            qFatal("cannot load the fixture corpus %s: %s", qPrintable(name), qPrintable(loaded.error.message));
        result = std::make_shared<const AnalysisResult>(Analyzer::run(std::move(loaded.corpus)));
    }
    return *result;
}

QString TestSupport::quoteInvariantProblem(const AnalysisResult &result)
{
    QString allText;
    for (const Article &a : result.corpus.articles)
        allText += a.text() + u'\n';
    for (const Quote &q : result.quotes) {
        const auto problem = [&q](const QString &what) { return q.id + QStringLiteral(": ") + what; };
        if (q.article < 0 || q.article >= result.corpus.articles.size())
            return problem(QStringLiteral("no such article"));
        const Article &a = result.corpus.articles.at(q.article);
        if (q.text.isEmpty())
            return problem(QStringLiteral("empty text"));
        if (a.slice(q.span).toString() != q.text)
            return problem(QStringLiteral("the span holds \"%1\", not the quote").arg(a.slice(q.span)));
        if (a.isBoilerplate(q.span))
            return problem(QStringLiteral("in boilerplate"));
        if (q.text.startsWith(QStringLiteral("s ")))
            return problem(QStringLiteral("cut after an apostrophe"));
        const CodePointMap map(a.text());
        if (map.toUtf16(map.toCodePoint(q.span.start)) != q.span.start)
            return problem(QStringLiteral("starts inside a character"));
        if (q.speaker.isEmpty()) {
            if (q.rule != AttributionRule::None)
                return problem(QStringLiteral("an attribution rule without a speaker"));
            continue;
        }
        if (!allText.contains(q.speaker.split(u' ').constLast()))
            return problem(QStringLiteral("speaker \"%1\" is named nowhere").arg(q.speaker));
        if (q.kind != QuoteKind::Term && q.statement.isEmpty())
            return problem(QStringLiteral("attributed but in no statement"));
    }
    return {};
}

QStringList TestSupport::alignmentRows(const QList<AlignmentColumn> &columns)
{
    QStringList rows;
    rows.reserve(columns.size());
    for (const AlignmentColumn &column : columns) {
        QStringList cells;
        for (const QString &cell : column.cells)
            cells.append(cell.isNull() ? QStringLiteral("-") : cell);
        rows.append(cells.join(u'|') + u' ' + diffKindName(column.kind));
    }
    return rows;
}
