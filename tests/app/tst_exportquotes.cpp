// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"

#include <QDir>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using TestSupport::parallax;
using TestSupport::Run;

namespace
{
// Short articles on invented people: renderings of a few statements by several outlets.
QString fixture()
{
    return TestSupport::fixtureCorpus(u"quote-styles"_s);
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Quote ids of the CSV rows, from the sixth column (the analysis' ids hold no commas or quotes).
QStringList csvQuoteIds(const QByteArray &csv)
{
    QStringList ids;
    const QList<QByteArray> lines = csv.split('\n');
    for (int i = 1; i < lines.size(); ++i) {
        if (lines.at(i).trimmed().isEmpty())
            continue;
        ids.append(QString::fromUtf8(lines.at(i).split(',').value(5)));
    }
    return ids;
}
}

// `parallax export-quotes` as a user runs it: real processes, exit statuses, the files they write.
class TestExportQuotes : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QJsonArray m_statements;
    QHash<QString, QString> m_quoteTexts;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        const QString dump = m_dir.filePath(u"dump.json"_s);
        QCOMPARE(parallax({ u"dump"_s, fixture(), u"-o"_s, dump }).exitCode, 0);
        const QJsonObject doc = QJsonDocument::fromJson(readAll(dump)).object();
        m_statements = doc.value(u"statements"_s).toArray();
        for (const auto &q : doc.value(u"quotes"_s).toArray())
            m_quoteTexts.insert(q.toObject().value(u"id"_s).toString(), q.toObject().value(u"text"_s).toString());
    }

