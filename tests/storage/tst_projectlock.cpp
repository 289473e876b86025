// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "projectfixture.h"
#include "storage/projectlock.h"
#include "storage/projectstore.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QSysInfo>
#include <QTest>

#include <utility>

// What a kill or another program can leave at NAME.parallax.lock never locks the analyst out: a
// lock counts only while it names a live Parallax process.
class TestProjectLock : public QObject
{
    Q_OBJECT
private:
    ProjectFixture m_fixture;

    static void age(const QString &path)
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.setFileTime(QDateTime::currentDateTime().addSecs(-60), QFileDevice::FileModificationTime));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_fixture.isValid());
    }

    void leftoverIsStale_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("empty (killed between creating and writing)") << QByteArray();
        QTest::newRow("garbage") << QByteArray("\x01\x02 not a lock\n", 14);
        QTest::newRow("process 0") << QByteArray("0\nparallax\nhost\n");
        QTest::newRow("negative process") << QByteArray("-42\nparallax\nhost\n");
        QTest::newRow("number without a newline") << QByteArray("123");
        QTest::newRow("blank lines") << QByteArray("\n\n\n");
    }

    void leftoverIsStale()
    {
        QFETCH(QByteArray, content);
        const QString path = m_fixture.newProject();
        QVERIFY(!path.isEmpty());
        const QString lock = ProjectStore::lockPath(path);
        {
            QFile file(lock);
            QVERIFY(file.open(QIODevice::WriteOnly));
            QCOMPARE(file.write(content), content.size());
        }
        age(lock);
        auto opened = ProjectStore::open(path);
        QVERIFY2(opened.ok(), qPrintable(opened.error().message));
        // And it is a real lock now: a second writer is refused, naming us.
        auto second = ProjectStore::open(path);
        QCOMPARE(second.error().code, Error::Code::Locked);
        QVERIFY(second.error().message.contains(QString::number(QCoreApplication::applicationPid())));
    }

    void freshEmptyLockGetsTimeToFillIn()
    {
        // A lock file made a moment ago may be a live one being written: it is given a moment
        // (not forever) before it counts as stale.
        const QString path = m_fixture.newProject();
        QFile file(ProjectStore::lockPath(path));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        QElapsedTimer timer;
        timer.start();
        auto opened = ProjectStore::open(path);
        QVERIFY2(opened.ok(), qPrintable(opened.error().message));
        QVERIFY2(timer.elapsed() >= 500 && timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
    }

    // Found by the kill trials: a kill while a stale lock was being removed leaves QLockFile's
    // removal guard (NAME.lock.rmlock) behind, empty, and every open failed until it aged 30 s.
    void leftoverRemovalGuardIsCleared_data()
    {
        QTest::addColumn<QByteArray>("lock");
        QTest::addColumn<QByteArray>("guard");
        const QByteArray deadProcess
            = QByteArrayLiteral("4194302\nparallax\n") + QSysInfo::machineHostName().toUtf8() + '\n';
        QTest::newRow("dead process's lock, empty guard") << deadProcess << QByteArray();
        QTest::newRow("empty lock, empty guard") << QByteArray() << QByteArray();
        QTest::newRow("empty lock, dead process's guard") << QByteArray() << deadProcess;
    }

    void leftoverRemovalGuardIsCleared()
    {
        QFETCH(QByteArray, lock);
        QFETCH(QByteArray, guard);
        const QString path = m_fixture.newProject();
        const QString lockPath = ProjectStore::lockPath(path);
        const QString guardPath = lockPath + QStringLiteral(".rmlock");
        for (const auto &[file, content] : { std::pair { lockPath, lock }, std::pair { guardPath, guard } }) {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            QCOMPARE(f.write(content), content.size());
            f.close();
            age(file);
        }
        QElapsedTimer timer;
        timer.start();
        auto opened = ProjectStore::open(path);
        QVERIFY2(opened.ok(), qPrintable(opened.error().message));
        QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
    }

    void emptyFolderInTheLocksPlaceIsRemoved()
    {
        const QString path = m_fixture.newProject();
        QVERIFY(QDir().mkdir(ProjectStore::lockPath(path)));
        auto opened = ProjectStore::open(path);
        QVERIFY2(opened.ok(), qPrintable(opened.error().message));
    }

    void folderWithFilesIsNamedAndKept()
    {
        const QString path = m_fixture.newProject();
        const QString lock = ProjectStore::lockPath(path);
        QVERIFY(QDir().mkdir(lock));
        QFile keep(lock + QStringLiteral("/notes.txt"));
        QVERIFY(keep.open(QIODevice::WriteOnly));
        keep.close();
        auto opened = ProjectStore::open(path);
        QVERIFY(!opened.ok());
        QVERIFY2(opened.error().message.contains(QStringLiteral("is a folder")), qPrintable(opened.error().message));
        QVERIFY(QFileInfo::exists(lock + QStringLiteral("/notes.txt")));
    }

    void liveLockIsNotTouched()
    {
        const QString path = m_fixture.newProject();
        auto held = ProjectLock::acquire(path);
        QVERIFY(held.ok());
        const QByteArray before = [&] {
            QFile f(ProjectStore::lockPath(path));
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        }();
        QVERIFY(before.startsWith(QByteArray(QByteArray::number(QCoreApplication::applicationPid()) + '\n')));
        auto second = ProjectLock::acquire(path);
        QVERIFY(!second.ok());
        QCOMPARE(second.error().code, Error::Code::Locked);
        QFile f(ProjectStore::lockPath(path));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), before);
    }
};

QTEST_GUILESS_MAIN(TestProjectLock)
#include "tst_projectlock.moc"
