// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "corpus/articlebuilder.h"
#include "corpus/corpusloader.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTest>

#include <algorithm>

// An integration test: the sample corpus (real web pages, ../shared/corpus) loaded as a whole. The units
// of loading are tested on the project's invented corpora (tst_corpusloader, tst_boilerplatedetector).
class TestSampleCorpus : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    // Everything its corpus.json says arrives, and every title is the first line that is not page furniture.
    // Exact titles and bylines are compared on the invented corpora of tst_corpusloader.
    void loadsEverything()
    {
        const CorpusLoader::Result result = CorpusLoader::load(TestSupport::sampleCorpusPath());
        QVERIFY2(result.ok(), qPrintable(result.error.message));
        const Corpus &corpus = result.corpus;
        QFile manifestFile(TestSupport::sampleCorpusPath() + QStringLiteral("/corpus.json"));
        QVERIFY(manifestFile.open(QIODevice::ReadOnly));
        const QJsonObject manifest = QJsonDocument::fromJson(manifestFile.readAll()).object();
        const QJsonArray entries = manifest.value(QLatin1String("articles")).toArray();
        QVERIFY(!manifest.value(QLatin1String("name")).toString().isEmpty());
        QCOMPARE(corpus.name, manifest.value(QLatin1String("name")).toString());
        QVERIFY(corpus.warnings.isEmpty());
        QCOMPARE(corpus.articles.size(), entries.size());
        int bylineDates = 0;
        for (qsizetype i = 0; i < corpus.articles.size(); ++i) {
            const Article &a = corpus.articles.at(i);
            const QJsonObject entry = entries.at(i).toObject();
            const auto field = [&entry](const char *key) { return entry.value(QLatin1String(key)).toString(); };
            QCOMPARE(a.file, field("file"));
            QCOMPARE(a.id, QFileInfo(field("file")).completeBaseName());
            QCOMPARE(a.outlet, field("outlet"));
            QCOMPARE(a.url, field("url"));
            if (!field("author").isEmpty())
                QCOMPARE(a.author, field("author"));
            else if (!a.author.isEmpty())
                QVERIFY2(a.text().contains(a.author), qPrintable(a.author));
            if (!field("published").isEmpty()) {
                QCOMPARE(a.published, QDate::fromString(field("published"), Qt::ISODate));
                QCOMPARE(a.publishedBasis, PublishedBasis::Manifest);
            }
            bylineDates += a.publishedBasis == PublishedBasis::Byline && a.published.isValid();
            QVERIFY(!a.text().contains(u'\r'));
            QCOMPARE(a.contentHash, ArticleBuilder::contentHash(a.text()));
            QVERIFY(a.paragraphs.size() > 10);
            QVERIFY(a.sentences.size() > 10);
            QVERIFY(std::is_sorted(a.paragraphs.cbegin(), a.paragraphs.cend()));
            QVERIFY(std::is_sorted(a.sentences.cbegin(), a.sentences.cend()));
            // The title line is a heading, and no heading is boilerplate.
            QVERIFY(!a.headings.isEmpty());
            for (const TextSpan &h : a.headings)
                QVERIFY(!a.isBoilerplate(h));
            // The title: corpus.json's where it gives one, else the first paragraph that is not furniture.
            const auto firstContent = std::find_if(
                a.paragraphs.cbegin(), a.paragraphs.cend(), [&a](const TextSpan &p) { return !a.isBoilerplate(p); });
            QVERIFY(firstContent != a.paragraphs.cend());
            QCOMPARE(a.headings.constFirst(), *firstContent);
            QCOMPARE(a.title, field("title").isEmpty() ? a.slice(*firstContent).toString() : field("title"));
        }
        // One page dates itself only in its byline.
        QCOMPARE(bylineDates, 1);
    }

    // Furniture is found in every article, the title line never is, and nothing flagged reaches analysis.
    // How much is flagged per article was checked by eye; the texts themselves are compared on the invented
    // corpus of tst_boilerplatedetector. (The last article's three photo captions each stand twice in the file,
    // the image's alt text and the caption: each is read once, and so is its credit.)
    void boilerplate()
    {
        const CorpusLoader::Result loaded = CorpusLoader::load(TestSupport::sampleCorpusPath());
        QVERIFY2(loaded.ok(), qPrintable(loaded.error.message));
        QList<qsizetype> counts;
        for (const Article &article : loaded.corpus.articles) {
            counts.append(article.boilerplate.size());
            QVERIFY(!article.headings.isEmpty());
            QVERIFY(!article.isBoilerplate(article.headings.constFirst()));
            for (const TextSpan &sentence : article.sentences)
                QVERIFY(!article.isBoilerplate(sentence));
        }
        QCOMPARE(counts, (QList<qsizetype> { 4, 11, 1, 14, 7 }));
    }
};

QTEST_GUILESS_MAIN(TestSampleCorpus)
#include "tst_samplecorpus.moc"
