// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/warningspanel.h"
#include "document/projectdocument.h"
#include "mainwindow.h"
#include "storage/projectstore.h"
#include "widgettestsupport.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using WidgetTestSupport::part;

// What the analyst sees when an open fails: the problem once, in one place, never a second dialog
// for the same failure.
class TestWindowErrors : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void aFailedOpenIsShownOnce_data()
    {
        QTest::addColumn<QString>("setup");
        QTest::addColumn<int>("dialogs");
        QTest::addColumn<int>("warnings");
        QTest::addColumn<QString>("words");
        // A project that cannot be opened is a dialog; a corpus that cannot be read, a load warning.
        QTest::newRow("not a project") << QStringLiteral("garbage") << 1 << 0
                                       << QStringLiteral("not a Parallax project");
        QTest::newRow("annotations unreadable") << QStringLiteral("no annotations table") << 1 << 0 << QString();
        QTest::newRow("no corpus folder")
            << QStringLiteral("missing") << 0 << 1 << QStringLiteral("not a corpus folder");
    }

    void aFailedOpenIsShownOnce()
    {
        QFETCH(QString, setup);
        QFETCH(int, dialogs);
        QFETCH(int, warnings);
        QFETCH(QString, words);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QString path = dir.filePath(QStringLiteral("notes.parallax"));
        if (setup == QLatin1String("garbage")) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("not a database");
        } else if (setup == QLatin1String("no annotations table")) {
            const QString corpus = dir.filePath(QStringLiteral("corpus"));
            QVERIFY(QDir().mkpath(corpus));
            auto project = ProjectStore::create(path, corpus);
            QVERIFY(project.ok());
            QSqlDatabase db = project.value()->database();
            QVERIFY(QSqlQuery(db).exec(QStringLiteral("DROP TABLE annotations")));
        } else {
            path = dir.filePath(QStringLiteral("nowhere/article.txt"));
        }

        MainWindow w;
        const WidgetTestSupport::MessageBoxCollector boxes;
        w.openPath(path);
        // The project's validation and the load run in the background; their failure comes back through the
        // event loop.
        QTRY_VERIFY_WITH_TIMEOUT(!w.document()->isOpeningProject(), 60000);
        QTest::qWait(300);
        const QStringList shown = boxes.texts();
        QCOMPARE(shown.size(), dialogs);
        auto *panel = part<WarningsPanel>(w, "warningsPanel");
        QVERIFY(panel);
        QCOMPARE(panel->count(), warnings);
        if (!words.isEmpty() && dialogs > 0)
            QVERIFY2(shown.constFirst().contains(words), qPrintable(shown.constFirst()));
        QVERIFY(!w.document()->project());
        QVERIFY(!w.document()->result());
    }
};

QTEST_MAIN(TestWindowErrors)
#include "tst_windowerrors.moc"
