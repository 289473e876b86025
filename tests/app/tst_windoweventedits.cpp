// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotations/annotationstore.h"
#include "annotations/eventeditstore.h"
#include "annotations/eventedittable.h"
#include "document/projectdocument.h"
#include "eventedit/eventformdialog.h"
#include "eventedit/eventpickerdialog.h"
#include "eventedit/mentionpickerdialog.h"
#include "eventeditor.h"
#include "itemmodels/timelinefiltermodel.h"
#include "itemmodels/timelinemodel.h"
#include "mainwindow.h"
#include "projectsession.h"
#include "storage/projectstore.h"
#include "syntheticanalysis.h"
#include "timeline/timelineview.h"
#include "widgettestsupport.h"
#include "windowtestsupport.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDialogButtonBox>
#include <QInputDialog>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <functional>
#include <memory>

using WidgetTestSupport::menuAction;
using WidgetTestSupport::part;
using WindowTestSupport::showSyntheticProject;

namespace
{
// The timeline as text: "label | start | mentions", one line per shown event.
QStringList timelineRows(const MainWindow &w)
{
    QStringList rows;
    const QAbstractItemModel *model = part<TimelineFilterModel>(w, "timelineFilter");
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex i = model->index(row, 0);
        rows.append(QStringLiteral("%1 | %2 | %3")
                        .arg(i.data(TimelineModel::LabelRole).toString(),
                            i.data(TimelineModel::StartDateRole).toDate().toString(Qt::ISODate))
                        .arg(i.data(TimelineModel::MentionCountRole).toInt()));
    }
    return rows;
}

int rowOf(const MainWindow &w, const QString &label)
{
    const QAbstractItemModel *model = part<TimelineFilterModel>(w, "timelineFilter");
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(TimelineModel::LabelRole).toString() == label)
            return row;
    }
    return -1;
}

// The stable id of the shown event labelled `label`, as the editor names events.
QString eventOf(const MainWindow &w, const QString &label)
{
    const int row = rowOf(w, label);
    return row < 0
        ? QString()
        : part<TimelineFilterModel>(w, "timelineFilter")->index(row, 0).data(TimelineModel::EventIdRole).toString();
}

// The stable id of the `n`th mention of the shown event labelled `label`, as the editor names mentions.
QString mentionOf(const MainWindow &w, const QString &label, int n)
{
    const QAbstractItemModel *model = part<TimelineFilterModel>(w, "timelineFilter");
    const int row = rowOf(w, label);
    return row < 0 ? QString() : model->index(n, 0, model->index(row, 0)).data(TimelineModel::MentionIdRole).toString();
}

// Runs `fill` on the modal dialog the next action opens, then accepts it.
template<typename Dialog>
void whenDialogOpens(QObject *context, std::function<void(Dialog *)> fill)
{
    QTimer::singleShot(0, context, [fill] {
        auto *dialog = qobject_cast<Dialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        fill(dialog);
        dialog->accept();
    });
}

}

