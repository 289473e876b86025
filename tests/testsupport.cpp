// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"

#include "analysis/analyzer.h"
#include "corpus/articlebuilder.h"
#include "corpus/corpusloader.h"

#include <QDir>
#include <QTextBoundaryFinder>

QString TestSupport::sampleCorpusPath()
{
    // ctest sets the variable; a benchmark run by hand finds the folder the build was configured with.
    const QString path = qEnvironmentVariable("PARALLAX_SAMPLE_CORPUS", QStringLiteral(PARALLAX_DEFAULT_SAMPLE_CORPUS));
    return QDir::cleanPath(path);
}

QString TestSupport::testDataPath(const QString &relative)
{
    return QDir::cleanPath(qEnvironmentVariable("PARALLAX_TEST_DATA") + QLatin1Char('/') + relative);
}

QString TestSupport::parallaxBinary()
{
    return qEnvironmentVariable("PARALLAX_BINARY");
}

Article TestSupport::makeArticle(const QString &text, const QDate &published, const QString &id, bool firstIsTitle)
{
    Article article;
    article.id = id;
    article.file = id + QStringLiteral(".txt");
    article.text = text;
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
    for (const TextSpan &p : std::as_const(article.paragraphs)) {
        QTextBoundaryFinder finder(QTextBoundaryFinder::Sentence, text.constData() + p.start, p.length());
        int prev = 0;
        while (finder.toNextBoundary() > 0) {
            const int b = int(finder.position());
            if (b > prev)
                article.sentences.append({ p.start + prev, p.start + b });
            prev = b;
        }
    }
    if (firstIsTitle && !article.paragraphs.isEmpty()) {
        article.headings.append(article.paragraphs.constFirst());
        article.title = article.slice(article.paragraphs.constFirst()).toString();
    }
    return article;
}

const AnalysisResult &TestSupport::sampleAnalysis()
{
    static const AnalysisResult result = [] {
        CorpusLoader::Result loaded = CorpusLoader::load(sampleCorpusPath());
        if (!loaded.ok())
            qFatal("cannot load the sample corpus at %s: %s", qPrintable(sampleCorpusPath()), qPrintable(loaded.error));
        return Analyzer::run(std::move(loaded.corpus));
    }();
    return result;
}
