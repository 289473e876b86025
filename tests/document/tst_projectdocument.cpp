// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotations/annotationstore.h"
#include "annotations/eventedit.h"
#include "annotations/eventeditapplier.h"
#include "annotations/eventeditstore.h"
#include "document/projectdocument.h"
#include "storage/projectstore.h"
#include "syntheticanalysis.h"

#include <QDir>
#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <optional>

namespace
{
bool writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}

// A corpus folder of two short invented articles.
bool writeCorpus(const QString &folder)
{
    return QDir().mkpath(folder)
        && writeFile(folder + QStringLiteral("/harbour-daily.txt"),
            "Harbour works begin\n\nThe harbour board said on Monday that the works would begin in May. "
            "\"We are ready,\" said the board's chair, Mara Quill.\n")
        && writeFile(folder + QStringLiteral("/coast-weekly.txt"),
            "Board starts harbour works\n\nWork on the harbour starts in May, the board said. "
            "\"We are ready,\" Mara Quill told reporters.\n");
}

QString labelOf(const AnalysisResult &result, const QString &eventId)
{
    for (const Event &e : result.events) {
        if (e.id == eventId)
            return e.label;
    }
    return {};
}

// The synthetic analysis as the analysis of `corpus`.
AnalysisResultPtr syntheticOf(const QString &corpus)
{
    auto result = std::make_shared<AnalysisResult>(*SyntheticAnalysis::make());
    result->corpus.path = corpus;
    return result;
}

std::optional<DocumentError> onlyError(const QSignalSpy &errors)
{
    if (errors.count() != 1)
        return std::nullopt;
    return errors.at(0).at(0).value<DocumentError>();
}
}