    void badUse_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        const QString corpus = fixture();
        QTest::newRow("no output") << QStringList { corpus } << u"-o"_s;
        QTest::newRow("unknown extension") << QStringList { corpus, u"-o"_s, u"out.txt"_s } << u"out.txt"_s;
        QTest::newRow("unknown option") << QStringList { corpus, u"--colour"_s, u"-o"_s, u"x.csv"_s } << u"colour"_s;
        QTest::newRow("no corpus") << QStringList { u"-o"_s, u"x.csv"_s } << u"corpus"_s;
    }

    void badUse()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const Run run = parallax(QStringList { u"export-quotes"_s } + arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(QString::fromUtf8(run.err).contains(message), run.err.constData());
    }

    void unknownStatementFails()
    {
        const QString out = m_dir.filePath(u"none.csv"_s);
        const Run run
            = parallax({ u"export-quotes"_s, fixture(), u"-o"_s, out, u"--statement"_s, u"no-such-statement"_s });
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("no-such-statement"), run.err.constData());
        QVERIFY(!QFile::exists(out));
    }

    void unknownSpeakerFails()
    {
        const Run run = parallax({ u"export-quotes"_s, fixture(), u"-o"_s, m_dir.filePath(u"nobody.csv"_s),
            u"--speaker"_s, u"Zzyzx Nobody"_s });
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("Zzyzx Nobody"), run.err.constData());
    }

    void unwritableFileFails()
    {
        const Run run = parallax({ u"export-quotes"_s, fixture(), u"-o"_s, u"/nonexistent-dir/q.html"_s });
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("/nonexistent-dir/q.html"), run.err.constData());
    }

    // Every rendering of every statement in `parallax dump` is a CSV row, and nothing else is.
    void csvMatchesTheDump()
    {
        const QString out = m_dir.filePath(u"all.csv"_s);
        QCOMPARE(parallax({ u"export-quotes"_s, fixture(), u"-o"_s, out }).exitCode, 0);
        const QByteArray csv = readAll(out);
        QVERIFY(csv.startsWith("statement,speaker,outlet,article,url,quote,quote_kind,credited_to,text,difference,"
                               "similarity\r\n"));
        QStringList expected;
        for (const auto &s : std::as_const(m_statements)) {
            for (const auto &q : s.toObject().value(u"quotes"_s).toArray())
                expected.append(q.toString());
        }
        QCOMPARE(csvQuoteIds(csv), expected);
    }

    void oneStatementAsHtml()
    {
        QVERIFY2(!m_statements.isEmpty(), "no statement found in the fixture corpus: statements regressed");
        const QJsonObject statement = m_statements.first().toObject();
        const QString id = statement.value(u"id"_s).toString();
        const QString out = m_dir.filePath(u"one.html"_s);
        QCOMPARE(parallax({ u"export-quotes"_s, fixture(), u"-o"_s, out, u"--statement"_s, id }).exitCode, 0);
        const QString html = QString::fromUtf8(readAll(out));
        QVERIFY(html.contains(u"<section id=\"%1\">"_s.arg(id)));
        QCOMPARE(html.count(u"<section "_s), 1);
        // Every rendering is there, in its context.
        for (const auto &q : statement.value(u"quotes"_s).toArray()) {
            const QString text = m_quoteTexts.value(q.toString());
            QVERIFY2(!text.isEmpty() && html.contains(text.toHtmlEscaped()), qPrintable(q.toString()));
        }
    }

    // Article URLs come from corpus.json and the pages: a javascript: or data: URL stays text.
    void onlyWebUrlsBecomeLinks()
    {
        QTemporaryDir dir;
        const QString corpus = dir.filePath(u"corpus"_s);
        QVERIFY(QDir().mkpath(corpus));
        const QByteArray quote = "“We will rebuild the bridge before winter,” the mayor, Ana Ruiz, said on Monday.\n";
        const QStringList urls { u"javascript:alert(document.cookie)"_s, u"data:text/html,<script>x</script>"_s,
            u"https://news.example/bridge"_s };
        QJsonArray articles;
        for (int i = 0; i < urls.size(); ++i) {
            QFile file(corpus + u"/a%1.txt"_s.arg(i));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(quote);
            articles.append(QJsonObject {
                { u"file"_s, u"a%1.txt"_s.arg(i) }, { u"url"_s, urls.at(i) }, { u"outlet"_s, u"Outlet %1"_s.arg(i) } });
        }
        QFile manifest(corpus + u"/corpus.json"_s);
        QVERIFY(manifest.open(QIODevice::WriteOnly));
        manifest.write(QJsonDocument(QJsonObject { { u"articles"_s, articles } }).toJson());
        manifest.close();
        const QString out = dir.filePath(u"quotes.html"_s);
        const Run run = parallax({ u"export-quotes"_s, corpus, u"-o"_s, out });
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QString html = QString::fromUtf8(readAll(out));
        QVERIFY2(html.contains(u"href=\"https://news.example/bridge\""_s), qPrintable(html));
        QVERIFY2(!html.contains(u"href=\"javascript"_s, Qt::CaseInsensitive), qPrintable(html));
        QVERIFY2(!html.contains(u"href=\"data"_s, Qt::CaseInsensitive), qPrintable(html));
        QVERIFY(html.contains(u"javascript:alert(document.cookie)"_s)); // shown as text
    }

    void speakerFilter()
    {
        QVERIFY2(!m_statements.isEmpty(), "no statement found in the fixture corpus: statements regressed");
        const QString speaker = m_statements.first().toObject().value(u"speaker"_s).toString();
        const QString out = m_dir.filePath(u"speaker.csv"_s);
        QCOMPARE(
            parallax({ u"export-quotes"_s, fixture(), u"-o"_s, out, u"--speaker"_s, speaker.toUpper() }).exitCode, 0);
        QStringList expected;
        for (const auto &s : std::as_const(m_statements)) {
            if (s.toObject().value(u"speaker"_s).toString().contains(speaker, Qt::CaseInsensitive)) {
                for (const auto &q : s.toObject().value(u"quotes"_s).toArray())
                    expected.append(q.toString());
            }
        }
        QCOMPARE(csvQuoteIds(readAll(out)), expected);
    }

    void pngOfThePanel()
    {
        const QString out = m_dir.filePath(u"panel.png"_s);
        QCOMPARE(parallax({ u"export-quotes"_s, fixture(), u"-o"_s, out }).exitCode, 0);
        const QImage image(out);
        QVERIFY(!image.isNull());
        QCOMPARE(image.size(), QSize(1400, 900));
    }
};

QTEST_GUILESS_MAIN(TestExportQuotes)
#include "tst_exportquotes.moc"
