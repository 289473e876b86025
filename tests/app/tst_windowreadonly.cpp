// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotations/annotationstore.h"
#include "annotations/eventedit.h"
#include "document/projectdocument.h"
#include "mainwindow.h"
#include "storage/projectstore.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

namespace
{
// Set in the child process that runs inside the read-only mount: the project to open there.
const char *const projectVariable = "PARALLAX_READONLY_PROJECT";

int runParallax(const QStringList &arguments)
{
    QProcess p;
    p.start(TestSupport::parallaxBinary(), arguments);
    return p.waitForFinished(120000) && p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}
}

// A project in a folder nobody may write (a share, a read-only medium) opens in the window for
// reading: its analysis (from its cache) and annotations are shown, the title says read-only, and an
// edit is refused with one message that says why. Root ignores folder permissions, so the folder is
// made read-only by a bind mount in a private mount namespace, where this test runs itself again.
class TestWindowReadOnly : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void opensAProjectInAReadOnlyFolder()
    {
        if (qEnvironmentVariableIsSet(projectVariable)) {
            checkReadOnlyProject(qEnvironmentVariable(projectVariable));
            return;
        }
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString folder = dir.filePath(QStringLiteral("share"));
        const QString corpus = folder + QStringLiteral("/corpus");
        QVERIFY(QDir().mkpath(corpus));
        QFile article(corpus + QStringLiteral("/harbour.txt"));
        QVERIFY(article.open(QIODevice::WriteOnly));
        article.write("The harbour board met on Tuesday. “We will dredge the channel in spring,” the harbour master "
                      "said.\n");
        article.close();
        const QString project = folder + QStringLiteral("/harbour.parallax");
        QCOMPARE(runParallax({ QStringLiteral("new-project"), corpus, QStringLiteral("-o"), project }), 0);
        QCOMPARE(runParallax({ QStringLiteral("annotate"), project, QStringLiteral("--article"),
                     QStringLiteral("harbour"), QStringLiteral("--start"), QStringLiteral("4"), QStringLiteral("--end"),
                     QStringLiteral("16"), QStringLiteral("--category"), QStringLiteral("other"),
                     QStringLiteral("--note"), QStringLiteral("kept") }),
            0);
        {
            // Opened for writing once where it was made, so that its cache holds this process' analysis.
            MainWindow window;
            QSignalSpy shown(window.document(), &ProjectDocument::analysisChanged);
            window.openPath(project);
            QVERIFY(shown.wait(120000));
            QVERIFY(!window.document()->project()->isReadOnly());
            QVERIFY(!window.windowTitle().contains(QStringLiteral("read-only")));
            window.document()->waitForCacheWrite();
        }
        QFile file(project);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray before = file.readAll();
        file.close();

        const QStringList unshare
            = geteuid() == 0 ? QStringList { QStringLiteral("-m") } : QStringList { QStringLiteral("-rm") };
        QProcess probe;
        probe.start(QStringLiteral("unshare"), unshare + QStringList { QStringLiteral("true") });
        if (!probe.waitForFinished() || probe.exitCode() != 0)
            QSKIP("mount namespaces are not available here (unshare -m failed)");

        QProcess child;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QLatin1String(projectVariable), project);
        child.setProcessEnvironment(environment);
        child.setProcessChannelMode(QProcess::MergedChannels);
        const QString script = QStringLiteral("mount --bind '%1' '%1' && mount -o remount,bind,ro '%1' && exec \"$0\" "
                                              "opensAProjectInAReadOnlyFolder")
                                   .arg(folder);
        child.start(QStringLiteral("unshare"),
            unshare
                + QStringList {
                    QStringLiteral("sh"), QStringLiteral("-c"), script, QCoreApplication::applicationFilePath() });
        QVERIFY(child.waitForFinished(240000));
        const QByteArray output = child.readAll();
        QVERIFY2(child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0, output.constData());
        QVERIFY2(output.contains("PASS   : TestWindowReadOnly::opensAProjectInAReadOnlyFolder()"), output.constData());

        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), before);
    }

private:
    // Inside the read-only mount.
    void checkReadOnlyProject(const QString &project)
    {
        QCOMPARE(ProjectStore::modeFor(project), ProjectStore::Mode::ReadOnly);
        {
            MainWindow window;
            QSignalSpy shown(window.document(), &ProjectDocument::analysisChanged);
            QSignalSpy errors(window.document(), &ProjectDocument::errorOccurred);
            window.openPath(project);
            QVERIFY(shown.wait(120000));
            QVERIFY(window.document()->project());
            QVERIFY(window.document()->project()->isReadOnly());
            QVERIFY2(window.windowTitle().contains(QStringLiteral("read-only")), qPrintable(window.windowTitle()));
            QVERIFY2(window.statusBar()->currentMessage().contains(QStringLiteral("read-only")),
                qPrintable(window.statusBar()->currentMessage()));
            // The project's cache is read where it is; nothing was analysed again, nothing written.
            QCOMPARE(window.document()->job()->cacheMisses(), 0);
            QCOMPARE(window.document()->job()->cacheHits(), 1);
            QCOMPARE(window.document()->annotations()->annotations().size(), 1);
            QCOMPARE(window.document()->annotations()->annotations().constFirst().note, QStringLiteral("kept"));
            QVERIFY(!window.document()->result()->quotes.isEmpty());
            window.document()->waitForCacheWrite();
            QCOMPARE(errors.count(), 0);
        }
        // Edits are refused, each with one message naming the file and why (the window shows it).
        ProjectDocument document;
        QSignalSpy shown(&document, &ProjectDocument::analysisChanged);
        QSignalSpy errors(&document, &ProjectDocument::errorOccurred);
        document.open(project);
        QVERIFY(shown.wait(120000));
        QCOMPARE(errors.count(), 0);
        QVERIFY(!document.ensureProject());
        QCOMPARE(errors.count(), 1);
        QVERIFY(!document.addEventEdit({}));
        QCOMPARE(errors.count(), 2);
        const QString id = document.annotations()->annotations().constFirst().id;
        QVERIFY(!document.annotations()->remove(id).ok());
        QCOMPARE(errors.count(), 3);
        for (const QList<QVariant> &error : std::as_const(errors)) {
            const QString message = error.constFirst().value<DocumentError>().error.message;
            QVERIFY2(message.contains(QStringLiteral("harbour.parallax is open read-only")), qPrintable(message));
            QVERIFY2(message.contains(QStringLiteral("Save Project As")), qPrintable(message));
        }
        QCOMPARE(document.annotations()->annotations().size(), 1);
    }
};

QTEST_MAIN(TestWindowReadOnly)
#include "tst_windowreadonly.moc"
