// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/dumpwriter.h"

#include "testsupport.h"

#include <QJsonDocument>
#include <QStandardPaths>
#include <QTest>

// An integration test: the whole analysis on the sample corpus (real web pages, ../shared/corpus), where
// page furniture, apostrophes and odd marks meet. What each step finds is tested on the project's invented
// corpora (tests/data/, tst_goldendump, and the tests of each layer); here only what must hold of any result.
class TestSampleAnalysis : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        const AnalysisResult &r = TestSupport::sampleAnalysis();
        QVERIFY(!r.corpus.articles.isEmpty());
        QVERIFY(!r.quotes.isEmpty());
        QVERIFY(!r.statements.isEmpty());
        QVERIFY(!r.events.isEmpty());
    }

    void quotesAreWhereTheySay()
    {
        const QString problem = TestSupport::quoteInvariantProblem(TestSupport::sampleAnalysis());
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void statementsHoldTheirQuotes()
    {
        const AnalysisResult &r = TestSupport::sampleAnalysis();
        for (const Statement &s : r.statements) {
            QVERIFY(!s.quotes.isEmpty());
            QVERIFY(s.quotes.contains(s.reference));
            QCOMPARE(s.similarity.size(), s.quotes.size());
            for (const AlignmentColumn &c : s.alignment)
                QCOMPARE(c.cells.size(), s.quotes.size());
            for (const QString &id : s.quotes)
                QCOMPARE(r.quotes.at(r.quoteIndex(id)).statement, s.id);
        }
    }

    void eventMentionsAreInTheirArticles()
    {
        const AnalysisResult &r = TestSupport::sampleAnalysis();
        for (const Event &e : r.events) {
            QVERIFY(!e.mentions.isEmpty());
            QVERIFY2(!e.start.isValid() || !e.end.isValid() || e.start <= e.end, qPrintable(e.id));
            for (const EventMention &m : e.mentions) {
                QVERIFY(m.article >= 0 && m.article < r.corpus.articles.size());
                const Article &a = r.corpus.articles.at(m.article);
                QVERIFY2(
                    m.span.start >= 0 && m.span.start < m.span.end && m.span.end <= a.text().size(), qPrintable(e.id));
                QVERIFY2(!a.isBoilerplate(m.span), qPrintable(e.id));
            }
        }
    }

    void dumpIsJson()
    {
        QJsonParseError error;
        QJsonDocument::fromJson(DumpWriter::toBytes(TestSupport::sampleAnalysis()), &error);
        QCOMPARE(error.errorString(), QJsonParseError().errorString());
    }
};

QTEST_GUILESS_MAIN(TestSampleAnalysis)
#include "tst_sampleanalysis.moc"
