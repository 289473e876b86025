// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

// `parallax dump` as a user runs it: a real process, its exit status and its JSON.
class TestDumpCommand : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void dumpsAFixtureCorpus()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("dump.json"));
        QProcess p;
        p.start(TestSupport::parallaxBinary(),
            { QStringLiteral("dump"), TestSupport::fixtureCorpus(QStringLiteral("event-merging")), QStringLiteral("-o"),
                out });
        QVERIFY(p.waitForFinished(120000));
        QCOMPARE(p.exitCode(), 0);
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QJsonParseError error;
        const QJsonObject doc = QJsonDocument::fromJson(file.readAll(), &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        const QJsonArray articles = doc.value(QStringLiteral("articles")).toArray();
        QCOMPARE(articles.size(), 4);
        for (const QJsonValue &a : articles) {
            const QJsonObject article = a.toObject();
            QVERIFY(!article.value(QStringLiteral("text")).toString().isEmpty());
            QVERIFY(!article.value(QStringLiteral("paragraphs")).toArray().isEmpty());
        }
        QVERIFY(doc.contains(QStringLiteral("quotes")));
        QVERIFY(doc.contains(QStringLiteral("statements")));
        QVERIFY(doc.contains(QStringLiteral("events")));
    }

    void compactUnlessIndented_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<bool>("indented");
        QTest::newRow("default") << QStringList {} << false;
        QTest::newRow("--indent") << QStringList { QStringLiteral("--indent") } << true;
    }
    void compactUnlessIndented()
    {
        QFETCH(QStringList, options);
        QFETCH(bool, indented);
        QProcess p;
        p.start(TestSupport::parallaxBinary(),
            QStringList { QStringLiteral("dump"), TestSupport::fixtureCorpus(QStringLiteral("event-merging")) }
                + options);
        QVERIFY(p.waitForFinished(120000));
        QCOMPARE(p.exitCode(), 0);
        const QByteArray out = p.readAllStandardOutput();
        QVERIFY(!QJsonDocument::fromJson(out).isNull());
        QCOMPARE(out.count('\n') > 1, indented);
    }

    void unusablePathFails()
    {
        QProcess p;
        p.start(TestSupport::parallaxBinary(), { QStringLiteral("dump"), QStringLiteral("/nonexistent/corpus") });
        QVERIFY(p.waitForFinished(60000));
        QVERIFY(p.exitCode() != 0);
        QVERIFY(p.readAllStandardError().contains("/nonexistent/corpus"));
    }

    void badOptionFails()
    {
        QProcess p;
        p.start(TestSupport::parallaxBinary(), { QStringLiteral("dump"), QStringLiteral("--no-such-option") });
        QVERIFY(p.waitForFinished(60000));
        QVERIFY(p.exitCode() != 0);
        QVERIFY(p.readAllStandardError().contains("no-such-option"));
    }
};

QTEST_GUILESS_MAIN(TestDumpCommand)
#include "tst_dumpcommand.moc"