// Event edits in the window: from the timeline's event menu, onto the project at once, shown on the
// timeline, undone and redone.
class TestWindowEventEdits : public QObject
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
        m_projectPath = m_dir->filePath(QStringLiteral("edits.parallax"));
        m_window.emplace();
        m_window->resize(1400, 900);
        QVERIFY(showSyntheticProject(*m_window, m_projectPath));
        m_tester.emplace(part<TimelineFilterModel>(*m_window, "timelineFilter"),
            QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(timelineRows(*m_window),
            QStringList({ QStringLiteral("Geneva meeting | 2018-06-12 | 2"),
                QStringLiteral("Second summit | 2019-02-01 | 1"), QStringLiteral("Rocket test | 2025-10-22 | 2"),
                QStringLiteral("Envoy arrives | 2025-10-27 | 1") }));
    }

    void cleanup()
    {
        m_tester.reset();
        m_window.reset();
    }

    void renameFromTheEventMenuThenUndoRedo()
    {
        MainWindow &w = *m_window;
        std::unique_ptr<QMenu> menu(
            part<TimelineView>(w, "timelineView")->createEventMenu(eventOf(w, QStringLiteral("Rocket test")), nullptr));
        QAction *rename = menuAction(*menu, QStringLiteral("renameEvent"));
        QVERIFY(rename);
        whenDialogOpens<QInputDialog>(this, [](QInputDialog *d) {
            QCOMPARE(d->textValue(), QStringLiteral("Rocket test"));
            d->setTextValue(QStringLiteral("Missile launch"));
        });
        rename->trigger();
        QCOMPARE(rowOf(w, QStringLiteral("Rocket test")), -1);
        QCOMPARE(rowOf(w, QStringLiteral("Missile launch")), 2);
        QCOMPARE(storedEdits(), 1);

        QUndoStack *undo = w.document()->undoStack();
        undo->undo();
        QCOMPARE(rowOf(w, QStringLiteral("Rocket test")), 2);
        QCOMPARE(storedEdits(), 0);
        undo->redo();
        QCOMPARE(rowOf(w, QStringLiteral("Missile launch")), 2);
        QCOMPARE(storedEdits(), 1);
    }

    // A rename without a name is refused where the analyst types it, and said when asked for anyway.
    void renameWithoutANameIsRefusedAndSaid()
    {
        MainWindow &w = *m_window;
        std::unique_ptr<QMenu> menu(
            part<TimelineView>(w, "timelineView")->createEventMenu(eventOf(w, QStringLiteral("Rocket test")), nullptr));
        QAction *rename = menuAction(*menu, QStringLiteral("renameEvent"));
        QVERIFY(rename);
        bool okWithoutName = true;
        bool okWithName = false;
        whenDialogOpens<QInputDialog>(this, [&](QInputDialog *d) {
            QPushButton *ok = d->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
            d->setTextValue(QStringLiteral("Launch"));
            okWithName = ok->isEnabled();
            d->setTextValue(QStringLiteral("   "));
            okWithoutName = ok->isEnabled();
        });
        // Accepted all the same (as by a script): refused, and said.
        rename->trigger();
        QVERIFY(!okWithoutName);
        QVERIFY(okWithName);
        QVERIFY2(w.statusBar()->currentMessage().contains(QStringLiteral("needs a name")),
            qPrintable(w.statusBar()->currentMessage()));

        auto *editor = part<EventEditor>(w, "eventEditor");
        w.statusBar()->clearMessage();
        QVERIFY(!editor->rename(eventOf(w, QStringLiteral("Rocket test")), QStringLiteral("  ")));
        QVERIFY2(w.statusBar()->currentMessage().contains(QStringLiteral("needs a name")),
            qPrintable(w.statusBar()->currentMessage()));
        QVERIFY(!editor->rename(eventOf(w, QStringLiteral("Rocket test")), QStringLiteral("Rocket test ")));
        QVERIFY2(w.statusBar()->currentMessage().contains(QStringLiteral("already the event's name")),
            qPrintable(w.statusBar()->currentMessage()));
        QCOMPARE(rowOf(w, QStringLiteral("Rocket test")), 2);
        QCOMPARE(storedEdits(), 0);
        QCOMPARE(w.document()->undoStack()->count(), 0);
    }

    void mergePicksTheOtherEventFromAList()
    {
        MainWindow &w = *m_window;
        const QString geneva = eventOf(w, QStringLiteral("Geneva meeting"));
        const QString second = eventOf(w, QStringLiteral("Second summit"));
        std::unique_ptr<QMenu> menu(part<TimelineView>(w, "timelineView")
                                        ->createEventMenu(eventOf(w, QStringLiteral("Geneva meeting")), nullptr));
        whenDialogOpens<EventPickerDialog>(this, [geneva, second](EventPickerDialog *d) {
            // The event itself is not offered; the nearest in time is preselected.
            QCOMPARE(d->setEventId(geneva), false);
            QCOMPARE(d->eventId(), second);
            d->filterEdit()->setText(QStringLiteral("envoy"));
            QCOMPARE(d->listView()->model()->rowCount(), 1);
            d->filterEdit()->clear();
            QVERIFY(d->setEventId(second));
        });
        menuAction(*menu, QStringLiteral("mergeEvent"))->trigger();
        QCOMPARE(timelineRows(w),
            QStringList({ QStringLiteral("Geneva meeting | 2018-06-12 | 3"),
                QStringLiteral("Rocket test | 2025-10-22 | 2"), QStringLiteral("Envoy arrives | 2025-10-27 | 1") }));
        w.document()->undoStack()->undo();
        QCOMPARE(part<TimelineFilterModel>(w, "timelineFilter")->rowCount(), 4);
    }

    void deleteNeedsNoDialogAndUndoes()
    {
        MainWindow &w = *m_window;
        std::unique_ptr<QMenu> menu(part<TimelineView>(w, "timelineView")
                                        ->createEventMenu(eventOf(w, QStringLiteral("Envoy arrives")), nullptr));
        menuAction(*menu, QStringLiteral("deleteEvent"))->trigger();
        QCOMPARE(rowOf(w, QStringLiteral("Envoy arrives")), -1);
        QCOMPARE(part<TimelineFilterModel>(w, "timelineFilter")->rowCount(), 3);
        QTRY_COMPARE(part<TimelineView>(w, "timelineView")->index().itemCount(), 3);
        w.document()->undoStack()->undo();
        QCOMPARE(part<TimelineFilterModel>(w, "timelineFilter")->rowCount(), 4);
    }

    void splitMoveAndAdd()
    {
        MainWindow &w = *m_window;
        std::unique_ptr<QMenu> menu(
            part<TimelineView>(w, "timelineView")->createEventMenu(eventOf(w, QStringLiteral("Rocket test")), nullptr));
        const QString second = mentionOf(w, QStringLiteral("Rocket test"), 1);
        QVERIFY(!second.isEmpty());
        whenDialogOpens<MentionPickerDialog>(this, [second](MentionPickerDialog *d) {
            QCOMPARE(d->listWidget()->count(), 2);
            d->setMentions({ second });
            d->setLabel(QStringLiteral("Second rocket test"));
        });
        menuAction(*menu, QStringLiteral("splitEvent"))->trigger();
        QCOMPARE(timelineRows(w).filter(QStringLiteral("rocket"), Qt::CaseInsensitive),
            QStringList({ QStringLiteral("Second rocket test | 2025-10-20 | 1"),
                QStringLiteral("Rocket test | 2025-10-22 | 1") }));

        auto *editor = part<EventEditor>(w, "eventEditor");
        QVERIFY(editor->moveMention(eventOf(w, QStringLiteral("Geneva meeting")),
            mentionOf(w, QStringLiteral("Geneva meeting"), 1), eventOf(w, QStringLiteral("Envoy arrives"))));
        QCOMPARE(part<TimelineFilterModel>(w, "timelineFilter")
                     ->index(rowOf(w, QStringLiteral("Envoy arrives")), 0)
                     .data(TimelineModel::MentionCountRole),
            QVariant(2));

        std::unique_ptr<QMenu> empty(part<TimelineView>(w, "timelineView")->createEventMenu(QString(), nullptr));
        whenDialogOpens<EventFormDialog>(this, [](EventFormDialog *d) {
            d->setLabel(QStringLiteral("Ceasefire"));
            d->setDates(QDate(2025, 11, 1));
            d->setCategory(QStringLiteral("military"));
        });
        menuAction(*empty, QStringLiteral("addEvent"))->trigger();
        const QModelIndex added
            = part<TimelineFilterModel>(w, "timelineFilter")->index(rowOf(w, QStringLiteral("Ceasefire")), 0);
        QCOMPARE(added.data(TimelineModel::StartDateRole).toDate(), QDate(2025, 11, 1));
        QCOMPARE(added.data(TimelineModel::CategoryRole).toString(), QStringLiteral("military"));
        QCOMPARE(storedEdits(), 3);
        // The computed analysis is untouched; the shown one carries the edits.
        QCOMPARE(w.document()->analysis()->events.size(), 4);
        QCOMPARE(w.document()->result()->events.size(), 6);
    }

    void editsSurviveReopening()
    {
        QVERIFY(part<EventEditor>(*m_window, "eventEditor")
                    ->rename(eventOf(*m_window, QStringLiteral("Second summit")), QStringLiteral("Lakeside summit")));
        const std::unique_ptr<MainWindow> reopened = reopen();
        QVERIFY(reopened);
        MainWindow &again = *reopened;
        QVERIFY(rowOf(again, QStringLiteral("Lakeside summit")) >= 0);
        QCOMPARE(rowOf(again, QStringLiteral("Second summit")), -1);
    }

    // An event the analyst added has no mentions to be named by: every later edit still finds it,
    // across undo, redo and reopening the project.
    void addedEventTakesEveryEdit()
    {
        MainWindow &w = *m_window;
        auto *editor = part<EventEditor>(w, "eventEditor");
        QVERIFY(editor->addEvent(QStringLiteral("Ceasefire"), QDate(2025, 11, 1), {}, QStringLiteral("military")));
        QVERIFY(editor->rename(eventOf(w, QStringLiteral("Ceasefire")), QStringLiteral("Truce")));
        QCOMPARE(rowOf(w, QStringLiteral("Ceasefire")), -1);
        QVERIFY(editor->moveMention(eventOf(w, QStringLiteral("Rocket test")),
            mentionOf(w, QStringLiteral("Rocket test"), 0), eventOf(w, QStringLiteral("Truce"))));
        QVERIFY(editor->moveMention(eventOf(w, QStringLiteral("Geneva meeting")),
            mentionOf(w, QStringLiteral("Geneva meeting"), 1), eventOf(w, QStringLiteral("Truce"))));
        QCOMPARE(mentionsOf(w, QStringLiteral("Truce")), 2);
        QVERIFY(editor->split(eventOf(w, QStringLiteral("Truce")), { mentionOf(w, QStringLiteral("Truce"), 1) },
            QStringLiteral("Truce talks")));
        // A mention the event does not have is refused, not guessed.
        QVERIFY(!editor->split(
            eventOf(w, QStringLiteral("Truce")), { QStringLiteral("nowhere@0-1") }, QStringLiteral("Nothing")));
        QCOMPARE(mentionsOf(w, QStringLiteral("Truce")), 1);
        QCOMPARE(mentionsOf(w, QStringLiteral("Truce talks")), 1);
        // The split-off event is analyst-made too: merge the other one into it.
        QVERIFY(editor->merge(eventOf(w, QStringLiteral("Truce talks")), eventOf(w, QStringLiteral("Truce"))));
        QCOMPARE(rowOf(w, QStringLiteral("Truce")), -1);
        QCOMPARE(mentionsOf(w, QStringLiteral("Truce talks")), 2);
        QVERIFY(!w.statusBar()->currentMessage().contains(QStringLiteral("no longer apply")));
        QCOMPARE(storedEdits(), 6);
        const QStringList edited = timelineRows(w);

        QUndoStack *undo = w.document()->undoStack();
        QCOMPARE(undo->count(), 6);
        while (undo->canUndo())
            undo->undo();
        QCOMPARE(rowOf(w, QStringLiteral("Truce talks")), -1);
        QCOMPARE(storedEdits(), 0);
        while (undo->canRedo())
            undo->redo();
        QCOMPARE(timelineRows(w), edited);

        const std::unique_ptr<MainWindow> reopened = reopen();
        QVERIFY(reopened);
        MainWindow &again = *reopened;
        QCOMPARE(timelineRows(again), edited);
        QVERIFY(!again.statusBar()->currentMessage().contains(QStringLiteral("no longer apply")));
        // Still editable after reopening.
        QVERIFY(part<EventEditor>(again, "eventEditor")
                    ->rename(eventOf(again, QStringLiteral("Truce talks")), QStringLiteral("Armistice")));
        QVERIFY(part<EventEditor>(again, "eventEditor")->remove(eventOf(again, QStringLiteral("Armistice"))));
        QCOMPARE(rowOf(again, QStringLiteral("Armistice")), -1);
        again.document()->undoStack()->undo();
        QCOMPARE(mentionsOf(again, QStringLiteral("Armistice")), 2);
    }

    // A window on a plain folder asks before the first edit; declining leaves no file, no edit, no
    // undo step and the timeline as it was, and the edit can be made later.
    void promptsForAProjectBeforeTheFirstEdit()
    {
        m_tester.reset();
        m_window.reset();
        MainWindow w;
        const QString corpus = m_dir->filePath(QStringLiteral("corpus"));
        auto result = std::make_shared<AnalysisResult>(*SyntheticAnalysis::make());
        result->corpus.path = corpus;
        result->corpus.name = QStringLiteral("corpus");
        w.document()->setAnalysis(result);
        const QStringList computed = timelineRows(w);
        QStringList questions;
        QStringList suggestions;
        QString answerPath;
        bool answer = false;
        w.document()->setPrompt({ [&](const QString &question) {
                                     questions.append(question);
                                     return answer;
                                 },
            [&](const QString &suggested) {
                suggestions.append(suggested);
                return answerPath;
            } });
        const auto nothingDone = [&] {
            QVERIFY(!w.document()->project());
            QVERIFY(w.document()->eventEdits()->edits().isEmpty());
            QCOMPARE(w.document()->undoStack()->count(), 0);
            QCOMPARE(timelineRows(w), computed);
            QCOMPARE(
                QDir(m_dir->path()).entryList({ QStringLiteral("*.parallax"), QStringLiteral("*.new") }, QDir::Files),
                QStringList { QStringLiteral("edits.parallax") });
        };
        auto *editor = part<EventEditor>(w, "eventEditor");
        QVERIFY(!editor->rename(eventOf(w, QStringLiteral("Rocket test")), QStringLiteral("Launch")));
        QCOMPARE(questions.size(), 1);
        QVERIFY(questions.constFirst().contains(QStringLiteral("project file")));
        QVERIFY(suggestions.isEmpty());
        QVERIFY(w.statusBar()->currentMessage().contains(QStringLiteral("project file")));
        nothingDone();
        if (QTest::currentTestFailed())
            return;

        // Asked once: the next edit goes to the file chooser; cancelling it also leaves nothing.
        QVERIFY(!editor->addEvent(QStringLiteral("Ceasefire"), QDate(2025, 11, 1), {}, {}));
        QCOMPARE(questions.size(), 1);
        QCOMPARE(suggestions, QStringList { m_dir->filePath(QStringLiteral("corpus.parallax")) });
        nothingDone();
        if (QTest::currentTestFailed())
            return;

        answerPath = m_dir->filePath(QStringLiteral("chosen"));
        QVERIFY(editor->rename(eventOf(w, QStringLiteral("Rocket test")), QStringLiteral("Launch")));
        QCOMPARE(questions.size(), 1);
        QVERIFY(w.document()->project());
        QCOMPARE(w.document()->project()->path(), m_dir->filePath(QStringLiteral("chosen.parallax")));
        QVERIFY(rowOf(w, QStringLiteral("Launch")) >= 0);
        QCOMPARE(w.document()->undoStack()->count(), 1);
        auto reader = ProjectStore::open(answerPath + QStringLiteral(".parallax"), ProjectStore::Mode::ReadOnly);
        QVERIFY(reader.ok());
        QSqlDatabase db = reader.value()->database();
        auto stored = EventEditTable::loadAll(db);
        QVERIFY(stored.ok());
        QCOMPARE(stored.value().size(), 1);
        QCOMPARE(stored.value().constFirst().label, QStringLiteral("Launch"));
    }

    // A refused edit reaches the analyst in one dialog naming the problem, and nothing changes.
    void aRefusedEditIsShownOnce()
    {
        const std::unique_ptr<MainWindow> reopened = reopen(ProjectStore::Mode::ReadOnly);
        QVERIFY(reopened);
        MainWindow &w = *reopened;
        const QStringList computed = timelineRows(w);
        const WidgetTestSupport::MessageBoxCollector boxes;
        std::unique_ptr<QMenu> menu(
            part<TimelineView>(w, "timelineView")->createEventMenu(eventOf(w, QStringLiteral("Rocket test")), nullptr));
        menuAction(*menu, QStringLiteral("deleteEvent"))->trigger();
        QTest::qWait(100);
        const QStringList shown = boxes.texts();
        QCOMPARE(shown.size(), 1);
        QVERIFY2(shown.constFirst().contains(QStringLiteral("read-only")), qPrintable(shown.constFirst()));
        QCOMPARE(timelineRows(w), computed);
        QCOMPARE(w.document()->undoStack()->count(), 0);
    }

