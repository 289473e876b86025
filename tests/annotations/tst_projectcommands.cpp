// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/analyzer.h"
#include "corpus/corpusloader.h"
#include "projectfixture.h"
#include "storage/analysiscache.h"
#include "storage/projectstore.h"
#include "testsupport.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTest>

using TestSupport::Run;

// new-project, annotate and annotations as a user runs them: real processes, exit codes, files.
class TestProjectCommands : public QObject
{
    Q_OBJECT
private:
    ProjectFixture m_fixture;
    QString m_project;
    QString m_article; // the second article of the fixture's corpus
    QString m_text;

    static Run run(const QStringList &arguments) { return TestSupport::parallax(arguments, 60000); }

    static QJsonObject exportJson(const QString &project)
    {
        const Run r
            = run({ QStringLiteral("annotations"), project, QStringLiteral("--format"), QStringLiteral("json") });
        return r.exitCode == 0 ? QJsonDocument::fromJson(r.out).object() : QJsonObject();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_fixture.isValid());
        QVERIFY(m_fixture.writeArticle(QStringLiteral("ferry"),
            QStringLiteral("The ferry crews of Riverton walked out on Monday. “We have waited long enough,” said "
                           "the union's leader, Thomas Okafor.\n")));
        QVERIFY(m_fixture.writeArticle(QStringLiteral("harbour"),
            QStringLiteral("The Harbour Authority said on Tuesday that it would meet the union within a week. "
                           "Its chair, Dana Whitfield, told reporters she was “happy to meet” the crews.\n")));
        m_project = m_fixture.filePath(QStringLiteral("study.parallax"));
        const Run r = run({ QStringLiteral("new-project"), m_fixture.corpus(), QStringLiteral("-o"), m_project });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.out.contains("study.parallax"));
        QVERIFY(QFileInfo::exists(m_project));
        const CorpusLoader::Result loaded = CorpusLoader::load(m_fixture.corpus());
        QVERIFY2(loaded.ok(), qPrintable(loaded.error.message));
        QCOMPARE(loaded.corpus.articles.size(), 2);
        m_article = loaded.corpus.articles.at(1).id;
        m_text = loaded.corpus.articles.at(1).text();
    }

    // new-project fills the whole cache: the project's first opening parses no file and analyses nothing.
    void newProjectFillsTheCache()
    {
        auto project = ProjectStore::open(m_project, ProjectStore::Mode::ReadOnly);
        QVERIFY(project.ok());
        QCoreApplication::setApplicationVersion(QStringLiteral(PARALLAX_VERSION));
        AnalysisCache cache(*project.value());
        CorpusLoader::Options loadOptions;
        cache.install(loadOptions);
        const CorpusLoader::Result loaded = CorpusLoader::load(m_fixture.corpus(), loadOptions);
        QVERIFY(loaded.ok());
        QCOMPARE(cache.fileHits(), 2);
        QCOMPARE(cache.fileMisses(), 0);
        Analyzer::Options options;
        cache.install(options);
        const std::optional<AnalysisResult> result = Analyzer::run(loaded.corpus, options);
        QVERIFY(result);
        QVERIFY(cache.corpusHit());
        QVERIFY(!result->quotes.isEmpty());
    }

    void newProjectRefusesBadUse_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QByteArray>("message");
        QTest::newRow("no output") << QStringList { QStringLiteral("new-project"), m_fixture.corpus() } << 2
                                   << QByteArray("-o");
        QTest::newRow("no corpus") << QStringList { QStringLiteral("new-project"),
            QStringLiteral("/nonexistent/corpus"), QStringLiteral("-o"), QStringLiteral("x.parallax") }
                                   << 1 << QByteArray("/nonexistent/corpus");
        QTest::newRow("exists") << QStringList { QStringLiteral("new-project"), m_fixture.corpus(),
            QStringLiteral("-o"), m_project }
                                << 1 << QByteArray("already exists");
    }

    void newProjectRefusesBadUse()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QByteArray, message);
        const Run r = run(arguments);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(r.err.contains(message), r.err.constData());
    }

    void annotateCommitsAndExports()
    {
        // "start"/"end" are code points; the article's first 65 characters are all in the BMP.
        const QString needle = m_text.mid(40, 25);
        const Run r = run({ QStringLiteral("annotate"), m_project, QStringLiteral("--article"), m_article,
            QStringLiteral("--start"), QStringLiteral("40"), QStringLiteral("--end"), QStringLiteral("65"),
            QStringLiteral("--category"), QStringLiteral("factual-number"), QStringLiteral("--note"),
            QStringLiteral("two, not three | see \"B\""), QStringLiteral("--author"), QStringLiteral("Ana Lyst"),
            QStringLiteral("--severity"), QStringLiteral("high") });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QString id = QString::fromUtf8(r.out.trimmed());
        QCOMPARE(id.size(), 36);

        const QJsonObject doc = exportJson(m_project);
        QJsonObject found;
        for (const auto &v : doc.value(QStringLiteral("annotations")).toArray()) {
            if (v.toObject().value(QStringLiteral("id")).toString() == id)
                found = v.toObject();
        }
        QVERIFY(!found.isEmpty());
        QCOMPARE(found.value(QStringLiteral("category")).toString(), QStringLiteral("factual-number"));
        QCOMPARE(found.value(QStringLiteral("severity")).toString(), QStringLiteral("high"));
        QCOMPARE(found.value(QStringLiteral("author")).toString(), QStringLiteral("Ana Lyst"));
        const QJsonObject anchor = found.value(QStringLiteral("anchors")).toArray().at(0).toObject();
        const QJsonObject target = anchor.value(QStringLiteral("target")).toObject();
        QCOMPARE(target.value(QStringLiteral("article")).toString(), m_article);
        QCOMPARE(target.value(QStringLiteral("start")).toInt(), 40);
        QCOMPARE(target.value(QStringLiteral("end")).toInt(), 65);
        QCOMPARE(target.value(QStringLiteral("exact")).toString(), needle);
        QCOMPARE(anchor.value(QStringLiteral("state")).toString(), QStringLiteral("attached"));

        const QString md = m_fixture.filePath(QStringLiteral("report.md"));
        QCOMPARE(run({ QStringLiteral("annotations"), m_project, QStringLiteral("--format"), QStringLiteral("md"),
                         QStringLiteral("-o"), md })
                     .exitCode,
            0);
        QFile report(md);
        QVERIFY(report.open(QIODevice::ReadOnly));
        const QString markdown = QString::fromUtf8(report.readAll());
        QVERIFY(markdown.contains(QStringLiteral("## 1. ")));
        // The note as Markdown text: markup characters escaped.
        QVERIFY(markdown.contains(QStringLiteral("> two, not three \\| see \"B\"")));
        QVERIFY(markdown.contains(QStringLiteral("`") + m_article + QStringLiteral("`")));

        const Run csv
            = run({ QStringLiteral("annotations"), m_project, QStringLiteral("--format"), QStringLiteral("csv") });
        QCOMPARE(csv.exitCode, 0);
        QVERIFY(csv.out.startsWith("id,category,severity,note"));
        QVERIFY(csv.out.contains(
            QByteArray(id.toUtf8() + ",factual-number,high,\"two, not three | see \"\"B\"\"\",Ana Lyst,")));

        const Run w3c
            = run({ QStringLiteral("annotations"), m_project, QStringLiteral("--format"), QStringLiteral("w3c") });
        QCOMPARE(w3c.exitCode, 0);
        const QJsonObject collection = QJsonDocument::fromJson(w3c.out).object();
        QCOMPARE(collection.value(QStringLiteral("type")).toString(), QStringLiteral("AnnotationCollection"));
        const QJsonObject item = collection.value(QStringLiteral("first"))
                                     .toObject()
                                     .value(QStringLiteral("items"))
                                     .toArray()
                                     .last()
                                     .toObject();
        QCOMPARE(item.value(QStringLiteral("type")).toString(), QStringLiteral("Annotation"));
        QCOMPARE(item.value(QStringLiteral("id")).toString(), QStringLiteral("urn:uuid:") + id);
        const QJsonArray selectors = item.value(QStringLiteral("target"))
                                         .toArray()
                                         .at(0)
                                         .toObject()
                                         .value(QStringLiteral("selector"))
                                         .toArray();
        QCOMPARE(
            selectors.at(0).toObject().value(QStringLiteral("type")).toString(), QStringLiteral("TextQuoteSelector"));
        QCOMPARE(selectors.at(1).toObject().value(QStringLiteral("start")).toInt(), 40);
    }

    void annotateRefusesBadUse_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QByteArray>("message");
        const QString article = m_article;
        const auto with
            = [&](const QString &start, const QString &end, const QString &category, const QString &articleId) {
                  return QStringList { QStringLiteral("--article"), articleId, QStringLiteral("--start"), start,
                      QStringLiteral("--end"), end, QStringLiteral("--category"), category };
              };
        QTest::newRow("unknown article") << with(
            QStringLiteral("0"), QStringLiteral("5"), QStringLiteral("other"), QStringLiteral("no-such-article"))
                                         << 1 << QByteArray("no-such-article");
        QTest::newRow("end past the text")
            << with(QStringLiteral("0"), QStringLiteral("99999999"), QStringLiteral("other"), article) << 1
            << QByteArray("out of range");
        QTest::newRow("empty range") << with(QStringLiteral("5"), QStringLiteral("5"), QStringLiteral("other"), article)
                                     << 1 << QByteArray("out of range");
        QTest::newRow("negative") << with(QStringLiteral("-3"), QStringLiteral("5"), QStringLiteral("other"), article)
                                  << 1 << QByteArray("out of range");
        QTest::newRow("not a number") << with(QStringLiteral("x"), QStringLiteral("5"), QStringLiteral("other"),
            article) << 2 << QByteArray("--start");
        QTest::newRow("unknown category") << with(QStringLiteral("0"), QStringLiteral("5"), QStringLiteral("gossip"),
            article) << 2 << QByteArray("gossip");
        QTest::newRow("missing article") << QStringList { QStringLiteral("--start"), QStringLiteral("0") } << 2
                                         << QByteArray("--article");
        QTest::newRow("bad option") << QStringList { QStringLiteral("--bogus") } << 2 << QByteArray("bogus");
    }

    void annotateRefusesBadUse()
    {
        QFETCH(QStringList, options);
        QFETCH(int, exitCode);
        QFETCH(QByteArray, message);
        const int before = int(exportJson(m_project).value(QStringLiteral("annotations")).toArray().size());
        const Run r = run(QStringList { QStringLiteral("annotate"), m_project } + options);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(r.err.contains(message), r.err.constData());
        QCOMPARE(r.out, QByteArray());
        QCOMPARE(exportJson(m_project).value(QStringLiteral("annotations")).toArray().size(), before);
    }

    void lockedAndDamagedProjectsAreRefused()
    {
        const QStringList options { QStringLiteral("--article"), m_article, QStringLiteral("--start"),
            QStringLiteral("0"), QStringLiteral("--end"), QStringLiteral("4"), QStringLiteral("--category"),
            QStringLiteral("other") };
        {
            auto held = ProjectStore::open(m_project);
            QVERIFY(held.ok());
            const Run r = run(QStringList { QStringLiteral("annotate"), m_project } + options);
            QCOMPARE(r.exitCode, 3);
            QVERIFY2(r.err.contains("already open in another Parallax"), r.err.constData());
            // Reading (exporting) is fine while the window holds the project.
            QCOMPARE(run({ QStringLiteral("annotations"), m_project }).exitCode, 0);
        }
        const QString damaged = m_fixture.filePath(QStringLiteral("damaged.parallax"));
        QFile source(m_project);
        QVERIFY(source.open(QIODevice::ReadOnly));
        QByteArray bytes = source.readAll();
        bytes.truncate(bytes.size() - 1000);
        QFile target(damaged);
        QVERIFY(target.open(QIODevice::WriteOnly));
        target.write(bytes);
        target.close();
        const QByteArray hash = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
        for (const QString &command : { QStringLiteral("annotate"), QStringLiteral("annotations") }) {
            const Run r = run(
                QStringList { command, damaged } + (command == QLatin1String("annotate") ? options : QStringList()));
            QCOMPARE(r.exitCode, 1);
            QVERIFY2(r.err.contains("damaged.parallax") && r.err.contains("truncated"), r.err.constData());
        }
        QVERIFY(target.open(QIODevice::ReadOnly));
        QCOMPARE(QCryptographicHash::hash(target.readAll(), QCryptographicHash::Sha256), hash);
    }

    void killedAnnotateNeverLosesAConfirmedAnnotation()
    {
        // `annotate` printed an id and exited 0: the annotation must be there, whenever a kill came.
        QStringList confirmed;
        QRandomGenerator random(QRandomGenerator::global()->generate());
        const int trials = 6;
        for (int trial = 0; trial < trials; ++trial) {
            QProcess p;
            p.start(TestSupport::parallaxBinary(),
                { QStringLiteral("annotate"), m_project, QStringLiteral("--article"), m_article,
                    QStringLiteral("--start"), QString::number(trial), QStringLiteral("--end"),
                    QString::number(trial + 10), QStringLiteral("--category"), QStringLiteral("other"),
                    QStringLiteral("--note"), QStringLiteral("trial %1").arg(trial) });
            QVERIFY(p.waitForStarted());
            p.waitForFinished(int(random.bounded(10, 400)));
            if (p.state() != QProcess::NotRunning) {
                p.kill();
                QVERIFY(p.waitForFinished(20000));
            }
            if (p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0)
                confirmed.append(QString::fromUtf8(p.readAllStandardOutput().trimmed()));
        }
        const QJsonArray all = exportJson(m_project).value(QStringLiteral("annotations")).toArray();
        QStringList present;
        for (const auto &v : all)
            present.append(v.toObject().value(QStringLiteral("id")).toString());
        for (const QString &id : std::as_const(confirmed))
            QVERIFY2(present.contains(id), qPrintable(id));
        qInfo(
            "%d annotate runs, %lld confirmed before a kill could land, all present", trials, qint64(confirmed.size()));
    }
};

QTEST_GUILESS_MAIN(TestProjectCommands)
#include "tst_projectcommands.moc"
