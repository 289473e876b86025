// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "projectfixture.h"
#include "storage/projectaccess.h"
#include "storage/projectschema.h"
#include "storage/projectstore.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>

namespace
{
QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

quint32 bigEndian(const QByteArray &bytes, int offset)
{
    return (quint32(quint8(bytes.at(offset))) << 24) | (quint32(quint8(bytes.at(offset + 1))) << 16)
        | (quint32(quint8(bytes.at(offset + 2))) << 8) | quint32(quint8(bytes.at(offset + 3)));
}

int annotationCount(ProjectStore &store)
{
    QSqlQuery query(store.database());
    return query.exec(QStringLiteral("SELECT count(*) FROM annotations")) && query.next() ? query.value(0).toInt() : -1;
}

QString integrity(ProjectStore &store)
{
    QSqlQuery query(store.database());
    return query.exec(QStringLiteral("PRAGMA integrity_check")) && query.next() ? query.value(0).toString()
                                                                                : QStringLiteral("failed");
}

bool insertAnnotations(ProjectStore &store, int count, int noteSize)
{
    return store
        .write([&](QSqlDatabase &db) -> Error {
            QSqlQuery query(db);
            query.prepare(QStringLiteral("INSERT INTO annotations (id, seq, created, modified, data) "
                                         "VALUES (?, ?, '2026-01-01', '2026-01-01', ?)"));
            for (int i = 0; i < count; ++i) {
                query.addBindValue(QStringLiteral("id-%1").arg(annotationCount(store) + 1));
                query.addBindValue(annotationCount(store) + 1);
                query.addBindValue(QString(noteSize, QLatin1Char('n')));
                if (!query.exec())
                    return { Error::Code::Io, QStringLiteral("insert failed") };
            }
            return {};
        })
        .ok();
}
}