private:
    // The test's window closed and its project opened again in a new window, over the synthetic analysis: what
    // reopening the project shows. None when the project does not open.
    std::unique_ptr<MainWindow> reopen(ProjectStore::Mode mode = ProjectStore::Mode::ReadWrite)
    {
        m_tester.reset();
        m_window.reset();
        auto project = ProjectStore::open(m_projectPath, mode);
        if (!project.ok())
            return nullptr;
        auto w = std::make_unique<MainWindow>();
        w->document()->setProject(std::move(project.value()));
        auto result = std::make_shared<AnalysisResult>(*SyntheticAnalysis::make());
        result->corpus.path = m_dir->filePath(QStringLiteral("corpus"));
        w->document()->setAnalysis(result);
        return w;
    }

    static int mentionsOf(const MainWindow &w, const QString &label)
    {
        const int row = rowOf(w, label);
        return row < 0 ? -1
                       : part<TimelineFilterModel>(w, "timelineFilter")
                             ->index(row, 0)
                             .data(TimelineModel::MentionCountRole)
                             .toInt();
    }

    int storedEdits() const
    {
        auto reader = ProjectStore::open(m_projectPath, ProjectStore::Mode::ReadOnly);
        if (!reader.ok())
            return -1;
        QSqlDatabase db = reader.value()->database();
        auto edits = EventEditTable::loadAll(db);
        return edits.ok() ? int(edits.value().size()) : -1;
    }

    std::optional<QTemporaryDir> m_dir;
    QString m_projectPath;
    std::optional<MainWindow> m_window;
    std::optional<QAbstractItemModelTester> m_tester;
};

QTEST_MAIN(TestWindowEventEdits)
#include "tst_windoweventedits.moc"
