// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/projectdocument.h"
#include "storage/corpuslocation.h"
#include "storage/projectstore.h"

#include <QDir>
#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

// A project file from someone else can name any folder as its corpus ("../../etc"): a folder outside
// the project's own folder is read only once this user chose it for the project, and the window asks
// before reading it.
class TestCorpusLocation : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        for (const char *folder : { "share/corpus", "share/corpus/nested", "elsewhere" })
            QVERIFY(QDir().mkpath(m_dir.filePath(QLatin1String(folder))));
        QVERIFY(QFile::link(m_dir.filePath(QStringLiteral("elsewhere")), m_dir.filePath(QStringLiteral("share/link"))));
        QFile article(m_dir.filePath(QStringLiteral("elsewhere/ferry.txt")));
        QVERIFY(article.open(QIODevice::WriteOnly));
        article.write("The ferry resumed service on Friday, the operator said.\n");
    }

    void init() { QSettings().clear(); }

    void mayRead_data()
    {
        QTest::addColumn<QString>("corpus"); // relative to the temporary folder
        QTest::addColumn<bool>("mayRead");
        QTest::newRow("the project's own folder") << QStringLiteral("share") << true;
        QTest::newRow("a folder inside it") << QStringLiteral("share/corpus") << true;
        QTest::newRow("deeper inside") << QStringLiteral("share/corpus/nested") << true;
        QTest::newRow("a sibling folder") << QStringLiteral("elsewhere") << false;
        QTest::newRow("up and out") << QStringLiteral("share/corpus/../../elsewhere") << false;
        QTest::newRow("a link inside that leads out") << QStringLiteral("share/link") << false;
        QTest::newRow("the system's folders") << QStringLiteral("/etc") << false;
    }

    void mayRead()
    {
        QFETCH(QString, corpus);
        QFETCH(bool, mayRead);
        const QString project = m_dir.filePath(QStringLiteral("share/study.parallax"));
        const QString path = corpus.startsWith(u'/') ? corpus : m_dir.filePath(corpus);
        QCOMPARE(CorpusLocation::mayRead(project, path), mayRead);
        CorpusLocation::choose(project, path);
        QVERIFY(CorpusLocation::mayRead(project, path));
        // The choice belongs to that project only.
        QCOMPARE(CorpusLocation::mayRead(m_dir.filePath(QStringLiteral("share/other.parallax")), path), mayRead);
    }

    // A project made by someone else for a folder outside its own: the window asks before reading it,
    // reads nothing when declined, and remembers the folder when the analyst says yes.
    void theWindowAsksBeforeReadingAFolderOutside()
    {
        const QString project = m_dir.filePath(QStringLiteral("share/foreign.parallax"));
        const QString corpus = m_dir.filePath(QStringLiteral("elsewhere"));
        QVERIFY(ProjectStore::create(project, corpus).ok());
        QSettings().clear(); // as on the computer of the person who receives the project

        QStringList questions;
        QString answer;
        ProjectDocument document;
        document.setPrompt({ {}, {}, [&](const QString &question, const QString &) {
                                questions.append(question);
                                return answer;
                            } });
        QSignalSpy shown(&document, &ProjectDocument::analysisChanged);
        QSignalSpy opened(&document, &ProjectDocument::projectOpenFinished);
        QVERIFY(document.openProject(project));
        QVERIFY(opened.wait(60000));
        QCOMPARE(opened.takeFirst().at(1).value<Error>().code, Error::Code::Refused);
        QCOMPARE(questions.size(), 1);
        QVERIFY2(questions.constFirst().contains(QDir::toNativeSeparators(corpus)), qPrintable(questions.constFirst()));
        QVERIFY(!document.job()->isRunning());
        QVERIFY(!document.project());
        QVERIFY(!CorpusLocation::isChosen(project, corpus));

        answer = corpus;
        QVERIFY(document.openProject(project));
        QVERIFY(opened.wait(60000));
        QVERIFY(opened.takeFirst().at(1).value<Error>().ok());
        QCOMPARE(questions.size(), 2);
        QVERIFY(shown.wait(60000));
        QCOMPARE(document.result()->corpus.articles.size(), 1);
        QVERIFY(CorpusLocation::isChosen(project, corpus));
        document.close();

        // Chosen once, it is read without asking again.
        QVERIFY(document.openProject(project));
        QVERIFY(opened.wait(60000));
        QCOMPARE(questions.size(), 2);
        QVERIFY(shown.wait(60000));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestCorpusLocation)
#include "tst_corpuslocation.moc"
