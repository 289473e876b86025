// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace
{
struct Run {
    int exitCode = -1;
    QByteArray error;
};

Run runParallax(const QStringList &arguments)
{
    QProcess p;
    p.start(TestSupport::parallaxBinary(), arguments);
    if (!p.waitForFinished(120000))
        return {};
    return { p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardError() };
}
}

// `parallax export-timeline` as a user runs it: no display, real files, clear failures.
class TestExportTimeline : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void writesEachFormat_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QByteArray>("magic");
        QTest::newRow("png 4000x1200") << QStringLiteral("t.png")
                                       << QStringList { QStringLiteral("--width"), QStringLiteral("4000"),
                                              QStringLiteral("--height"), QStringLiteral("1200") }
                                       << QByteArray("\x89PNG");
        QTest::newRow("svg with a title")
            << QStringLiteral("t.svg") << QStringList { QStringLiteral("--title"), QStringLiteral("My title") }
            << QByteArray("<?xml");
        QTest::newRow("pdf, one outlet, a range")
            << QStringLiteral("t.pdf")
            << QStringList { QStringLiteral("--outlets"), QStringLiteral("The Lantern"), QStringLiteral("--from"),
                   QStringLiteral("2021-01"), QStringLiteral("--to"), QStringLiteral("2021-02-10") }
            << QByteArray("%PDF");
    }
    void writesEachFormat()
    {
        QFETCH(QString, name);
        QFETCH(QStringList, options);
        QFETCH(QByteArray, magic);
        QTemporaryDir dir;
        const QString out = dir.filePath(name);
        const Run run
            = runParallax(QStringList { QStringLiteral("export-timeline"),
                              TestSupport::fixtureCorpus(QStringLiteral("event-merging")), QStringLiteral("-o"), out }
                + options);
        QVERIFY2(run.exitCode == 0, run.error.constData());
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(8).startsWith(magic));
        if (name.endsWith(QLatin1String(".png")))
            QCOMPARE(QImage(out).size(), QSize(4000, 1200));
        if (name.endsWith(QLatin1String(".svg"))) {
            file.seek(0);
            QVERIFY(file.readAll().contains("My title"));
        }
    }

    // The title is outside data (the corpus name from corpus.json, or --title): in the SVG it is
    // text, never markup, and the file stays well-formed XML.
    void svgTitleIsText_data()
    {
        QTest::addColumn<QString>("title");
        QTest::newRow("script") << QStringLiteral("Story <script>alert(1)</script>");
        QTest::newRow("breaks out of the element") << QStringLiteral("a</title><svg onload=\"alert(1)\"><title>");
        QTest::newRow("ampersand and quotes") << QStringLiteral("Q&A: \"yes\" & 'no' ]]>");
    }

    void svgTitleIsText()
    {
        QFETCH(QString, title);
        QTemporaryDir dir;
        // Once as the corpus name, once as --title.
        const QString corpus = dir.filePath(QStringLiteral("corpus"));
        QVERIFY(QDir().mkpath(corpus));
        QFile article(corpus + QStringLiteral("/a.txt"));
        QVERIFY(article.open(QIODevice::WriteOnly));
        article.write("On 12 June 2018 the leaders met in Port Alder, officials said.\n");
        article.close();
        QFile manifest(corpus + QStringLiteral("/corpus.json"));
        QVERIFY(manifest.open(QIODevice::WriteOnly));
        manifest.write(QJsonDocument(QJsonObject { { QStringLiteral("name"), title } }).toJson());
        manifest.close();
        for (const QStringList &options : { QStringList(), QStringList { QStringLiteral("--title"), title } }) {
            const QString out = dir.filePath(QStringLiteral("t.svg"));
            const Run run = runParallax(
                QStringList { QStringLiteral("export-timeline"), corpus, QStringLiteral("-o"), out } + options);
            QVERIFY2(run.exitCode == 0, run.error.constData());
            QFile file(out);
            QVERIFY(file.open(QIODevice::ReadOnly));
            QXmlStreamReader xml(&file);
            QString titleText;
            QStringList elements;
            while (!xml.atEnd()) {
                if (xml.readNext() != QXmlStreamReader::StartElement)
                    continue;
                elements.append(xml.name().toString());
                if (xml.name() == QLatin1String("title") && titleText.isNull())
                    titleText = xml.readElementText();
            }
            QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
            QCOMPARE(titleText, title);
            QVERIFY(!elements.contains(QStringLiteral("script")));
            QCOMPARE(elements.count(QStringLiteral("svg")), 1);
        }
    }

    void scaleMultipliesPixels()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("t.png"));
        const Run run = runParallax(
            { QStringLiteral("export-timeline"), TestSupport::fixtureCorpus(QStringLiteral("event-merging")),
                QStringLiteral("-o"), out, QStringLiteral("--width"), QStringLiteral("900"), QStringLiteral("--height"),
                QStringLiteral("400"), QStringLiteral("--scale"), QStringLiteral("2") });
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(QImage(out).size(), QSize(1800, 800));
    }

    void badInputFails_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("message");
        const QString corpus = TestSupport::fixtureCorpus(QStringLiteral("event-merging"));
        const QString e = QStringLiteral("export-timeline");
        const QString o = QStringLiteral("-o");
        QTest::newRow("unknown option") << QStringList { e, corpus, o, QStringLiteral("/tmp/x.png"),
            QStringLiteral("--bogus") } << QByteArray("bogus");
        QTest::newRow("no output") << QStringList { e, corpus } << QByteArray("-o");
        QTest::newRow("bad suffix") << QStringList { e, corpus, o, QStringLiteral("/tmp/x.gif") } << QByteArray(".png");
        QTest::newRow("bad width") << QStringList { e, corpus, o, QStringLiteral("/tmp/x.png"),
            QStringLiteral("--width"), QStringLiteral("wide") }
                                   << QByteArray("--width");
        QTest::newRow("bad date") << QStringList { e, corpus, o, QStringLiteral("/tmp/x.png"), QStringLiteral("--from"),
            QStringLiteral("last week") }
                                  << QByteArray("--from");
        QTest::newRow("reversed range") << QStringList { e, corpus, o, QStringLiteral("/tmp/x.png"),
            QStringLiteral("--from"), QStringLiteral("2025"), QStringLiteral("--to"), QStringLiteral("2019") }
                                        << QByteArray("--to");
        QTest::newRow("missing corpus") << QStringList { e, QStringLiteral("/no/such/corpus"), o,
            QStringLiteral("/tmp/x.png") }
                                        << QByteArray("/no/such/corpus");
        QTest::newRow("unwritable file") << QStringList { e, corpus, o, QStringLiteral("/no/such/dir/x.png") }
                                         << QByteArray("/no/such/dir/x.png");
    }
    void badInputFails()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, message);
        const Run run = runParallax(arguments);
        QVERIFY(run.exitCode > 0);
        QVERIFY2(run.error.contains(message), run.error.constData());
    }

    void failedExportKeepsOldFile()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("t.png"));
        QFile old(out);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("previous export");
        old.close();
        const Run run = runParallax(
            { QStringLiteral("export-timeline"), TestSupport::fixtureCorpus(QStringLiteral("event-merging")),
                QStringLiteral("-o"), out, QStringLiteral("--scale"), QStringLiteral("99") });
        QVERIFY(run.exitCode != 0);
        QVERIFY(old.open(QIODevice::ReadOnly));
        QCOMPARE(old.readAll(), QByteArray("previous export"));
    }
};

QTEST_GUILESS_MAIN(TestExportTimeline)
#include "tst_exporttimeline.moc"
