// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/documentselection.h"
#include "document/projectdocument.h"
#include "syntheticanalysis.h"

#include <QSemaphore>
#include <QSignalSpy>
#include <QTest>
#include <QThreadPool>

#include <memory>

// The analyst's selection in a document, which the views follow: each change is said once, a repeat
// is not said again (so a view that hears back what it set does nothing twice), and a new analysis
// or a closed document forgets it.
class TestDocumentSelection : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // The text selection belongs to the current article: another article, or clear(), forgets it.
    void textSpanBelongsToTheArticle()
    {
        DocumentSelection selection;
        QSignalSpy changed(&selection, &DocumentSelection::textSpanChanged);
        selection.setCurrentArticle(QStringLiteral("alpha/one"));
        selection.setTextSpan({ 4, 12 });
        selection.setTextSpan({ 4, 12 });
        QCOMPARE(changed.count(), 1);
        QCOMPARE(selection.textSpan(), (TextSpan { 4, 12 }));
        selection.setCurrentArticle(QStringLiteral("alpha/one"));
        QCOMPARE(selection.textSpan(), (TextSpan { 4, 12 }));
        selection.setCurrentArticle(QStringLiteral("beta/two"));
        QVERIFY(selection.textSpan().isEmpty());
        selection.setTextSpan({ 1, 3 });
        selection.clear();
        QVERIFY(selection.textSpan().isEmpty());
        QCOMPARE(changed.count(), 4);
    }

    void eachChangeIsSaidOnce_data()
    {
        QTest::addColumn<QString>("item");
        QTest::newRow("article") << QStringLiteral("article");
        QTest::newRow("event") << QStringLiteral("event");
        QTest::newRow("statement") << QStringLiteral("statement");
    }

    void eachChangeIsSaidOnce()
    {
        QFETCH(QString, item);
        DocumentSelection selection;
        std::unique_ptr<QSignalSpy> changed;
        std::function<void(const QString &)> set;
        std::function<QString()> current;
        if (item == QLatin1String("article")) {
            changed = std::make_unique<QSignalSpy>(&selection, &DocumentSelection::currentArticleChanged);
            set = [&selection](const QString &id) { selection.setCurrentArticle(id); };
            current = [&selection] { return selection.currentArticle(); };
        } else if (item == QLatin1String("event")) {
            changed = std::make_unique<QSignalSpy>(&selection, &DocumentSelection::currentEventChanged);
            set = [&selection](const QString &id) { selection.setCurrentEvent(id); };
            current = [&selection] { return selection.currentEvent(); };
        } else {
            changed = std::make_unique<QSignalSpy>(&selection, &DocumentSelection::currentStatementChanged);
            set = [&selection](const QString &id) { selection.setCurrentStatement(id); };
            current = [&selection] { return selection.currentStatement(); };
        }
        set(QStringLiteral("x1"));
        set(QStringLiteral("x1"));
        QCOMPARE(changed->count(), 1);
        QCOMPARE(changed->at(0).at(0).toString(), QStringLiteral("x1"));
        QCOMPARE(current(), QStringLiteral("x1"));
        set(QStringLiteral("x2"));
        QCOMPARE(changed->count(), 2);
        selection.clear();
        QCOMPARE(changed->count(), 3);
        QCOMPARE(current(), QString());
        selection.clear();
        QCOMPARE(changed->count(), 3);
    }

    void requestsNameWhatToShow()
    {
        DocumentSelection selection;
        QSignalSpy quotes(&selection, &DocumentSelection::quoteRequested);
        QSignalSpy spans(&selection, &DocumentSelection::spanRequested);
        selection.showQuote(QStringLiteral("a1#q2"));
        selection.showQuote(QString());
        selection.showSpan(QStringLiteral("a1"), { 4, 9 });
        selection.showSpan(QString(), { 4, 9 });
        QCOMPARE(quotes.count(), 1);
        QCOMPARE(quotes.at(0).at(0).toString(), QStringLiteral("a1#q2"));
        QCOMPARE(spans.count(), 1);
        QCOMPARE(spans.at(0).at(0).toString(), QStringLiteral("a1"));
        QCOMPARE(spans.at(0).at(1).value<TextSpan>(), (TextSpan { 4, 9 }));
    }

    void aNewAnalysisOrACloseForgetsIt()
    {
        ProjectDocument document;
        DocumentSelection *selection = document.selection();
        document.setAnalysis(SyntheticAnalysis::make());
        selection->setCurrentEvent(QStringLiteral("e3"));
        selection->setCurrentStatement(QStringLiteral("s1"));
        document.setAnalysis(SyntheticAnalysis::make());
        QCOMPARE(selection->currentEvent(), QString());
        QCOMPARE(selection->currentStatement(), QString());
        selection->setCurrentArticle(QStringLiteral("alpha/one"));
        document.close();
        QCOMPARE(selection->currentArticle(), QString());
    }

    // The document lets go of an analysis on a worker: the GUI thread does not free a large corpus.
    void aClosedAnalysisIsFreedOnAWorker()
    {
        ProjectDocument document;
        std::weak_ptr<const AnalysisResult> analysis;
        {
            const AnalysisResultPtr shown = SyntheticAnalysis::make();
            analysis = shown;
            document.setAnalysis(shown);
        }
        // Every worker busy: the analysis can be freed only when one is free again.
        QThreadPool *pool = QThreadPool::globalInstance();
        const int workers = pool->maxThreadCount();
        // Shared, not on this stack: a worker may reach its acquire only after the test has returned.
        const auto started = std::make_shared<QSemaphore>();
        const auto hold = std::make_shared<QSemaphore>();
        for (int i = 0; i < workers; ++i) {
            pool->start([started, hold] {
                started->release();
                hold->acquire();
            });
        }
        started->acquire(workers);
        document.close();
        QVERIFY(!analysis.expired());
        hold->release(workers);
        QTRY_VERIFY(analysis.expired());
    }
};

QTEST_MAIN(TestDocumentSelection)
#include "tst_documentselection.moc"
