// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotations/eventeditapplier.h"
#include "annotations/eventeditstore.h"
#include "storage/projectstore.h"
#include "testsupport.h"

#include <QDir>
#include <QJsonObject>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

namespace
{
EventMention mention(int article, int start, int end, QDate date)
{
    EventMention m;
    m.article = article;
    m.span = { start, end };
    m.timex.start = date;
    m.timex.end = date;
    m.timex.precision = DatePrecision::Day;
    return m;
}

Event makeEvent(const QString &id, const QString &label, const QList<EventMention> &mentions)
{
    Event e;
    e.id = id;
    e.label = label;
    e.category = QStringLiteral("diplomacy");
    e.mentions = mentions;
    e.start = mentions.constFirst().timex.start;
    e.end = mentions.constLast().timex.end;
    e.precision = DatePrecision::Day;
    return e;
}

QStringList lines(std::initializer_list<const char *> items)
{
    QStringList list;
    for (const char *item : items)
        list.append(QString::fromUtf8(item));
    return list;
}

// "label: article:start-end …" per event, in order.
QStringList dump(const QList<Event> &events, const Corpus &corpus)
{
    QStringList lines;
    for (const Event &e : events) {
        QStringList ms;
        for (const EventMention &m : e.mentions)
            ms.append(QStringLiteral("%1:%2").arg(corpus.articles.at(m.article).id).arg(m.span.start));
        lines.append(e.label + QStringLiteral(" [") + e.start.toString(Qt::ISODate) + QStringLiteral("] ")
            + ms.join(QLatin1Char(' ')));
    }
    return lines;
}
}

class TestEventEdits : public QObject
{
    Q_OBJECT
private:
    Corpus m_corpus;
    QList<Event> m_events;

    EventEdit edit(EventEdit::Kind kind, int eventIndex = -1)
    {
        EventEdit e;
        e.kind = kind;
        if (eventIndex >= 0)
            e.event = EventEditApplier::keysOf(m_events.at(eventIndex), m_corpus);
        return e;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        const QString text = QString(200, QLatin1Char('x'));
        m_corpus.articles = { TestSupport::makeArticle(text, {}, QStringLiteral("a")),
            TestSupport::makeArticle(text, {}, QStringLiteral("b")) };
        m_events = {
            makeEvent(QStringLiteral("e1"), QStringLiteral("Summit"),
                { mention(0, 10, 20, QDate(2018, 6, 12)), mention(1, 30, 40, QDate(2018, 6, 12)) }),
            makeEvent(QStringLiteral("e2"), QStringLiteral("Talks"), { mention(0, 50, 60, QDate(2019, 2, 27)) }),
            makeEvent(QStringLiteral("e3"), QStringLiteral("Test"),
                { mention(1, 70, 80, QDate(2020, 1, 1)), mention(0, 90, 99, QDate(2020, 1, 3)) }),
        };
    }

