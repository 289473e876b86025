// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/projectdocument.h"
#include "mainwindow.h"
#include "projectsession.h"
#include "storage/projectstore.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace
{
struct Opened {
    int hits = -1;
    int misses = -1;
    qsizetype quotes = -1;
    qsizetype events = -1;
    QString title;
};

// Opens `path` (a project or a folder) in a fresh window and waits for its analysis.
Opened openInWindow(const QString &path, const std::function<void(MainWindow &)> &then = {})
{
    MainWindow window;
    QSignalSpy shown(window.document(), &ProjectDocument::analysisChanged);
    window.openPath(path);
    if (!shown.wait(120000))
        return {};
    Opened opened { window.document()->job()->cacheHits(), window.document()->job()->cacheMisses(),
        window.document()->result()->quotes.size(), window.document()->result()->events.size(), window.windowTitle() };
    if (then)
        then(window);
    return opened;
}

int cachedRows(const QString &projectPath)
{
    auto project = ProjectStore::open(projectPath, ProjectStore::Mode::ReadOnly);
    if (!project.ok())
        return -1;
    QSqlQuery query(project.value()->database());
    return query.exec(QStringLiteral("SELECT COUNT(*) FROM analysis_cache")) && query.next() ? query.value(0).toInt()
                                                                                             : -1;
}
}

// The window analyses a project's corpus through the project's cache: reopening takes every article
// from it, and only an article whose text changed is analysed again.
class TestWindowCache : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QVERIFY(m_dir.isValid());
        // A writable copy of a fixture corpus, so that one article can change between openings.
        m_corpus = m_dir.filePath(QStringLiteral("corpus"));
        QVERIFY(QDir().mkpath(m_corpus));
        const QDir fixture(TestSupport::fixtureCorpus(QStringLiteral("event-merging")));
        for (const QString &name : fixture.entryList(QDir::Files)) {
            const QString to = QDir(m_corpus).filePath(name);
            QVERIFY(QFile::copy(fixture.filePath(name), to));
            QFile::setPermissions(to, QFile::ReadOwner | QFile::WriteOwner);
        }
        m_articles = int(QDir(m_corpus).entryList({ QStringLiteral("*.txt") }, QDir::Files).size());
        QCOMPARE(m_articles, 4);
        m_project = m_dir.filePath(QStringLiteral("study.parallax"));
        QVERIFY(ProjectStore::create(m_project, m_corpus).ok());
    }

    void reopeningNeedsNoReanalysis()
    {
        const Opened first = openInWindow(m_project);
        QCOMPARE(first.hits, 0);
        QCOMPARE(first.misses, m_articles);
        QVERIFY(first.title.contains(QStringLiteral("study.parallax")));
        QCOMPARE(cachedRows(m_project), m_articles);

        const Opened second = openInWindow(m_project);
        QCOMPARE(second.hits, m_articles);
        QCOMPARE(second.misses, 0);
        // The cached analysis is the same analysis.
        QCOMPARE(second.quotes, first.quotes);
        QCOMPARE(second.events, first.events);
    }

    void onlyTheChangedArticleIsAnalysedAgain()
    {
        const QStringList files = QDir(m_corpus).entryList({ QStringLiteral("*.txt") }, QDir::Files, QDir::Name);
        QFile changed(QDir(m_corpus).filePath(files.at(3)));
        QVERIFY(changed.open(QIODevice::Append));
        changed.write("\n\nA reader wrote in to say the piece had left out the second meeting.\n");
        changed.close();

        const Opened opened = openInWindow(m_project);
        QCOMPARE(opened.hits, m_articles - 1);
        QCOMPARE(opened.misses, 1);
        QCOMPARE(openInWindow(m_project).hits, m_articles);
    }

    void aPlainFolderUsesNoCache()
    {
        const Opened opened = openInWindow(m_corpus);
        QCOMPARE(opened.hits, 0);
        QCOMPARE(opened.misses, 0);
    }

    void saveAsKeepsTheCache()
    {
        const QString copy = m_dir.filePath(QStringLiteral("copy.parallax"));
        bool saved = false;
        QString title;
        openInWindow(m_project, [&](MainWindow &window) {
            saved = window.document()->saveProjectAs(copy);
            title = window.windowTitle();
        });
        QVERIFY(saved);
        QVERIFY2(title.contains(QStringLiteral("copy.parallax")), qPrintable(title));
        const Opened reopened = openInWindow(copy);
        QCOMPARE(reopened.hits, m_articles);
        QCOMPARE(reopened.misses, 0);
    }

private:
    QTemporaryDir m_dir;
    QString m_corpus;
    QString m_project;
    int m_articles = 0;
};

QTEST_MAIN(TestWindowCache)
#include "tst_windowcache.moc"
