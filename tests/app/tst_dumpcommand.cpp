// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
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
        const TestSupport::Run r = TestSupport::parallax({ QStringLiteral("dump"),
            TestSupport::fixtureCorpus(QStringLiteral("event-merging")), QStringLiteral("-o"), out });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QJsonParseError error;
        const QJsonObject doc = QJsonDocument::fromJson(file.readAll(), &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        const QJsonArray articles = doc.value(QStringLiteral("articles")).toArray();
        QCOMPARE(articles.size(), 4);
        for (const auto &a : articles) {
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
        const TestSupport::Run r = TestSupport::parallax(
            QStringList { QStringLiteral("dump"), TestSupport::fixtureCorpus(QStringLiteral("event-merging")) }
            + options);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QByteArray &out = r.out;
        QVERIFY(!QJsonDocument::fromJson(out).isNull());
        QCOMPARE(out.count('\n') > 1, indented);
    }

    void unusablePathFails()
    {
        const TestSupport::Run r
            = TestSupport::parallax({ QStringLiteral("dump"), QStringLiteral("/nonexistent/corpus") }, 60000);
        QVERIFY(r.exitCode != 0);
        QVERIFY(r.err.contains("/nonexistent/corpus"));
    }

    void badOptionFails()
    {
        const TestSupport::Run r
            = TestSupport::parallax({ QStringLiteral("dump"), QStringLiteral("--no-such-option") }, 60000);
        QVERIFY(r.exitCode != 0);
        QVERIFY(r.err.contains("no-such-option"));
    }
};

QTEST_GUILESS_MAIN(TestDumpCommand)
#include "tst_dumpcommand.moc"