    void appliesEachKind_data()
    {
        QTest::addColumn<QList<EventEdit>>("edits");
        QTest::addColumn<QStringList>("expected");
        QTest::addColumn<int>("skipped");

        EventEdit rename = edit(EventEdit::Kind::Rename, 1);
        rename.label = QStringLiteral("Lakeside talks");
        QTest::newRow("rename") << QList<EventEdit> { rename }
                                << lines({ "Summit [2018-06-12] a:10 b:30", "Lakeside talks [2019-02-27] a:50",
                                       "Test [2020-01-01] b:70 a:90" })
                                << 0;
        QTest::newRow("delete") << QList<EventEdit> { edit(EventEdit::Kind::Delete, 0) }
                                << lines({ "Talks [2019-02-27] a:50", "Test [2020-01-01] b:70 a:90" }) << 0;
        EventEdit merge = edit(EventEdit::Kind::Merge, 1);
        merge.other = EventEditApplier::keysOf(m_events.at(0), m_corpus);
        QTest::newRow("merge") << QList<EventEdit> { merge }
                               << lines({ "Talks [2018-06-12] a:50 a:10 b:30", "Test [2020-01-01] b:70 a:90" }) << 0;
        EventEdit split = edit(EventEdit::Kind::Split, 2);
        split.other = { EventEditApplier::keyOf(m_events.at(2).mentions.at(1), m_corpus) };
        split.label = QStringLiteral("Second test");
        QTest::newRow("split") << QList<EventEdit> { split }
                               << lines({ "Summit [2018-06-12] a:10 b:30", "Talks [2019-02-27] a:50",
                                      "Test [2020-01-01] b:70", "Second test [2020-01-03] a:90" })
                               << 0;
        EventEdit move = edit(EventEdit::Kind::MoveMention, 1);
        move.other = { EventEditApplier::keyOf(m_events.at(0).mentions.at(1), m_corpus) };
        QTest::newRow("move mention") << QList<EventEdit> { move }
                                      << lines({ "Summit [2018-06-12] a:10", "Talks [2018-06-12] a:50 b:30",
                                             "Test [2020-01-01] b:70 a:90" })
                                      << 0;
        EventEdit add = edit(EventEdit::Kind::Add);
        add.label = QStringLiteral("Announcement");
        add.start = QDate(2017, 3, 1);
        QTest::newRow("add") << QList<EventEdit> { add }
                             << lines({ "Announcement [2017-03-01] ", "Summit [2018-06-12] a:10 b:30",
                                    "Talks [2019-02-27] a:50", "Test [2020-01-01] b:70 a:90" })
                             << 0;
        // An edit naming mentions that the new analysis no longer has is skipped, later ones still apply.
        EventEdit stale = rename;
        stale.event = { { QStringLiteral("a"), 150, 160 } };
        stale.seq = 7;
        QTest::newRow("stale edit skipped")
            << QList<EventEdit> { stale, edit(EventEdit::Kind::Delete, 2) }
            << lines({ "Summit [2018-06-12] a:10 b:30", "Talks [2019-02-27] a:50" }) << 1;
        // Later edits name events as they were after the earlier ones.
        EventEdit renameMerged = merge;
        renameMerged.kind = EventEdit::Kind::Rename;
        renameMerged.label = QStringLiteral("Summit and talks");
        QTest::newRow("edits in sequence")
            << QList<EventEdit> { merge, renameMerged }
            << lines({ "Summit and talks [2018-06-12] a:50 a:10 b:30", "Test [2020-01-01] b:70 a:90" }) << 0;
        // An added event has no mentions: later edits name it by the seq of the edit that made it.
        EventEdit added = add;
        added.seq = 5;
        EventEdit renameAdded = edit(EventEdit::Kind::Rename);
        renameAdded.eventMadeBy = 5;
        renameAdded.label = QStringLiteral("Declaration");
        EventEdit moveIntoAdded = edit(EventEdit::Kind::MoveMention);
        moveIntoAdded.eventMadeBy = 5;
        moveIntoAdded.other = { EventEditApplier::keyOf(m_events.at(2).mentions.at(1), m_corpus) };
        EventEdit mergeIntoAdded = edit(EventEdit::Kind::Merge);
        mergeIntoAdded.eventMadeBy = 5;
        mergeIntoAdded.other = EventEditApplier::keysOf(m_events.at(1), m_corpus);
        QTest::newRow("rename, move into, merge into an added event")
            << QList<EventEdit> { added, renameAdded, moveIntoAdded, mergeIntoAdded }
            << lines(
                   { "Summit [2018-06-12] a:10 b:30", "Declaration [2019-02-27] a:90 a:50", "Test [2020-01-01] b:70" })
            << 0;
        EventEdit splitAdded = edit(EventEdit::Kind::Split);
        splitAdded.eventMadeBy = 5;
        splitAdded.other = { EventEditApplier::keyOf(m_events.at(2).mentions.at(1), m_corpus) };
        splitAdded.label = QStringLiteral("Split off");
        splitAdded.seq = 9;
        EventEdit renameSplit = edit(EventEdit::Kind::Rename);
        renameSplit.eventMadeBy = 9;
        renameSplit.label = QStringLiteral("Renamed split");
        QTest::newRow("split an added event, rename the split")
            << QList<EventEdit> { added, moveIntoAdded, splitAdded, renameSplit }
            << lines({ "Summit [2018-06-12] a:10 b:30", "Talks [2019-02-27] a:50", "Test [2020-01-01] b:70",
                   "Announcement [2020-01-03] ", "Renamed split [2020-01-03] a:90" })
            << 0;
        EventEdit mergeAddedAway = edit(EventEdit::Kind::Merge, 0);
        mergeAddedAway.otherMadeBy = 5;
        EventEdit deleteAdded = edit(EventEdit::Kind::Delete);
        deleteAdded.eventMadeBy = 5;
        QTest::newRow("merge away, then delete an added event")
            << QList<EventEdit> { added, mergeAddedAway, deleteAdded }
            << lines({ "Summit [2017-03-01] a:10 b:30", "Talks [2019-02-27] a:50", "Test [2020-01-01] b:70 a:90" })
            << 1;
        QTest::newRow("delete an added event")
            << QList<EventEdit> { added, deleteAdded }
            << lines({ "Summit [2018-06-12] a:10 b:30", "Talks [2019-02-27] a:50", "Test [2020-01-01] b:70 a:90" })
            << 0;
        // An edit made before added events had keys named one by its (empty) mentions: still skipped.
        EventEdit legacy = edit(EventEdit::Kind::Rename);
        legacy.label = QStringLiteral("Lost");
        QTest::newRow("edit without a key on an added event")
            << QList<EventEdit> { added, legacy }
            << lines({ "Announcement [2017-03-01] ", "Summit [2018-06-12] a:10 b:30", "Talks [2019-02-27] a:50",
                   "Test [2020-01-01] b:70 a:90" })
            << 1;
    }