// One open corpus or project: what it loads, replays and says.
class TestProjectDocument : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    void init()
    {
        QVERIFY(m_dir.emplace().isValid());
        m_corpus = m_dir->filePath(QStringLiteral("corpus"));
        QVERIFY(writeCorpus(m_corpus));
    }

    void opensACorpusFolderThenReloadsAndCloses()
    {
        ProjectDocument document;
        QSignalSpy shown(&document, &ProjectDocument::analysisChanged);
        QSignalSpy errors(&document, &ProjectDocument::errorOccurred);
        document.open(m_corpus);
        QVERIFY(shown.wait(60000));
        QVERIFY(document.result());
        QCOMPARE(document.result()->corpus.articles.size(), 2);
        // Without event edits the shown analysis is the computed one.
        QCOMPARE(document.result(), document.analysis());
        QVERIFY(!document.project());

        const AnalysisResultPtr first = document.result();
        document.reload();
        QVERIFY(shown.wait(60000));
        QVERIFY(document.result() != first);
        QCOMPARE(document.result()->corpus.path, first->corpus.path);

        QSignalSpy closed(&document, &ProjectDocument::closed);
        document.close();
        QCOMPARE(closed.count(), 1);
        QVERIFY(!document.result());
        QVERIFY(!document.analysis());
        QVERIFY(!document.annotationLookup());
        QCOMPARE(errors.count(), 0);
    }

    void opensAProjectAndItsCorpus()
    {
        const QString path = m_dir->filePath(QStringLiteral("study.parallax"));
        QVERIFY(ProjectStore::create(path, m_corpus).ok());
        ProjectDocument document;
        QSignalSpy projects(&document, &ProjectDocument::projectChanged);
        QSignalSpy shown(&document, &ProjectDocument::analysisChanged);
        QSignalSpy opened(&document, &ProjectDocument::projectOpenFinished);
        document.open(path);
        // The file is validated off the GUI thread: the project is set once that is done.
        QVERIFY(document.isOpeningProject());
        QVERIFY(!document.project());
        QVERIFY(opened.wait(60000));
        QCOMPARE(opened.at(0).at(0).toString(), path);
        QVERIFY(opened.at(0).at(1).value<Error>().ok());
        QCOMPARE(projects.count(), 1);
        QCOMPARE(projects.at(0).at(0).toString(), path);
        QVERIFY(shown.wait(60000));
        QCOMPARE(document.result()->corpus.articles.size(), 2);
        QCOMPARE(document.project()->path(), path);
        document.waitForCacheWrite();

        // A reload reads the project's cache instead of analysing again.
        document.reload();
        QVERIFY(shown.wait(60000));
        QCOMPARE(document.job()->cacheHits(), 2);
        QCOMPARE(document.job()->cacheMisses(), 0);

        document.close();
        QVERIFY(!document.project());
        QCOMPARE(projects.count(), 2);
        QVERIFY(projects.at(1).at(0).toString().isEmpty());
    }

    void failuresAreOneErrorEach_data()
    {
        QTest::addColumn<QString>("setup");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("words");
        QTest::newRow("not a folder") << QStringLiteral("missing") << int(DocumentError::Kind::Load)
                                      << QStringLiteral("is not a corpus folder");
        QTest::newRow("not a project") << QStringLiteral("garbage") << int(DocumentError::Kind::Project)
                                       << QStringLiteral("not a Parallax project");
        QTest::newRow("annotations unreadable")
            << QStringLiteral("no annotations table") << int(DocumentError::Kind::Project) << QString();
    }

    // A failed open is said once: the store that could not load is not a second error.
    void failuresAreOneErrorEach()
    {
        QFETCH(QString, setup);
        QFETCH(int, kind);
        QFETCH(QString, words);
        QString path = m_dir->filePath(QStringLiteral("notes.parallax"));
        if (setup == QLatin1String("missing")) {
            path = m_dir->filePath(QStringLiteral("nowhere/article.txt"));
        } else if (setup == QLatin1String("garbage")) {
            QVERIFY(writeFile(path, "not a database"));
        } else {
            auto project = ProjectStore::create(path, m_corpus);
            QVERIFY(project.ok());
            QSqlDatabase db = project.value()->database();
            QVERIFY(QSqlQuery(db).exec(QStringLiteral("DROP TABLE annotations")));
        }
        ProjectDocument document;
        QSignalSpy errors(&document, &ProjectDocument::errorOccurred);
        QSignalSpy shown(&document, &ProjectDocument::analysisChanged);
        document.open(path);
        QTRY_VERIFY_WITH_TIMEOUT(!document.isOpeningProject(), 60000);
        QTest::qWait(50);
        const std::optional<DocumentError> error = onlyError(errors);
        QVERIFY2(error, qPrintable(QString::number(errors.count())));
        QCOMPARE(int(error->kind), kind);
        QVERIFY2(error->error.message.contains(words), qPrintable(error->error.message));
        QVERIFY(!error->error.ok());
        QVERIFY(!error->title.isEmpty());
        QVERIFY(!document.project());
        QCOMPARE(shown.count(), 0);
    }

    void replaysEventEditsAndUndoesThem()
    {
        const QString path = m_dir->filePath(QStringLiteral("edits.parallax"));
        auto project = ProjectStore::create(path, m_corpus);
        QVERIFY(project.ok());
        ProjectDocument document;
        document.setProject(std::move(project.value()));
        document.setAnalysis(syntheticOf(m_corpus));
        const Event event = document.result()->events.at(2);
        QSignalSpy edited(&document, &ProjectDocument::eventsEdited);
        QSignalSpy marks(&document, &ProjectDocument::annotationMarksChanged);
        QSignalSpy errors(&document, &ProjectDocument::errorOccurred);

        EventEdit rename;
        rename.kind = EventEdit::Kind::Rename;
        EventEditApplier::nameEvent(rename, event, document.result()->corpus);
        rename.label = QStringLiteral("Harbour opening");
        QVERIFY(document.addEventEdit(rename));
        QCOMPARE(edited.count(), 1);
        QCOMPARE(marks.count(), 1); // the counts follow the edited events
        // The event keeps its id; the computed analysis is untouched.
        QCOMPARE(labelOf(*document.result(), event.id), QStringLiteral("Harbour opening"));
        QCOMPARE(labelOf(*document.analysis(), event.id), event.label);
        QCOMPARE(document.eventEdits()->edits().constFirst().author, ProjectDocument::author());

        document.undoStack()->undo();
        QCOMPARE(edited.count(), 2);
        QCOMPARE(labelOf(*document.result(), event.id), event.label);
        document.undoStack()->redo();
        QCOMPARE(labelOf(*document.result(), event.id), QStringLiteral("Harbour opening"));
        QCOMPARE(errors.count(), 0);

        // Reopened, the project replays its edits on a new analysis.
        document.close();
        auto reopened = ProjectStore::open(path);
        QVERIFY(reopened.ok());
        ProjectDocument again;
        again.setProject(std::move(reopened.value()));
        again.setAnalysis(syntheticOf(m_corpus));
        QCOMPARE(labelOf(*again.result(), event.id), QStringLiteral("Harbour opening"));
        QCOMPARE(again.undoStack()->count(), 0);
    }

    // A refused write reaches the analyst once, and nothing changes.
    void aRefusedEditIsOneError()
    {
        const QString path = m_dir->filePath(QStringLiteral("readonly.parallax"));
        QVERIFY(ProjectStore::create(path, m_corpus).ok());
        auto project = ProjectStore::open(path, ProjectStore::Mode::ReadOnly);
        QVERIFY(project.ok());
        ProjectDocument document;
        document.setProject(std::move(project.value()));
        document.setAnalysis(syntheticOf(m_corpus));
        QSignalSpy errors(&document, &ProjectDocument::errorOccurred);
        QSignalSpy edited(&document, &ProjectDocument::eventsEdited);
        EventEdit remove;
        remove.kind = EventEdit::Kind::Delete;
        EventEditApplier::nameEvent(remove, document.result()->events.at(0), document.result()->corpus);
        QVERIFY(!document.addEventEdit(remove));
        const std::optional<DocumentError> error = onlyError(errors);
        QVERIFY2(error, qPrintable(QString::number(errors.count())));
        // Refused before the edit is tried: the project is open read-only.
        QCOMPARE(error->kind, DocumentError::Kind::Project);
        QVERIFY2(error->error.message.contains(QStringLiteral("readonly.parallax is open read-only")),
            qPrintable(error->error.message));
        QCOMPARE(error->error.code, Error::Code::ReadOnly);
        QCOMPARE(edited.count(), 0);
        QCOMPARE(document.result()->events.size(), document.analysis()->events.size());
        QCOMPARE(document.undoStack()->count(), 0);
    }

    // Without a project the document asks before the first edit; declined, nothing is done.
    void asksForAProjectBeforeTheFirstEdit()
    {
        ProjectDocument document;
        document.setAnalysis(syntheticOf(m_corpus));
        int asked = 0;
        document.setPrompt({ [&asked](const QString &) {
                                ++asked;
                                return false;
                            },
            {}, {} });
        QSignalSpy notices(&document, &ProjectDocument::noticeOccurred);
        EventEdit remove;
        remove.kind = EventEdit::Kind::Delete;
        EventEditApplier::nameEvent(remove, document.result()->events.at(0), document.result()->corpus);
        QVERIFY(!document.addEventEdit(remove));
        QVERIFY(!document.addEventEdit(remove));
        QCOMPARE(asked, 1);
        QCOMPARE(notices.count(), 2);
        QVERIFY(document.eventEdits()->edits().isEmpty());

        // File > Save Project As… asks again, even after the analyst declined.
        document.setPrompt({ [&asked](const QString &) {
                                ++asked;
                                return true;
                            },
            [this](const QString &) { return m_dir->filePath(QStringLiteral("made")); }, {} });
        QVERIFY(document.createProject());
        QCOMPARE(asked, 2);
        QCOMPARE(document.project()->path(), m_dir->filePath(QStringLiteral("made.parallax")));
        QVERIFY(document.addEventEdit(remove));
        QCOMPARE(document.result()->events.size(), document.analysis()->events.size() - 1);
    }

    // Another corpus' analysis does not belong to the project: the document lets it go.
    void anotherCorpusLeavesTheProject()
    {
        const QString path = m_dir->filePath(QStringLiteral("study.parallax"));
        auto project = ProjectStore::create(path, m_corpus);
        QVERIFY(project.ok());
        ProjectDocument document;
        document.setProject(std::move(project.value()));
        QSignalSpy projects(&document, &ProjectDocument::projectChanged);
        document.setAnalysis(syntheticOf(m_dir->filePath(QStringLiteral("elsewhere"))));
        QVERIFY(!document.project());
        QCOMPARE(projects.count(), 1);
        QVERIFY(document.result());
    }

private:
    std::optional<QTemporaryDir> m_dir;
    QString m_corpus;
};

QTEST_GUILESS_MAIN(TestProjectDocument)
#include "tst_projectdocument.moc"
