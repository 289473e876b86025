// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "quotes/aligner.h"
#include "quotes/alignmentcells.h"
#include "testsupport.h"

#include <QTest>

// Alignment cells as word-table positions read exactly like the string lists they replace.
class TestAlignmentCells : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void readsLikeTheList_data()
    {
        QTest::addColumn<QStringList>("cells");
        QTest::newRow("empty") << QStringList {};
        QTest::newRow("one word") << QStringList { QStringLiteral("harbour") };
        QTest::newRow("gaps") << QStringList { QString(), QStringLiteral("ferry"), QString() };
        QTest::newRow("repeated words") << QStringList { QStringLiteral("tolls"), QStringLiteral("Tolls"),
            QStringLiteral("tolls"), QString() };
        // An empty cell is a word, not a gap: it must stay distinguishable from the null one.
        QTest::newRow("empty is not a gap") << QStringList { QLatin1String(""), QString(), QLatin1String("") };
    }

    void readsLikeTheList()
    {
        QFETCH(QStringList, cells);
        const AlignmentCells compact(cells);
        QCOMPARE(compact.size(), cells.size());
        QCOMPARE(compact.isEmpty(), cells.isEmpty());
        QStringList iterated;
        for (const QString &cell : compact)
            iterated.append(cell);
        QCOMPARE(iterated, cells);
        for (qsizetype i = 0; i < cells.size(); ++i) {
            QCOMPARE(compact.at(i), cells.at(i));
            QCOMPARE(compact.at(i).isNull(), cells.at(i).isNull());
            QCOMPARE(compact.value(i), cells.at(i));
        }
        QVERIFY(compact.value(-1).isNull());
        QVERIFY(compact.value(cells.size()).isNull());
        QCOMPARE(compact.toList(), cells);
        // A word is stored once however many renderings have it.
        QSet<QString> distinct;
        for (const QString &cell : std::as_const(cells)) {
            if (!cell.isNull())
                distinct.insert(cell);
        }
        QCOMPARE(compact.words().size(), distinct.size());
    }

    void comparesByCells()
    {
        const AlignmentCells a { QStringLiteral("new"), QString(), QStringLiteral("port") };
        QCOMPARE(a, AlignmentCells(QStringList { QStringLiteral("new"), QString(), QStringLiteral("port") }));
        QVERIFY(a != AlignmentCells({ QStringLiteral("new"), QLatin1String(""), QStringLiteral("port") }));
        QVERIFY(a != AlignmentCells({ QStringLiteral("new"), QString() }));
        QVERIFY(a != AlignmentCells({ QStringLiteral("new"), QString(), QStringLiteral("Port") }));
    }

    void slicesOfOneSharedIndex()
    {
        const QStringList words { QStringLiteral("rail"), QStringLiteral("fares"), QStringLiteral("rise") };
        const QList<qint32> index { 0, 0, -1, 1, 1, 1, 2, -1, 2 };
        const QList<AlignmentCells> columns = AlignmentCells::split(words, index, { 2, 1, 3, 3 });
        QCOMPARE(columns.size(), 4);
        QCOMPARE(columns.at(0).toList(), QStringList({ QStringLiteral("rail"), QStringLiteral("rail") }));
        QCOMPARE(columns.at(1).size(), 1);
        QVERIFY(columns.at(1).at(0).isNull());
        const AlignmentCells &second = columns.at(2);
        QCOMPARE(second.toList(),
            QStringList({ QStringLiteral("fares"), QStringLiteral("fares"), QStringLiteral("fares") }));
        const AlignmentCells &third = columns.at(3);
        QCOMPARE(third.toList(), QStringList({ QStringLiteral("rise"), QString(), QStringLiteral("rise") }));
        QVERIFY(third.at(1).isNull());
        QVERIFY(third.words().isSharedWith(second.words()));
        // A position outside the table reads as a gap rather than out of bounds.
        const AlignmentCells damaged = AlignmentCells::split(words, { 7, 0 }, { 2 }).constFirst();
        QVERIFY(damaged.at(0).isNull());
        QCOMPARE(damaged.at(1), QStringLiteral("rail"));
    }

    // The aligner's columns share one table: each cell is the rendering's own spelling of the word.
    void alignerColumnsShareOneTable()
    {
        const QList<Aligner::Rendering> renderings { Aligner::Rendering::of(u"The mayor will resign today,"),
            Aligner::Rendering::of(u"the Mayor will resign"), Aligner::Rendering::of(u"mayor will quit today") };
        const Aligner::Result r = Aligner::align(renderings, Aligner::fullest(renderings));
        for (const AlignmentColumn &column : r.columns)
            QVERIFY(column.cells.words().isSharedWith(r.columns.constFirst().cells.words()));
        QCOMPARE(TestSupport::alignmentRows(r.columns),
            QStringList({ QStringLiteral("The|the|- normalisation"), QStringLiteral("mayor|Mayor|mayor normalisation"),
                QStringLiteral("will|will|will same"), QStringLiteral("resign|resign|quit substitution"),
                QStringLiteral("today,|-|today normalisation") }));
    }
};

QTEST_GUILESS_MAIN(TestAlignmentCells)
#include "tst_alignmentcells.moc"
