// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/error.h"
#include "projectfixture.h"
#include "storage/cleancloserecord.h"
#include "storage/projectstore.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>

// A project closed cleanly and not written since is opened without its whole-file check; any sign that
// the file was written after its clean close (size, modification time, SQLite header) brings the check
// back, and a file open for writing is never vouched for.
class TestCleanCloseRecord : public QObject
{
    Q_OBJECT
private:
    ProjectFixture m_fixture;

    // A project with a table of a few hundred rows beside the analyst's, closed cleanly.
    QString makeFilledProject()
    {
        const QString path = m_fixture.newProject();
        auto opened = ProjectStore::open(path);
        if (!opened.ok())
            return {};
        const Error filled = opened.value()->write([](QSqlDatabase &db) -> Error {
            QSqlQuery query(db);
            if (!query.exec(QStringLiteral("CREATE TABLE filler (x BLOB)"))
                || !query.exec(QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE "
                                              "i < 300) INSERT INTO filler SELECT randomblob(400) FROM n")))
                return { Error::Code::Io, QStringLiteral("cannot fill") };
            return {};
        });
        return filled.ok() ? path : QString();
    }

    // Overwrites `bytes` at `offset`, then sets the modification time back to `keepTime` when valid.
    static bool overwrite(const QString &path, qint64 offset, const QByteArray &bytes, const QDateTime &keepTime)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadWrite) || !file.seek(offset) || file.write(bytes) != bytes.size())
            return false;
        file.flush();
        return !keepTime.isValid() || file.setFileTime(keepTime, QFileDevice::FileModificationTime);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QVERIFY(m_fixture.isValid());
    }

    void vouchesOnlyWhileTheFileIsAsClosed()
    {
        const QString path = makeFilledProject();
        QVERIFY(!path.isEmpty());
        QVERIFY(CleanCloseRecord::matches(path));
        {
            auto opened = ProjectStore::open(path);
            QVERIFY2(opened.ok(), qPrintable(opened.error().message));
            // Open for writing: a crash now must not leave a record that vouches for the file.
            QVERIFY(!CleanCloseRecord::matches(path));
        }
        QVERIFY(CleanCloseRecord::matches(path));
        {
            // Reading does not write: the record stays.
            auto reader = ProjectStore::open(path, ProjectStore::Mode::ReadOnly);
            QVERIFY2(reader.ok(), qPrintable(reader.error().message));
            QVERIFY(CleanCloseRecord::matches(path));
        }
        QVERIFY(CleanCloseRecord::matches(path));
    }

    void noticesAWriteAfterTheClose_data()
    {
        QTest::addColumn<QString>("change");
        QTest::newRow("modification time") << QStringLiteral("time");
        QTest::newRow("size (time kept)") << QStringLiteral("size");
        QTest::newRow("header (size and time kept)") << QStringLiteral("header");
        QTest::newRow("record forgotten") << QStringLiteral("forgotten");
    }

    void noticesAWriteAfterTheClose()
    {
        QFETCH(QString, change);
        const QString path = makeFilledProject();
        QVERIFY(!path.isEmpty());
        QVERIFY(CleanCloseRecord::matches(path));
        const QFileInfo info(path);
        const QDateTime modified = info.lastModified();
        if (change == QLatin1String("time")) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadWrite));
            QVERIFY(file.setFileTime(modified.addSecs(5), QFileDevice::FileModificationTime));
        } else if (change == QLatin1String("size")) {
            QVERIFY(overwrite(path, info.size(), QByteArray(4096, '\0'), modified));
        } else if (change == QLatin1String("header")) {
            // The file change counter, as another SQLite writer would bump it.
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY(file.seek(24));
            QByteArray counter = file.read(4);
            file.close();
            counter[3] = char(counter.at(3) + 1);
            QVERIFY(overwrite(path, 24, counter, modified));
        } else {
            CleanCloseRecord::forget(path);
        }
        QCOMPARE(QFileInfo(path).lastModified(), change == QLatin1String("time") ? modified.addSecs(5) : modified);
        QVERIFY(!CleanCloseRecord::matches(path));
    }

    void damageIsFoundUnlessTheFileLooksUntouched_data()
    {
        QTest::addColumn<bool>("keepTime");
        QTest::addColumn<bool>("forget");
        QTest::addColumn<bool>("opens");
        // The trade the record makes: damage that left size, time and header as they were is not looked for.
        QTest::newRow("time kept: not checked") << true << false << true;
        QTest::newRow("time changed: checked") << false << false << false;
        QTest::newRow("no record: checked") << true << true << false;
    }

    void damageIsFoundUnlessTheFileLooksUntouched()
    {
        QFETCH(bool, keepTime);
        QFETCH(bool, forget);
        QFETCH(bool, opens);
        const QString path = makeFilledProject();
        QVERIFY(!path.isEmpty());
        const QFileInfo info(path);
        const QDateTime modified = info.lastModified();
        // The filler's pages come last: one of them overwritten, the analyst's tables untouched.
        constexpr qint64 page = 4096;
        QVERIFY(info.size() > 16 * page);
        QVERIFY(
            overwrite(path, info.size() - 3 * page, QByteArray(page, char(0xA5)), keepTime ? modified : QDateTime()));
        if (forget)
            CleanCloseRecord::forget(path);
        for (const auto mode : { ProjectStore::Mode::ReadOnly, ProjectStore::Mode::ReadWrite }) {
            auto opened = ProjectStore::open(path, mode);
            QCOMPARE(opened.ok(), opens);
            if (!opens)
                QCOMPARE(opened.error().code, Error::Code::Damaged);
        }
    }
};

QTEST_MAIN(TestCleanCloseRecord)
#include "tst_cleancloserecord.moc"