// States a kill or an older Parallax can leave a project in, which SQLite recovers on its own:
// each must open for reading and for writing with every committed annotation.
class TestProjectRecovery : public QObject
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

    void createdFileIsCompleteUnderItsName()
    {
        const QString path = m_fixture.filePath(QStringLiteral("fresh.parallax"));
        // A staging file and WAL left by an earlier kill must not leak into the new project.
        QVERIFY(writeFile(path + QStringLiteral(".new"), "half a project"));
        QVERIFY(writeFile(path + QStringLiteral(".new-wal"), QByteArray(4096, 'w')));
        {
            auto created = ProjectStore::create(path, m_fixture.corpus());
            QVERIFY2(created.ok(), qPrintable(created.error().message));
        }
        const QByteArray header = readFile(path).left(100);
        QCOMPARE(int(header.at(18)), 2); // WAL in the header itself: no journal_mode switch after the rename
        QCOMPARE(int(header.at(19)), 2);
        for (const char *side : { ".new", ".new-wal", ".new-journal", "-journal" })
            QVERIFY2(!QFileInfo::exists(path + QLatin1String(side)), side);
    }

    void killedCheckpointLeavesAShortFileBesideItsWal_data()
    {
        QTest::addColumn<int>("written"); // pages the checkpoint wrote: 1, a third, all but the last
        QTest::newRow("page 1 only") << 1;
        QTest::newRow("a third") << 3;
        QTest::newRow("all but the last") << -1;
    }

    // ~ProjectStore checkpoints the WAL into the file, page by page in order. A kill after it wrote
    // page 1 (which holds the new page count) but before the higher pages leaves a file shorter than
    // its header says beside a complete WAL; SQLite reads the missing pages from the WAL.
    void killedCheckpointLeavesAShortFileBesideItsWal()
    {
        QFETCH(int, written);
        const QString path = m_fixture.newProject();
        QVERIFY(!path.isEmpty());
        QByteArray fileBefore;
        QByteArray walBefore;
        {
            auto store = ProjectStore::open(path);
            QVERIFY(store.ok());
            QVERIFY(insertAnnotations(*store.value(), 60, 3000));
            fileBefore = readFile(path);
            walBefore = readFile(path + QStringLiteral("-wal"));
            QVERIFY(walBefore.size() > qint64 { 100 } * 1024);
        }
        const QByteArray checkpointed = readFile(path);
        const int pageSize = int(bigEndian(checkpointed, 16) >> 16);
        const int pages = int(bigEndian(checkpointed, 28));
        QCOMPARE(qint64(pages) * pageSize, checkpointed.size());
        QVERIFY(checkpointed.size() > fileBefore.size());
        const int kept = written == 1 ? 1 : written == 3 ? pages / 3 : pages - 1;
        // The checkpoint's first `kept` pages over the file as it was.
        const qsizetype cut = qsizetype(kept) * pageSize;
        const QByteArray crashState = checkpointed.left(cut) + fileBefore.mid(cut);
        const QString crashed = m_fixture.filePath(QStringLiteral("crashed%1.parallax").arg(kept));
        QVERIFY(writeFile(crashed, crashState));
        QVERIFY(writeFile(crashed + QStringLiteral("-wal"), walBefore));

        {
            auto reader = ProjectStore::open(crashed, ProjectStore::Mode::ReadOnly);
            QVERIFY2(reader.ok(), qPrintable(reader.error().message));
            QCOMPARE(annotationCount(*reader.value()), 60);
        }
        {
            auto writer = ProjectStore::open(crashed);
            QVERIFY2(writer.ok(), qPrintable(writer.error().message));
            QCOMPARE(annotationCount(*writer.value()), 60);
            QCOMPARE(integrity(*writer.value()), QStringLiteral("ok"));
            QVERIFY(insertAnnotations(*writer.value(), 1, 10));
        }
        auto again = ProjectStore::open(crashed);
        QVERIFY2(again.ok(), qPrintable(again.error().message));
        QCOMPARE(annotationCount(*again.value()), 61);
    }

    // A project left with a hot rollback journal (an older Parallax killed while switching the new
    // file to WAL, or any rollback-mode write): readers read what SQLite recovers, the writer rolls
    // it back, and neither refuses the file.
    void hotJournalIsRolledBack()
    {
        const QString path = m_fixture.newProject();
        {
            auto store = ProjectStore::open(path);
            QVERIFY(store.ok());
            QVERIFY(insertAnnotations(*store.value(), 5, 100));
        }
        const QString crashed = m_fixture.filePath(QStringLiteral("journal.parallax"));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(QStringLiteral("PRAGMA journal_mode = DELETE")));
            QVERIFY(query.exec(QStringLiteral("PRAGMA cache_size = 2")));
            QVERIFY(query.exec(QStringLiteral("BEGIN")));
            QVERIFY(query.exec(QStringLiteral("DELETE FROM annotations")));
            QVERIFY(query.exec(QStringLiteral("CREATE TABLE filler (x BLOB)")));
            for (int i = 0; i < 40; ++i)
                QVERIFY(query.exec(QStringLiteral("INSERT INTO filler VALUES (randomblob(3000))")));
            // Mid-transaction: pages spilled into the file, the journal holds the originals.
            QVERIFY(QFile::copy(path, crashed));
            QVERIFY(QFile::copy(path + QStringLiteral("-journal"), crashed + QStringLiteral("-journal")));
            QVERIFY(query.exec(QStringLiteral("ROLLBACK")));
            query = QSqlQuery();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
        QVERIFY(ProjectAccess::hasHotJournal(crashed));
        const QByteArray before = readFile(crashed);
        {
            auto reader = ProjectStore::open(crashed, ProjectStore::Mode::ReadOnly);
            QVERIFY2(reader.ok(), qPrintable(reader.error().message));
            QCOMPARE(annotationCount(*reader.value()), 5);
        }
        QCOMPARE(readFile(crashed), before); // a reader changes nothing
        QVERIFY(ProjectAccess::hasHotJournal(crashed));
        {
            auto writer = ProjectStore::open(crashed);
            QVERIFY2(writer.ok(), qPrintable(writer.error().message));
            QCOMPARE(annotationCount(*writer.value()), 5);
            QCOMPARE(integrity(*writer.value()), QStringLiteral("ok"));
        }
        QVERIFY(!ProjectAccess::hasHotJournal(crashed));
    }

    // PRAGMA quick_check does not compare indexes with their tables; a file whose index disagrees
    // with its table must be refused before anything is written into it, and left as it is.
    void damagedIndexIsRefusedForWriting()
    {
        const QString path = m_fixture.newProject();
        {
            auto store = ProjectStore::open(path);
            QVERIFY(store.ok());
            QVERIFY(insertAnnotations(*store.value(), 3, 10));
        }
        int root = 0;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(QStringLiteral("SELECT rootpage FROM sqlite_master WHERE name = 'annotations_seq'")));
            QVERIFY(query.next());
            root = query.value(0).toInt();
            query = QSqlQuery();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
        QByteArray bytes = readFile(path);
        const int pageSize = int(bigEndian(bytes, 16) >> 16);
        // The index entry (seq 3, rowid 3) as a record: header size 3, two 1-byte integers, 3, 3.
        const qsizetype entry
            = bytes.indexOf(QByteArrayLiteral("\x03\x01\x01\x03\x03"), qsizetype(root - 1) * pageSize);
        QVERIFY(entry > 0 && entry < qsizetype(root) * pageSize);
        bytes[entry + 4] = 4; // now points at a row that does not exist; still in order
        QVERIFY(writeFile(path, bytes));

        auto writer = ProjectStore::open(path);
        QVERIFY(!writer.ok());
        QCOMPARE(writer.error().code, Error::Code::Damaged);
        QVERIFY2(
            writer.error().message.contains(QStringLiteral("annotations_seq")), qPrintable(writer.error().message));
        QCOMPARE(readFile(path), bytes);
        // Reading does not write, so the annotations can still be exported.
        auto reader = ProjectStore::open(path, ProjectStore::Mode::ReadOnly);
        QVERIFY2(reader.ok(), qPrintable(reader.error().message));
        QCOMPARE(readFile(path), bytes);
    }
};

QTEST_GUILESS_MAIN(TestProjectRecovery)
#include "tst_projectrecovery.moc"
