// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotations/anchorresolver.h"
#include "annotations/annotatedialog.h"
#include "annotations/annotationpanel.h"
#include "annotations/annotationstore.h"
#include "annotations/annotationtable.h"
#include "articleview/articleview.h"
#include "document/projectdocument.h"
#include "mainwindow.h"
#include "projectsession.h"
#include "storage/projectstore.h"
#include "testsupport.h"
#include "widgettestsupport.h"

#include <QApplication>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>

// The window with a project: opened from a .parallax file, title, panel, annotating a selection.
class TestProjectSession : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void opensAProjectAndAnnotatesASelection()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("study.parallax"));
        const QString corpus = TestSupport::fixtureCorpus(QStringLiteral("attribution"));
        const Article &article = TestSupport::fixtureAnalysis(QStringLiteral("attribution")).corpus.articles.at(1);
        {
            auto project = ProjectStore::create(path, corpus);
            QVERIFY2(project.ok(), qPrintable(project.error().message));
            AnnotationStore store;
            QVERIFY(store.setProject(project.value().get()).ok());
            Annotation a = Annotation::create(
                AnnotationCategory::WordsOmitted, QStringLiteral("from the CLI"), QStringLiteral("Ana"));
            a.anchors.append({ article.outlet, AnchorResolver::makeTarget(article, { 10, 30 }) });
            QVERIFY(store.add(a).ok());
        }

        MainWindow window;
        QSignalSpy results(window.document(), &ProjectDocument::analysisChanged);
        window.show();
        window.openPath(path);
        QVERIFY(results.wait(120000));
        auto *session = window.findChild<ProjectSession *>(QStringLiteral("projectSession"));
        QVERIFY(window.document()->project());
        QVERIFY(window.windowTitle().contains(QStringLiteral("study.parallax")));
        QCOMPARE(session->panel()->view()->model()->rowCount(), 1);
        // The window holds the project: a second writer is refused.
        QCOMPARE(ProjectStore::open(path).error().code, Error::Code::Locked);

        // Select words in the article view and annotate them; the dialog is accepted as the analyst would.
        session->panel()->view()->clearSelection();
        session->panel()->view()->setCurrentIndex({});
        auto *articles = window.findChild<ArticleView *>(QStringLiteral("articleView"));
        QVERIFY(articles);
        articles->showArticle(window.document()->result()->corpus.articles.at(1).id);
        QTextCursor cursor = articles->textEdit()->textCursor();
        cursor.setPosition(40);
        cursor.setPosition(60, QTextCursor::KeepAnchor);
        articles->textEdit()->setTextCursor(cursor);
        QTimer::singleShot(0, this, [] {
            if (auto *dialog = qobject_cast<AnnotateDialog *>(QApplication::activeModalWidget()))
                dialog->accept();
        });
        session->annotateSelection();
        QCOMPARE(window.document()->annotations()->count(), 2);

        const QString png = QDir::temp().filePath(QStringLiteral("parallax-project-window.png"));
        QVERIFY(window.grab().save(png));

        auto reader = ProjectStore::open(path, ProjectStore::Mode::ReadOnly);
        QVERIFY(reader.ok());
        QSqlDatabase db = reader.value()->database();
        auto stored = AnnotationTable::loadAll(db);
        QVERIFY(stored.ok());
        QCOMPARE(stored.value().size(), 2);
        const AnnotationTarget &t = stored.value().at(1).anchors.at(0).target;
        QCOMPARE(t.articleId, article.id);
        QCOMPARE(t.position, (TextPositionSelector { 40, 60 }));
        QCOMPARE(t.quote.exact, article.text().mid(40, 20));
    }

    void refusesADamagedProjectWithAMessage()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("notes.parallax"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not a database");
        file.close();
        MainWindow window;
        const WidgetTestSupport::MessageBoxCollector boxes;
        window.openPath(path);
        QTRY_VERIFY_WITH_TIMEOUT(!window.document()->isOpeningProject(), 60000);
        const QString shown = boxes.texts().value(0);
        QVERIFY2(shown.contains(QStringLiteral("not a Parallax project")), qPrintable(shown));
        QVERIFY(!window.document()->project());
    }
};

QTEST_MAIN(TestProjectSession)
#include "tst_projectsession.moc"