    void appliesEachKind()
    {
        QFETCH(QList<EventEdit>, edits);
        QFETCH(QStringList, expected);
        QFETCH(int, skipped);
        const EventEditApplier::Result result = EventEditApplier::apply(m_events, edits, m_corpus);
        QCOMPARE(dump(result.events, m_corpus), expected);
        QCOMPARE(result.skipped.size(), skipped);
    }

    void storedUndoneAndReloaded()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("e.parallax"));
        QVERIFY(ProjectStore::create(path, dir.path()).ok());
        EventEdit rename = edit(EventEdit::Kind::Rename, 0);
        rename.label = QStringLiteral("Harbour talks");
        {
            auto project = ProjectStore::open(path);
            QVERIFY(project.ok());
            QUndoStack undo;
            EventEditStore store(&undo);
            QVERIFY(store.setProject(project.value().get()).ok());
            QSignalSpy changed(&store, &EventEditStore::changed);
            QVERIFY(store.add(rename).ok());
            QVERIFY(store.add(edit(EventEdit::Kind::Delete, 1)).ok());
            QCOMPARE(store.edits().size(), 2);
            QCOMPARE(changed.size(), 2);
            undo.undo();
            QCOMPARE(store.edits().size(), 1);
            undo.redo();
            undo.undo();
        }
        auto project = ProjectStore::open(path);
        QVERIFY(project.ok());
        QUndoStack undo;
        EventEditStore store(&undo);
        QVERIFY(store.setProject(project.value().get()).ok());
        QCOMPARE(store.edits().size(), 1);
        QCOMPARE(store.edits().at(0).label, QStringLiteral("Harbour talks"));
        QCOMPARE(store.edits().at(0).event, rename.event);
        const auto result = EventEditApplier::apply(m_events, store.edits(), m_corpus);
        QCOMPARE(result.events.at(0).label, QStringLiteral("Harbour talks"));
    }

    // An added event keeps its key (the seq of its Add) through undo, redo and reopening, so every
    // later edit still finds it.
    void addedEventEditableAfterUndoRedoAndReopening()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("e.parallax"));
        QVERIFY(ProjectStore::create(path, dir.path()).ok());
        EventEdit add = edit(EventEdit::Kind::Add);
        add.label = QStringLiteral("Announcement");
        add.start = QDate(2021, 5, 4);
        const auto labels = [this](const QList<EventEdit> &edits) {
            QStringList made;
            for (const Event &e : EventEditApplier::apply(m_events, edits, m_corpus).events)
                made.append(e.id.startsWith(QLatin1Char('u')) ? e.label : QString());
            made.removeAll(QString());
            return made;
        };
        {
            auto project = ProjectStore::open(path);
            QVERIFY(project.ok());
            QUndoStack undo;
            EventEditStore store(&undo);
            QVERIFY(store.setProject(project.value().get()).ok());
            QVERIFY(store.add(add).ok());
            const QList<Event> shown = EventEditApplier::apply(m_events, store.edits(), m_corpus).events;
            const Event &made = shown.constLast();
            QCOMPARE(EventEditApplier::madeBy(made), store.edits().constFirst().seq);
            EventEdit rename;
            rename.kind = EventEdit::Kind::Rename;
            EventEditApplier::nameEvent(rename, made, m_corpus);
            QVERIFY(rename.event.isEmpty());
            rename.label = QStringLiteral("Declaration");
            QVERIFY(store.add(rename).ok());
            QCOMPARE(labels(store.edits()), QStringList { QStringLiteral("Declaration") });
            undo.undo();
            QCOMPARE(labels(store.edits()), QStringList { QStringLiteral("Announcement") });
            undo.undo();
            QCOMPARE(labels(store.edits()), QStringList());
            undo.redo();
            undo.redo();
            QCOMPARE(labels(store.edits()), QStringList { QStringLiteral("Declaration") });
            EventEdit remove;
            remove.kind = EventEdit::Kind::Delete;
            EventEditApplier::nameEvent(
                remove, EventEditApplier::apply(m_events, store.edits(), m_corpus).events.constLast(), m_corpus);
            QVERIFY(store.add(remove).ok());
            QCOMPARE(labels(store.edits()), QStringList());
            undo.undo();
        }
        auto project = ProjectStore::open(path);
        QVERIFY(project.ok());
        QUndoStack undo;
        EventEditStore store(&undo);
        QVERIFY(store.setProject(project.value().get()).ok());
        QCOMPARE(store.edits().size(), 2);
        QCOMPARE(store.edits().at(1).eventMadeBy, store.edits().at(0).seq);
        const EventEditApplier::Result result = EventEditApplier::apply(m_events, store.edits(), m_corpus);
        QVERIFY(result.skipped.isEmpty());
        QCOMPARE(labels(store.edits()), QStringList { QStringLiteral("Declaration") });
    }

    void madeByRoundTripsThroughJson()
    {
        EventEdit merge;
        merge.kind = EventEdit::Kind::Merge;
        merge.eventMadeBy = 12;
        merge.otherMadeBy = 3;
        const std::optional<EventEdit> back = EventEdit::fromJson(merge.toJson());
        QVERIFY(back);
        QCOMPARE(back->eventMadeBy, qint64(12));
        QCOMPARE(back->otherMadeBy, qint64(3));
        // An edit stored before the keys existed reads as naming a computed event.
        QJsonObject old = merge.toJson();
        old.remove(QStringLiteral("event-made-by"));
        old.remove(QStringLiteral("other-made-by"));
        QCOMPARE(EventEdit::fromJson(old)->eventMadeBy, qint64(0));
    }
};

QTEST_GUILESS_MAIN(TestEventEdits)
#include "tst_eventedits.moc"
