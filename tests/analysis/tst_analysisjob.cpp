// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/analysisjob.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QThreadPool>

#include <atomic>
#include <memory>

// The background job that loads and analyses a corpus folder for the window.
class TestAnalysisJob : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // Once the job has handed its result over it holds no reference to it: whoever took it decides
    // where the (possibly very large) analysis is freed, and the job lives on for the next load.
    void keepsNoReferenceToAHandedOverResult()
    {
        QTemporaryDir corpus;
        QVERIFY(corpus.isValid());
        QFile article(corpus.filePath(QStringLiteral("harbour.txt")));
        QVERIFY(article.open(QIODevice::WriteOnly));
        article.write("Orlen harbour reopens\n\nThe harbour at Orlen reopened on Monday, the port authority said. "
                      "\"We are open for business again,\" said Mira Dalsgaard, its director.\n");
        article.close();

        AnalysisJob job;
        QSignalSpy finished(&job, &AnalysisJob::finished);
        job.start(corpus.path());
        QVERIFY(finished.wait(60000));
        std::weak_ptr<const AnalysisResult> handedOver;
        {
            const auto result = finished.takeFirst().at(0).value<AnalysisResultPtr>();
            QVERIFY(result);
            QCOMPARE(result->corpus.articles.size(), 1);
            handedOver = result;
        }
        QVERIFY(handedOver.expired());
        QVERIFY(!job.isRunning());
    }

    // The job waits for the loader's and the analyzer's work on the global pool from a thread of its own: from
    // one of the pool's, it left that work one thread fewer than the pool has (one core of two).
    void loadsOnEveryThreadOfThePool()
    {
        QThreadPool::globalInstance()->setMaxThreadCount(2);
        QTemporaryDir corpus;
        QVERIFY(corpus.isValid());
        for (int i = 0; i < 6; ++i) {
            QFile article(corpus.filePath(QStringLiteral("ferry%1.txt").arg(i)));
            QVERIFY(article.open(QIODevice::WriteOnly));
            article.write("Ferry to Varn resumes\n\nThe ferry to Varn sailed again on Friday.\n");
        }
        std::atomic_int inFlight = 0;
        std::atomic_int most = 0;
        AnalysisJob::CacheHooks hooks;
        hooks.cachedFile = [&](const QString &, const QByteArray &) -> std::optional<ArticleBuilder::Built> {
            const int now = ++inFlight;
            int seen = most.load();
            while (now > seen && !most.compare_exchange_weak(seen, now)) { }
            QThread::msleep(100);
            --inFlight;
            return std::nullopt;
        };
        AnalysisJob job;
        QSignalSpy finished(&job, &AnalysisJob::finished);
        job.start(corpus.path(), hooks);
        QVERIFY(finished.wait(60000));
        QCOMPARE(most.load(), 2);
    }
};

QTEST_GUILESS_MAIN(TestAnalysisJob)
#include "tst_analysisjob.moc"
