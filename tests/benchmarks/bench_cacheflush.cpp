// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Writing the analysis cache after the first open of a large corpus, on a worker as the window does:
// what it costs the calling (GUI) thread, how long the write takes, and how long the project's own
// writes wait meanwhile; then a second open served from the cache. PARALLAX_BENCH_ARTICLES
// overrides the count (3,000).
#include "analysis/analyzer.h"
#include "corpus/corpusloader.h"
#include "storage/analysiscache.h"
#include "storage/projectstore.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QtConcurrent/QtConcurrentRun>

namespace
{
const QStringList people { QStringLiteral("Maria Alvarez"), QStringLiteral("Tom Becker"), QStringLiteral("Ana Costa"),
    QStringLiteral("Mr. Smith") };
const QStringList places { QStringLiteral("Geneva"), QStringLiteral("Nairobi"), QStringLiteral("Oslo"),
    QStringLiteral("Lima") };

QString sentence(QRandomGenerator &rng)
{
    const auto pick = [&rng](const QStringList &list) { return list.at(int(rng.bounded(int(list.size())))); };
    switch (rng.bounded(5)) {
    case 0:
        return QStringLiteral("On %1 March 2024, %2 met officials in %3 for talks that ended without a deal.")
            .arg(QString::number(1 + rng.bounded(28)), pick(people), pick(places));
    case 1:
        return QStringLiteral("\u201cWe are open to dialogue, but not at any price,\u201d %1 told reporters.")
            .arg(pick(people));
    case 2:
        return QStringLiteral("Two days later, %1 announced a second round of talks in %2.")
            .arg(pick(people), pick(places));
    case 3:
        return QStringLiteral("Analysts say the relationship has changed a great deal since 2019.");
    default:
        return QStringLiteral("The meeting was described as historic, but it led to no further breakthroughs.");
    }
}

QString article(QRandomGenerator &rng, int n)
{
    QString text = QStringLiteral("Leaders weigh a new summit, report %1\n\nBy Jane Doe\n\n12 March 2024\n\n").arg(n);
    for (int p = 0; p < 10; ++p) {
        for (int s = 0, count = 3 + int(rng.bounded(3)); s < count; ++s)
            text += (s ? QStringLiteral(" ") : QString()) + sentence(rng);
        text += QStringLiteral("\n\n");
    }
    return text;
}
}

class BenchCacheFlush : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_project;
    Corpus m_corpus;

private Q_SLOTS:
    void initTestCase()
    {
        const int count = qEnvironmentVariableIsSet("PARALLAX_BENCH_ARTICLES")
            ? qEnvironmentVariableIntValue("PARALLAX_BENCH_ARTICLES")
            : 3000;
        const QString corpus = m_dir.filePath(QStringLiteral("corpus"));
        QRandomGenerator rng(7);
        for (int i = 0; i < count; ++i) {
            const QString path
                = QStringLiteral("%1/outlet%2/%3.txt").arg(corpus).arg(i % 20).arg(i, 5, 10, QLatin1Char('0'));
            QDir().mkpath(QFileInfo(path).absolutePath());
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(article(rng, i).toUtf8());
        }
        const CorpusLoader::Result loaded = CorpusLoader::load(corpus);
        QVERIFY(loaded.ok());
        m_corpus = loaded.corpus;
        m_project = m_dir.filePath(QStringLiteral("bench.parallax"));
        QVERIFY(ProjectStore::create(m_project, corpus).ok());
    }

    void firstOpenThenReopen()
    {
        QStringList ids;
        for (const Article &a : std::as_const(m_corpus.articles))
            ids.append(a.id);
        for (const bool first : { true, false }) {
            auto project = ProjectStore::open(m_project);
            QVERIFY(project.ok());
            AnalysisCache cache(*project.value());
            Analyzer::Options options;
            cache.install(options);
            QElapsedTimer timer;
            timer.start();
            QVERIFY(Analyzer::run(m_corpus, options));
            const qint64 analysed = timer.restart();
            // As the window does: the write goes to a worker, and the calling (GUI) thread keeps
            // writing to the project meanwhile (every 10 ms, far more often than an analyst would).
            QFuture<Error> written = QtConcurrent::run([&cache, &ids] { return cache.flush(&ids); });
            const qint64 dispatched = timer.elapsed();
            int writes = 0;
            qint64 longestWrite = 0;
            while (!written.isFinished()) {
                QElapsedTimer write;
                write.start();
                QVERIFY(project.value()->setMetaValue(QStringLiteral("bench"), QString::number(writes++)).ok());
                longestWrite = std::max(longestWrite, write.elapsed());
                QThread::msleep(10);
            }
            QVERIFY(written.result().ok());
            const qint64 flushed = timer.elapsed();
            qInfo("%s: %lld articles, analysis %lld ms (%d from the cache); cache write on a worker: %lld ms on the "
                  "calling thread, %lld ms in all, %d project writes meanwhile (longest %lld ms); project %.1f MB",
                first ? "first open" : "reopen", qint64(ids.size()), analysed, cache.hits(), dispatched, flushed,
                writes, longestWrite, double(QFileInfo(m_project).size()) / (1024.0 * 1024.0));
            if (first)
                QCOMPARE(cache.hits(), 0);
            else
                QCOMPARE(cache.hits(), int(ids.size()));
        }
    }
};

QTEST_GUILESS_MAIN(BenchCacheFlush)
#include "bench_cacheflush.moc"
