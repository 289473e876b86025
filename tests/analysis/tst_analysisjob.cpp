// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/analysisjob.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

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
};

QTEST_GUILESS_MAIN(TestAnalysisJob)
#include "tst_analysisjob.moc"
