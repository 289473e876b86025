// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotations/anchorresolver.h"
#include "annotations/annotationstore.h"
#include "projectfixture.h"
#include "storage/projectstore.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QUndoStack>

namespace
{
const QString text = QStringLiteral("The minister said the plant would reopen in May. Critics disagreed.");

Annotation makeAnnotation(const QString &note, int start = 4, int end = 12)
{
    Annotation a = Annotation::create(AnnotationCategory::WordingChanged, note, QStringLiteral("Analyst"));
    a.anchors.append(
        { QStringLiteral("outlet A"), AnchorResolver::makeTarget(QStringLiteral("a1"), text, { start, end }) });
    return a;
}

QStringList notes(const AnnotationStore &store)
{
    QStringList all;
    for (const Annotation &a : store.annotations())
        all.append(a.note);
    return all;
}
}

class TestAnnotationStore : public QObject
{
    Q_OBJECT
private:
    ProjectFixture m_fixture;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_fixture.isValid());
    }

    void addEditDeleteUndoRedo()
    {
        AnnotationStore store;
        QSignalSpy spy(&store, &AnnotationStore::changed);
        const Annotation first = makeAnnotation(QStringLiteral("first"));
        QTest::qWait(2); // distinct creation times order the list
        const Annotation second = makeAnnotation(QStringLiteral("second"));
        QVERIFY(store.add(second).ok());
        QVERIFY(store.add(first).ok());
        QCOMPARE(notes(store), (QStringList { QStringLiteral("first"), QStringLiteral("second") }));
        QCOMPARE(spy.size(), 2);
        QCOMPARE(spy.at(1).at(0).value<AnnotationChange>().kind, AnnotationChange::Kind::Added);
        QCOMPARE(spy.at(1).at(0).value<AnnotationChange>().index, 0);

        QVERIFY(store.setCategory(first.id, AnnotationCategory::FactualDate).ok());
        QCOMPARE(store.find(first.id)->category, AnnotationCategory::FactualDate);
        QVERIFY(store.find(first.id)->modified >= first.modified);
        QCOMPARE(spy.last().at(0).value<AnnotationChange>().fields, AnnotationFields(AnnotationField::Category));

        QVERIFY(store.remove(second.id).ok());
        QCOMPARE(notes(store), QStringList { QStringLiteral("first") });

        QUndoStack *undo = store.undoStack();
        QCOMPARE(undo->count(), 4);
        undo->undo(); // delete
        QCOMPARE(notes(store), (QStringList { QStringLiteral("first"), QStringLiteral("second") }));
        QCOMPARE(*store.find(second.id), second);
        undo->undo(); // category
        QCOMPARE(store.find(first.id)->category, AnnotationCategory::WordingChanged);
        QCOMPARE(store.find(first.id)->modified, first.modified);
        undo->undo();
        undo->undo();
        QCOMPARE(store.count(), 0);
        undo->redo();
        undo->redo();
        undo->redo();
        QCOMPARE(store.find(first.id)->category, AnnotationCategory::FactualDate);
        undo->redo();
        QCOMPARE(notes(store), QStringList { QStringLiteral("first") });
    }

    void noteEditsMergeIntoOneStep()
    {
        AnnotationStore store;
        const Annotation a = makeAnnotation(QStringLiteral("n"));
        QVERIFY(store.add(a).ok());
        for (const QString &note : { QStringLiteral("no"), QStringLiteral("not"), QStringLiteral("note") })
            QVERIFY(store.setNote(a.id, note).ok());
        QCOMPARE(store.undoStack()->count(), 2);
        store.undoStack()->undo();
        QCOMPARE(store.find(a.id)->note, QStringLiteral("n"));
        store.undoStack()->redo();
        QCOMPARE(store.find(a.id)->note, QStringLiteral("note"));
        // Another kind of edit in between starts a new step.
        QVERIFY(store.setSeverity(a.id, AnnotationSeverity::High).ok());
        QVERIFY(store.setNote(a.id, QStringLiteral("note!")).ok());
        QCOMPARE(store.undoStack()->count(), 4);
    }

    void dialogEditIsOneStep()
    {
        AnnotationStore store;
        const Annotation a = makeAnnotation(QStringLiteral("before"));
        QVERIFY(store.add(a).ok());
        Annotation edited = a;
        edited.note = QStringLiteral("after");
        edited.severity = AnnotationSeverity::Low;
        edited.anchors.append(
            { QStringLiteral("outlet B"), AnchorResolver::makeTarget(QStringLiteral("a2"), text, { 0, 3 }) });
        QVERIFY(store.edit(edited).ok());
        QCOMPARE(store.find(a.id)->anchors.size(), 2);
        QCOMPARE(store.find(a.id)->anchors.at(1).role, QStringLiteral("outlet B"));
        store.undoStack()->undo();
        QCOMPARE(*store.find(a.id), a);
    }

    void changesAreOnDiskBeforeTheyAreReported()
    {
        const QString path = m_fixture.newProject();
        auto project = ProjectStore::open(path);
        QVERIFY(project.ok());
        AnnotationStore store;
        QVERIFY(store.setProject(project.value().get()).ok());
        const Annotation a = makeAnnotation(QStringLiteral("durable"));
        // A second, read-only connection sees the row when the signal arrives.
        bool seen = false;
        connect(&store, &AnnotationStore::changed, this, [&](const AnnotationChange &change) {
            if (change.kind != AnnotationChange::Kind::Added)
                return;
            auto reader = ProjectStore::open(path, ProjectStore::Mode::ReadOnly);
            QVERIFY(reader.ok());
            AnnotationStore other;
            QVERIFY(other.setProject(reader.value().get()).ok());
            seen = other.find(a.id) != nullptr;
        });
        QVERIFY(store.add(a).ok());
        QVERIFY(seen);
    }

    void persistsAcrossReopen()
    {
        const QString path = m_fixture.newProject();
        Annotation kept = makeAnnotation(QStringLiteral("kept"));
        kept.severity = AnnotationSeverity::High;
        kept.anchors.append({ QStringLiteral("reference"),
            AnchorResolver::makeTarget(QStringLiteral("a2"), QStringLiteral("x \U0001F600 y"), { 2, 4 }) });
        kept.anchors.last().target.statementId = QStringLiteral("s3");
        kept.anchors.last().target.alignmentColumn = 5;
        {
            auto project = ProjectStore::open(path);
            QVERIFY(project.ok());
            AnnotationStore store;
            QVERIFY(store.setProject(project.value().get()).ok());
            QVERIFY(store.add(kept).ok());
            const Annotation gone = makeAnnotation(QStringLiteral("gone"));
            QVERIFY(store.add(gone).ok());
            QVERIFY(store.setNote(kept.id, QStringLiteral("kept, edited")).ok());
            QVERIFY(store.remove(gone.id).ok());
        }
        auto project = ProjectStore::open(path);
        QVERIFY(project.ok());
        AnnotationStore store;
        QVERIFY(store.setProject(project.value().get()).ok());
        QCOMPARE(store.count(), 1);
        Annotation expected = kept;
        expected.note = QStringLiteral("kept, edited");
        expected.modified = store.annotations().constFirst().modified;
        QCOMPARE(store.annotations().constFirst(), expected);
        QCOMPARE(store.annotations().constFirst().anchors.at(1).target.quote.exact, QStringLiteral("\U0001F600"));
        QCOMPARE(store.undoStack()->count(), 0);
    }

    void aFailedCommitChangesNothing()
    {
        const QString path = m_fixture.newProject();
        auto project = ProjectStore::open(path, ProjectStore::Mode::ReadOnly);
        QVERIFY(project.ok());
        AnnotationStore store;
        QVERIFY(store.setProject(project.value().get()).ok());
        QSignalSpy errors(&store, &AnnotationStore::errorOccurred);
        QSignalSpy changes(&store, &AnnotationStore::changed);
        const Error error = store.add(makeAnnotation(QStringLiteral("lost?")));
        QCOMPARE(error.code, Error::Code::ReadOnly);
        QCOMPARE(store.count(), 0);
        QCOMPARE(store.undoStack()->count(), 0);
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.at(0).at(0).value<Error>(), error);
        QCOMPARE(changes.size(), 0);
    }

    void reanchorKeepsOrphans()
    {
        AnnotationStore store;
        const Annotation a = makeAnnotation(QStringLiteral("x"), 4, 12); // "minister"
        const int critics = int(text.indexOf(QStringLiteral("Critics")));
        Annotation b = makeAnnotation(QStringLiteral("y"), critics, critics + 7);
        b.anchors.append(
            { QStringLiteral("outlet B"), AnchorResolver::makeTarget(QStringLiteral("missing"), text, { 0, 3 }) });
        QVERIFY(store.add(a).ok());
        QVERIFY(store.add(b).ok());
        Corpus corpus;
        corpus.articles.append(TestSupport::makeArticle(
            QStringLiteral("Update: the minister said the plant would reopen in June."), {}, QStringLiteral("a1")));
        auto report = store.reanchor(corpus);
        QVERIFY(report.ok());
        QCOMPARE(report.value().moved, 1);
        QCOMPARE(report.value().orphaned, 2);
        QCOMPARE(report.value().orphanedAnnotations, QStringList { b.id });
        QCOMPARE(store.count(), 2);
        QCOMPARE(store.find(a.id)->anchors.at(0).target.position.start, 12);
        QCOMPARE(store.find(b.id)->anchors.at(0).state, AnchorState::Orphaned);
        QCOMPARE(store.find(b.id)->anchors.at(0).target.quote.exact, QStringLiteral("Critics"));
        QVERIFY(store.find(b.id)->hasOrphans());
    }
};

QTEST_GUILESS_MAIN(TestAnnotationStore)
#include "tst_annotationstore.moc"
