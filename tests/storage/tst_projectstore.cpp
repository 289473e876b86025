// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/projectschema.h"
#include "storage/projectstore.h"
#include "testsupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace
{
QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(bytes), bytes.size());
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Runs SQL on a plain connection, as another program (or an older Parallax) would.
void execRaw(const QString &path, const QStringList &statements, int schemaVersion = -1)
{
    const QString name = QStringLiteral("raw");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        if (schemaVersion >= 0)
            QVERIFY(ProjectSchema::migrate(db, schemaVersion).ok());
        QSqlQuery query(db);
        for (const QString &s : statements)
            QVERIFY2(query.exec(s), qPrintable(s));
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}
}

class TestProjectStore : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_corpus;

    QString makeProject(const QString &name)
    {
        const QString path = m_dir.filePath(name);
        auto created = ProjectStore::create(path, m_corpus);
        if (!created.ok())
            qWarning("%s", qPrintable(created.error().message));
        return created.ok() ? path : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_corpus = m_dir.filePath(QStringLiteral("corpus"));
        QVERIFY(QDir().mkpath(m_corpus));
    }

    void createsAndReopens()
    {
        const QString path = m_dir.filePath(QStringLiteral("a.parallax"));
        {
            auto created = ProjectStore::create(path, m_corpus);
            QVERIFY2(created.ok(), qPrintable(created.error().message));
            QCOMPARE(created.value()->corpusPath(), m_corpus);
            QCOMPARE(created.value()->metaValue(QStringLiteral("corpus_relative")), QStringLiteral("corpus"));
            QVERIFY(QFileInfo::exists(ProjectStore::lockPath(path)));
        }
        QVERIFY(!QFileInfo::exists(ProjectStore::lockPath(path)));
        QVERIFY(!QFileInfo::exists(path + QStringLiteral(".new")));
        auto opened = ProjectStore::open(path);
        QVERIFY2(opened.ok(), qPrintable(opened.error().message));
        QCOMPARE(opened.value()->corpusPath(), m_corpus);
        QSqlDatabase db = opened.value()->database();
        QCOMPARE(ProjectSchema::version(db), ProjectSchema::currentVersion());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("PRAGMA journal_mode")) && query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("wal"));
        QVERIFY(query.exec(QStringLiteral("PRAGMA synchronous")) && query.next());
        QCOMPARE(query.value(0).toInt(), 2); // FULL
    }

    void corpusFollowsAMovedFolder()
    {
        // Project and corpus moved together: the relative path still finds the corpus.
        QTemporaryDir other;
        const QString corpus = other.filePath(QStringLiteral("texts"));
        QVERIFY(QDir().mkpath(corpus));
        const QString path = other.filePath(QStringLiteral("p.parallax"));
        QVERIFY(ProjectStore::create(path, corpus).ok());
        QTemporaryDir moved;
        QVERIFY(QDir().rename(corpus, moved.filePath(QStringLiteral("texts"))));
        QVERIFY(QFile::rename(path, moved.filePath(QStringLiteral("p.parallax"))));
        auto opened = ProjectStore::open(moved.filePath(QStringLiteral("p.parallax")));
        QVERIFY2(opened.ok(), qPrintable(opened.error().message));
        QCOMPARE(opened.value()->corpusPath(), moved.filePath(QStringLiteral("texts")));
    }

    void createRefusesAnExistingFile()
    {
        const QString path = makeProject(QStringLiteral("exists.parallax"));
        QVERIFY(!path.isEmpty());
        const QByteArray before = fileHash(path);
        auto again = ProjectStore::create(path, m_corpus);
        QVERIFY(!again.ok());
        QCOMPARE(again.error().code, Error::Code::AlreadyExists);
        QCOMPARE(again.error().file, path);
        QCOMPARE(fileHash(path), before);
    }

    void secondWriterIsRefused()
    {
        const QString path = makeProject(QStringLiteral("locked.parallax"));
        auto first = ProjectStore::open(path);
        QVERIFY(first.ok());
        auto second = ProjectStore::open(path);
        QVERIFY(!second.ok());
        QCOMPARE(second.error().code, Error::Code::Locked);
        QCOMPARE(second.error().file, path);
        QVERIFY(second.error().message.contains(QStringLiteral("locked.parallax")));
        QVERIFY(second.error().message.contains(QString::number(QCoreApplication::applicationPid())));
        // A reader is welcome while the writer works.
        auto reader = ProjectStore::open(path, ProjectStore::Mode::ReadOnly);
        QVERIFY2(reader.ok(), qPrintable(reader.error().message));
        QCOMPARE(reader.value()->corpusPath(), m_corpus);
        QCOMPARE(reader.value()->setMetaValue(QStringLiteral("x"), QStringLiteral("y")).code, Error::Code::ReadOnly);
    }

    void staleLockOfADeadProcessIsCleared()
    {
        const QString path = makeProject(QStringLiteral("stale.parallax"));
        // QLockFile's format: pid, application name, host name. No process has this pid.
        writeFile(ProjectStore::lockPath(path),
            QByteArrayLiteral("4194302\nparallax\n") + QSysInfo::machineHostName().toUtf8() + '\n');
        auto opened = ProjectStore::open(path);
        QVERIFY2(opened.ok(), qPrintable(opened.error().message));
    }

    void badFilesAreRefusedAndLeftUntouched_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("code");
        QTest::newRow("empty") << "empty" << int(Error::Code::NotAProject);
        QTest::newRow("text file") << "text" << int(Error::Code::NotAProject);
        QTest::newRow("foreign sqlite") << "foreign" << int(Error::Code::NotAProject);
        QTest::newRow("truncated") << "truncated" << int(Error::Code::Damaged);
        QTest::newRow("header only") << "header" << int(Error::Code::Damaged);
        QTest::newRow("pages overwritten") << "garbage" << int(Error::Code::Damaged);
        QTest::newRow("newer schema") << "newer" << int(Error::Code::TooNew);
        QTest::newRow("missing meta") << "nometa" << int(Error::Code::Damaged);
    }

    void badFilesAreRefusedAndLeftUntouched()
    {
        QFETCH(QString, kind);
        QFETCH(int, code);
        const QString path = m_dir.filePath(kind + QStringLiteral(".parallax"));
        const auto bigProject = [&] {
            const QString made = makeProject(kind + QStringLiteral("-src.parallax"));
            execRaw(made,
                { QStringLiteral("CREATE TABLE filler (x BLOB)"),
                    QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 200) "
                                   "INSERT INTO filler SELECT randomblob(300) FROM n"),
                    QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)") });
            return readFile(made);
        };
        if (kind == QLatin1String("empty")) {
            writeFile(path, {});
        } else if (kind == QLatin1String("text")) {
            writeFile(path, QByteArrayLiteral("These are my notes, not a project.\n"));
        } else if (kind == QLatin1String("foreign")) {
            execRaw(path,
                { QStringLiteral("CREATE TABLE contacts (name TEXT)"),
                    QStringLiteral("INSERT INTO contacts VALUES ('someone')") });
        } else if (kind == QLatin1String("truncated")) {
            const QByteArray whole = bigProject();
            writeFile(path, whole.left(whole.size() / 2 + 100));
        } else if (kind == QLatin1String("header")) {
            writeFile(path, bigProject().left(60));
        } else if (kind == QLatin1String("garbage")) {
            QByteArray whole = bigProject();
            for (qsizetype i = 4096; i < whole.size() - 4096; i += 7)
                whole[i] = char(0xA5);
            writeFile(path, whole);
        } else if (kind == QLatin1String("newer")) {
            const QString made = makeProject(QStringLiteral("newer-src.parallax"));
            execRaw(made, { QStringLiteral("PRAGMA user_version = 999") });
            writeFile(path, readFile(made));
        } else if (kind == QLatin1String("nometa")) {
            const QString made = makeProject(QStringLiteral("nometa-src.parallax"));
            execRaw(made, { QStringLiteral("DROP TABLE meta"), QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)") });
            writeFile(path, readFile(made));
        }
        const QByteArray before = fileHash(path);
        for (const auto mode : { ProjectStore::Mode::ReadWrite, ProjectStore::Mode::ReadOnly }) {
            auto opened = ProjectStore::open(path, mode);
            QVERIFY(!opened.ok());
            QCOMPARE(int(opened.error().code), code);
            QCOMPARE(opened.error().file, path);
            QVERIFY2(opened.error().message.contains(kind + QStringLiteral(".parallax")),
                qPrintable(opened.error().message));
        }
        QCOMPARE(fileHash(path), before);
        QVERIFY(!QFileInfo::exists(ProjectStore::lockPath(path)));
    }

    void migratesAnOlderSchemaAndKeepsABackup()
    {
        const QString path = m_dir.filePath(QStringLiteral("old.parallax"));
        execRaw(path,
            { QStringLiteral("INSERT INTO meta VALUES ('format', 'parallax-project')"),
                QStringLiteral("INSERT INTO annotations VALUES ('id-1', 1, '2026-01-01T00:00:00.000Z', "
                               "'2026-01-01T00:00:00.000Z', '{\"note\":\"kept\"}')") },
            1);
        const QByteArray before = fileHash(path);
        auto readOnly = ProjectStore::open(path, ProjectStore::Mode::ReadOnly);
        QVERIFY(!readOnly.ok());
        QCOMPARE(readOnly.error().code, Error::Code::ReadOnly);
        QCOMPARE(fileHash(path), before);

        auto opened = ProjectStore::open(path);
        QVERIFY2(opened.ok(), qPrintable(opened.error().message));
        QSqlDatabase db = opened.value()->database();
        QCOMPARE(ProjectSchema::version(db), ProjectSchema::currentVersion());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("SELECT data FROM annotations WHERE id = 'id-1'")) && query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("{\"note\":\"kept\"}"));
        QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM analysis_cache")) && query.next());
        QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM event_edits")) && query.next());
        const QString backup = path + QStringLiteral(".v1.bak");
        QVERIFY(QFileInfo::exists(backup));
        QCOMPARE(fileHash(backup).isEmpty(), false);
    }

    void savesAsACopyThatFindsTheCorpus()
    {
        const QString path = makeProject(QStringLiteral("orig.parallax"));
        auto opened = ProjectStore::open(path);
        QVERIFY(opened.ok());
        QVERIFY(opened.value()->setMetaValue(QStringLiteral("note"), QStringLiteral("hello")).ok());
        const QString target = m_dir.filePath(QStringLiteral("elsewhere/copy.parallax"));
        QVERIFY(QDir().mkpath(QFileInfo(target).absolutePath()));
        auto copy = opened.value()->saveAs(target);
        QVERIFY2(copy.ok(), qPrintable(copy.error().message));
        QCOMPARE(copy.value()->metaValue(QStringLiteral("note")), QStringLiteral("hello"));
        QCOMPARE(copy.value()->corpusPath(), m_corpus);
        QCOMPARE(copy.value()->metaValue(QStringLiteral("corpus_relative")), QStringLiteral("../corpus"));
        QCOMPARE(ProjectStore::open(target).error().code, Error::Code::Locked);
    }
};

QTEST_GUILESS_MAIN(TestProjectStore)
#include "tst_projectstore.moc"
