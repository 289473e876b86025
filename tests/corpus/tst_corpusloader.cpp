// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "corpus/articlebuilder.h"
#include "corpus/corpusloader.h"
#include "corpus/manifest.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

// Loading corpus folders: the manifest, and every kind of bad input, each
// giving one warning naming the file while everything else loads.
class TestCorpusLoader : public QObject
{
    Q_OBJECT
private:
    static const QByteArray &goodText()
    {
        static const QByteArray text(
            "A Good Headline\n\nThis paragraph is the body of a perfectly ordinary article.\n");
        return text;
    }

    static void write(const QString &path, const QByteArray &bytes)
    {
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(path));
    }

    static QStringList warningFiles(const Corpus &corpus)
    {
        QStringList files;
        for (const Error &w : corpus.warnings)
            files.append(w.file);
        return files;
    }

    static QStringList ids(const Corpus &corpus)
    {
        QStringList out;
        for (const Article &a : corpus.articles)
            out.append(a.id);
        return out;
    }

    // The load of `root` by `parallax dump` with the capabilities that let root read any file dropped
    // (setpriv): `file` is the one warning, with `message`, and the good article loads.
    static void checkUnreadableWithoutPrivileges(const QString &root, const QString &file, const QString &message)
    {
        const QStringList drop { QStringLiteral("--bounding-set"), QStringLiteral("-dac_override,-dac_read_search") };
        if (TestSupport::run(QStringLiteral("setpriv"), drop + QStringList { QStringLiteral("true") }).exitCode != 0)
            QSKIP("running as root where setpriv cannot drop capabilities: no unreadable file possible");
        const TestSupport::Run r = TestSupport::run(QStringLiteral("setpriv"),
            drop + QStringList { TestSupport::parallaxBinary(), QStringLiteral("dump"), root });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject dump = QJsonDocument::fromJson(r.out).object();
        const QJsonArray articles = dump.value(QLatin1String("articles")).toArray();
        QCOMPARE(articles.size(), 1);
        QCOMPARE(articles.at(0).toObject().value(QLatin1String("file")).toString(), QStringLiteral("good.txt"));
        const QJsonArray warnings = dump.value(QLatin1String("warnings")).toArray();
        QCOMPARE(warnings.size(), 1);
        QCOMPARE(warnings.at(0).toObject().value(QLatin1String("file")).toString(), file);
        const QString text = warnings.at(0).toObject().value(QLatin1String("message")).toString();
        QVERIFY2(text.contains(message) && text.contains(file), qPrintable(text));
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    // An invented corpus with the shapes of real pages: a furniture line above the title, a teaser line
    // above it, a byline with its date, the manifest's title, author and outlet.
    void loadsFurnitureCorpus()
    {
        const CorpusLoader::Result result
            = CorpusLoader::load(TestSupport::testDataPath(QStringLiteral("data/furniture")));
        QVERIFY2(result.ok(), qPrintable(result.error.message));
        const Corpus &corpus = result.corpus;
        QCOMPARE(corpus.name, QStringLiteral("Riverton ferry strike, March 2025 (invented)"));
        QVERIFY(corpus.warnings.isEmpty());
        QCOMPARE(ids(corpus),
            (QStringList { QStringLiteral("01_a1f0"), QStringLiteral("02_b2e1"), QStringLiteral("03_c3d2"),
                QStringLiteral("04_d4c3") }));
        const QStringList titles { QStringLiteral("Ferry crews walk out as Harbour Authority talks stall"),
            QStringLiteral("Ferry crews say they will strike again \u2014 but the Authority has not replied"),
            QStringLiteral("Harbour Authority Opens Door to New Talks With Ferry Crews"),
            QStringLiteral("Ferry strike enters its third day as commuters crowd the old bridge") };
        for (qsizetype i = 0; i < corpus.articles.size(); ++i) {
            const Article &a = corpus.articles.at(i);
            QCOMPARE(a.title, titles.at(i));
            QVERIFY(!a.headings.isEmpty());
            QCOMPARE(a.slice(a.headings.constFirst()).toString(), titles.at(i));
        }
        QCOMPARE(corpus.articles.at(0).outlet, QStringLiteral("Riverton Gazette (repost)"));
        QCOMPARE(corpus.articles.at(0).published, QDate(2025, 3, 4));
        QCOMPARE(corpus.articles.at(0).publishedBasis, PublishedBasis::Manifest);
        QCOMPARE(corpus.articles.at(1).author, QStringLiteral("Tessa Crane"));
        const Article &byline = corpus.articles.at(2);
        QCOMPARE(byline.published, QDate(2025, 3, 12));
        QCOMPARE(byline.publishedBasis, PublishedBasis::Byline);
        QCOMPARE(byline.author, QStringLiteral("Nadia Ferro"));
        QCOMPARE(corpus.articles.at(3).outlet, QStringLiteral("PW"));
    }

    void badInput_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("message");
        QTest::addColumn<int>("articles");
        QTest::newRow("empty file") << QStringLiteral("empty") << QStringLiteral("bad.txt") << QStringLiteral("empty")
                                    << 1;
        QTest::newRow("blank file") << QStringLiteral("blank") << QStringLiteral("bad.txt") << QStringLiteral("no text")
                                    << 1;
        QTest::newRow("binary file") << QStringLiteral("binary") << QStringLiteral("bad.txt")
                                     << QStringLiteral("binary") << 1;
        QTest::newRow("oversize file") << QStringLiteral("oversize") << QStringLiteral("bad.txt")
                                       << QStringLiteral("size limit") << 1;
        QTest::newRow("not utf-8") << QStringLiteral("cp1252") << QStringLiteral("bad.txt")
                                   << QStringLiteral("not valid UTF-8: read as windows-1252") << 2;
        QTest::newRow("pipe") << QStringLiteral("fifo") << QStringLiteral("bad.txt")
                              << QStringLiteral("not a regular file") << 1;
        QTest::newRow("unreadable") << QStringLiteral("unreadable") << QStringLiteral("bad.txt")
                                    << QStringLiteral("cannot be read") << 1;
        QTest::newRow("invalid json") << QStringLiteral("json") << QStringLiteral("corpus.json")
                                      << QStringLiteral("(line 3, column 27:") << 1;
        QTest::newRow("json not an object") << QStringLiteral("jsonarray") << QStringLiteral("corpus.json")
                                            << QStringLiteral("does not hold a JSON object") << 1;
        QTest::newRow("path traversal") << QStringLiteral("traversal") << QStringLiteral("../outside.txt")
                                        << QStringLiteral("outside the corpus folder: refused") << 1;
        QTest::newRow("absolute path outside") << QStringLiteral("absolute") << QStringLiteral("/etc/hostname")
                                               << QStringLiteral("outside the corpus folder: refused") << 1;
        QTest::newRow("listed link out") << QStringLiteral("listedlink") << QStringLiteral("bad.txt")
                                         << QStringLiteral("a link that leads outside the corpus folder: refused") << 1;
        QTest::newRow("link out") << QStringLiteral("link") << QStringLiteral("bad.txt")
                                  << QStringLiteral("leads outside the corpus folder: not followed") << 1;
        QTest::newRow("folder link out") << QStringLiteral("dirlink") << QStringLiteral("linked")
                                         << QStringLiteral("leads outside the corpus folder: not followed") << 1;
        QTest::newRow("missing file") << QStringLiteral("missing") << QStringLiteral("missing.txt")
                                      << QStringLiteral("does not exist") << 1;
        QTest::newRow("bad date") << QStringLiteral("baddate") << QStringLiteral("good.txt")
                                  << QStringLiteral("is not a date (YYYY-MM-DD): 29/10/2025") << 1;
    }

    void badInput()
    {
        QFETCH(QString, scenario);
        QFETCH(QString, file);
        QFETCH(QString, message);
        QFETCH(int, articles);

        QTemporaryDir outside;
        QTemporaryDir dir;
        const QString root = dir.path();
        write(root + QStringLiteral("/good.txt"), goodText());
        write(outside.filePath(QStringLiteral("secret.txt")), "Secret text that must never be read.");
        const QString bad = root + QStringLiteral("/bad.txt");
        CorpusLoader::Options options;
        auto manifest = [&](const QByteArray &json) { write(root + QStringLiteral("/corpus.json"), json); };
        if (scenario == QLatin1String("empty")) {
            write(bad, {});
        } else if (scenario == QLatin1String("blank")) {
            write(bad, " \n\t\n\n  \n");
        } else if (scenario == QLatin1String("binary")) {
            write(bad, QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10\0\0\0\x10\x08\x06\0\0\0", 29));
        } else if (scenario == QLatin1String("oversize")) {
            options.maxFileSize = 1000;
            write(bad, QByteArray(2000, 'a'));
        } else if (scenario == QLatin1String("cp1252")) {
            write(bad, "Caf\xe9 \x93quoted\x94 text.");
        } else if (scenario == QLatin1String("fifo")) {
            QVERIFY(mkfifo(QFile::encodeName(bad).constData(), 0600) == 0);
        } else if (scenario == QLatin1String("unreadable")) {
            write(bad, goodText());
            QFile::setPermissions(bad, QFileDevice::Permissions());
            QFile probe(bad);
            if (probe.open(QIODevice::ReadOnly)) {
                // Root reads any file: the same load runs in `parallax dump` without the capabilities for it.
                checkUnreadableWithoutPrivileges(root, file, message);
                return;
            }
        } else if (scenario == QLatin1String("json")) {
            manifest("{\n  \"name\": \"x\",\n  \"articles\": [ { \"file\": } ]\n}\n");
        } else if (scenario == QLatin1String("jsonarray")) {
            manifest("[1, 2]");
        } else if (scenario == QLatin1String("traversal")) {
            manifest(R"({"articles": [ {"file": "../outside.txt"}, {"file": "sub/../../outside.txt"} ]})");
        } else if (scenario == QLatin1String("absolute")) {
            manifest(R"({"articles": [ {"file": "/etc/hostname"} ]})");
        } else if (scenario == QLatin1String("listedlink") || scenario == QLatin1String("link")) {
            QVERIFY(QFile::link(outside.filePath(QStringLiteral("secret.txt")), bad));
            if (scenario == QLatin1String("listedlink"))
                manifest(R"({"articles": [ {"file": "bad.txt", "title": "x"} ]})");
        } else if (scenario == QLatin1String("dirlink")) {
            QVERIFY(QFile::link(outside.path(), root + QStringLiteral("/linked")));
        } else if (scenario == QLatin1String("missing")) {
            manifest(R"({"articles": [ {"file": "missing.txt", "outlet": "X"} ]})");
        } else if (scenario == QLatin1String("baddate")) {
            manifest(R"({"articles": [ {"file": "good.txt", "published": "29/10/2025"} ]})");
        }

        const CorpusLoader::Result result = CorpusLoader::load(root, options);
        QVERIFY2(result.ok(), qPrintable(result.error.message));
        QCOMPARE(result.corpus.articles.size(), articles);
        QCOMPARE(result.corpus.articles.constFirst().file,
            articles == 2 ? QStringLiteral("bad.txt") : QStringLiteral("good.txt"));
        for (const Article &a : result.corpus.articles)
            QVERIFY(!a.text().contains(QLatin1String("Secret")));
        QVERIFY2(!result.corpus.warnings.isEmpty(), "no warning");
        const Error &warning = result.corpus.warnings.constFirst();
        QVERIFY(!warning.ok());
        QCOMPARE(warning.file, file);
        QVERIFY2(warning.message.contains(message), qPrintable(warning.message));
        QVERIFY2(warning.message.contains(file), qPrintable(warning.message));
        // One clear warning per problem (the traversal case lists two bad entries).
        QCOMPARE(result.corpus.warnings.size(), scenario == QLatin1String("traversal") ? 2 : 1);
    }

    void manifestLineAndColumn()
    {
        QCOMPARE(Manifest::lineAndColumn("ab\ncd\n\u00e9f", 0), std::make_pair(1, 1));
        QCOMPARE(Manifest::lineAndColumn("ab\ncd\nef", 4), std::make_pair(2, 2));
        // Columns count characters, not bytes: "é" is two bytes.
        QCOMPARE(Manifest::lineAndColumn(QStringLiteral("ab\ncd\n\u00e9f").toUtf8(), 9), std::make_pair(3, 3));
    }

    void manifestAndUnlistedFiles()
    {
        QTemporaryDir dir;
        const QString root = dir.path();
        write(root + QStringLiteral("/b/listed.txt"), goodText());
        write(root + QStringLiteral("/a/unlisted.md"), "# Markdown Headline\n\nSome *body* text here.\n");
        write(root + QStringLiteral("/page.HTML"), "<title>Page</title><p>Body text of the page.</p>");
        write(root + QStringLiteral("/notes.text"), "Listed Extra\n\nA file with another extension.\n");
        write(root + QStringLiteral("/ignored.pdf"), "%PDF-1.4");
        write(root + QStringLiteral("/.hidden/secret.txt"), goodText());
        write(root + QStringLiteral("/corpus.json"),
            "{ \"name\": \"My corpus\", \"articles\": ["
            " {\"file\": \"b/listed.txt\", \"outlet\": \"Outlet B\", \"title\": \"Manifest Title\","
            "  \"published\": \"2025-10-29T09:00:00Z\", \"author\": \"A. Writer\", \"url\": \"https://b.example\"},"
            " {\"file\": \"./notes.text\"} ] }");
        const CorpusLoader::Result result = CorpusLoader::load(root);
        QVERIFY(result.ok());
        QCOMPARE(result.corpus.name, QStringLiteral("My corpus"));
        QVERIFY2(result.corpus.warnings.isEmpty(), qPrintable(warningFiles(result.corpus).join(u',')));
        QCOMPARE(ids(result.corpus),
            (QStringList { QStringLiteral("a/unlisted"), QStringLiteral("b/listed"), QStringLiteral("notes"),
                QStringLiteral("page") }));
        const Article &listed = result.corpus.articles.at(1);
        QCOMPARE(listed.title, QStringLiteral("Manifest Title"));
        QCOMPARE(listed.outlet, QStringLiteral("Outlet B"));
        QCOMPARE(listed.author, QStringLiteral("A. Writer"));
        QCOMPARE(listed.url, QStringLiteral("https://b.example"));
        QCOMPARE(listed.published, QDate(2025, 10, 29));
        QCOMPARE(listed.publishedBasis, PublishedBasis::Manifest);
        QCOMPARE(result.corpus.articles.at(0).title, QStringLiteral("Markdown Headline"));
        QCOMPARE(result.corpus.articles.at(0).outlet, QString());
        QCOMPARE(result.corpus.articles.at(3).title, QStringLiteral("Page"));
    }

    void idsStayUnique()
    {
        QTemporaryDir dir;
        write(dir.filePath(QStringLiteral("a.txt")), goodText());
        write(dir.filePath(QStringLiteral("a.html")), "<p>Same name, other format.</p>");
        const CorpusLoader::Result result = CorpusLoader::load(dir.path());
        QCOMPARE(ids(result.corpus), (QStringList { QStringLiteral("a.html"), QStringLiteral("a.txt") }));
    }

    void unusablePath_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<Error::Code>("code");
        QTest::newRow("missing") << QStringLiteral("/nonexistent/corpus/folder") << Error::Code::NotFound;
        QTest::newRow("a file") << TestSupport::testDataPath(QStringLiteral("data/furniture/corpus.json"))
                                << Error::Code::InvalidArgument;
        QTest::newRow("empty") << QString() << Error::Code::NotFound;
    }

    void unusablePath()
    {
        QFETCH(QString, path);
        QFETCH(Error::Code, code);
        const CorpusLoader::Result result = CorpusLoader::load(path);
        QVERIFY(!result.ok());
        QCOMPARE(result.error.code, code);
        QCOMPARE(result.error.file, path);
        QVERIFY(result.error.message.contains(path));
    }

    void sameResultOnOneOrManyThreads()
    {
        QTemporaryDir dir;
        for (int i = 0; i < 40; ++i)
            write(dir.filePath(QStringLiteral("d%1/f%2.txt").arg(i % 3).arg(i)),
                goodText() + QByteArray::number(i) + " more words.\n");
        std::atomic_int calls = 0;
        int lastDone = 0;
        int lastTotal = 0;
        CorpusLoader::Options one;
        one.threads = 1;
        one.progress = [&](int done, int total) {
            ++calls;
            lastDone = done;
            lastTotal = total;
        };
        CorpusLoader::Options many;
        many.threads = 2;
        const CorpusLoader::Result a = CorpusLoader::load(dir.path(), one);
        const CorpusLoader::Result b = CorpusLoader::load(dir.path(), many);
        QCOMPARE(calls.load(), 40);
        QCOMPARE(lastDone, 40);
        QCOMPARE(lastTotal, 40);
        QCOMPARE(ids(a.corpus), ids(b.corpus));
        QVERIFY(std::is_sorted(a.corpus.articles.cbegin(), a.corpus.articles.cend(),
            [](const Article &x, const Article &y) { return x.file < y.file; }));
        for (qsizetype i = 0; i < a.corpus.articles.size(); ++i)
            QCOMPARE(a.corpus.articles.at(i).contentHash, b.corpus.articles.at(i).contentHash);
    }

    // The cache key: the same text hashes the same, any change to it (even one letter's case) does not.
    void contentHashTracksText()
    {
        const QString text = QStringLiteral("Whitfield said \u201cwe are ready.\u201d");
        const QByteArray hash = ArticleBuilder::contentHash(text);
        QCOMPARE(hash.size(), 32);
        QVERIFY(QByteArray::fromHex(hash).toHex() == hash);
        QCOMPARE(ArticleBuilder::contentHash(QString(text)), hash);
        QVERIFY(ArticleBuilder::contentHash(QStringLiteral("whitfield said \u201cwe are ready.\u201d")) != hash);
        QVERIFY(ArticleBuilder::contentHash(text + u' ') != hash);
        QVERIFY(ArticleBuilder::contentHash(QString()) != hash);
    }

    // UTF-8 pages skip decoding; every other encoding is decoded first: the text must not differ.
    void htmlEncodings_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("warning");
        const QString body = QStringLiteral("<html><head><title>T</title></head><body><article><h1>Caf\u00e9 talks</h1>"
                                            "<p>\u201cNo,\u201d he said \u2013 twice.</p></article></body></html>");
        QByteArray utf16 = QByteArray("\xFF\xFE");
        for (QChar c : body)
            utf16.append(char(c.unicode() & 0xff)).append(char(c.unicode() >> 8));
        QTest::newRow("utf-8") << body.toUtf8() << QString();
        QTest::newRow("utf-8 bom") << QByteArray("\xEF\xBB\xBF") + body.toUtf8() << QString();
        QTest::newRow("utf-16le bom") << utf16 << QString();
        QTest::newRow("windows-1252") << QByteArray("<html><head><meta charset=\"windows-1252\"><title>T</title></head>"
                                                    "<body><article><h1>Caf\xe9 talks</h1><p>\x93No,\x94 he said \x96 "
                                                    "twice.</p></article></body></html>")
                                      << QStringLiteral("not valid UTF-8: read as windows-1252");
    }

    void htmlEncodings()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, warning);
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("page.html")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        file.close();
        const CorpusLoader::Result result = CorpusLoader::load(dir.path());
        QCOMPARE(result.corpus.articles.size(), 1);
        QCOMPARE(result.corpus.articles.at(0).text(),
            QStringLiteral("Caf\u00e9 talks\n\n\u201cNo,\u201d he said \u2013 twice."));
        QCOMPARE(result.corpus.warnings.size(), warning.isEmpty() ? 0 : 1);
        if (!warning.isEmpty())
            QVERIFY(result.corpus.warnings.at(0).message.contains(warning));
    }

    // A cache is asked for each file by its stamp: the same while the file is untouched, another once
    // its modification time or size changed (the file is then parsed again), and written as caches
    // have always held it, so that an existing project's cache stays valid.
    void stampsFollowSizeAndModificationTime()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        for (const char *name : { "a.txt", "b.txt", "c.txt" })
            write(dir.filePath(QString::fromLatin1(name)), goodText());
        const auto stamps = [&dir] {
            QHash<QString, QByteArray> seen;
            QMutex guard;
            CorpusLoader::Options options;
            options.cached = [&](const QString &file, const QByteArray &stamp) {
                QMutexLocker lock(&guard);
                seen.insert(file, stamp);
                return std::optional<ArticleBuilder::Built>();
            };
            CorpusLoader::load(dir.path(), options);
            return seen;
        };
        const QHash<QString, QByteArray> first = stamps();
        QCOMPARE(first.size(), 3);
        const QFileInfo a(dir.filePath(QStringLiteral("a.txt")));
        QCOMPARE(first.value(QStringLiteral("a.txt")),
            QByteArray::number(a.size()) + '@' + QByteArray::number(a.lastModified().toMSecsSinceEpoch()) + "|0@0");
        QCOMPARE(stamps(), first);

        {
            QFile touched(dir.filePath(QStringLiteral("a.txt")));
            QVERIFY(touched.open(QIODevice::ReadWrite));
            QVERIFY(touched.setFileTime(a.lastModified().addSecs(-3600), QFileDevice::FileModificationTime));
        }
        {
            QFile grown(dir.filePath(QStringLiteral("b.txt")));
            QVERIFY(grown.open(QIODevice::Append));
            QVERIFY(grown.write("One more line.\n") > 0);
        }
        const QHash<QString, QByteArray> after = stamps();
        QVERIFY(after.value(QStringLiteral("a.txt")) != first.value(QStringLiteral("a.txt")));
        QVERIFY(after.value(QStringLiteral("b.txt")) != first.value(QStringLiteral("b.txt")));
        QCOMPARE(after.value(QStringLiteral("c.txt")), first.value(QStringLiteral("c.txt")));
    }

    void cancel()
    {
        std::atomic_bool cancelled = true;
        CorpusLoader::Options options;
        options.cancel = &cancelled;
        const CorpusLoader::Result result
            = CorpusLoader::load(TestSupport::testDataPath(QStringLiteral("data/furniture")), options);
        QVERIFY(result.cancelled);
        QVERIFY(!result.ok());
    }
};

QTEST_GUILESS_MAIN(TestCorpusLoader)
#include "tst_corpusloader.moc"
