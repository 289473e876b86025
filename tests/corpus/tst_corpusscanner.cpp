// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "corpus/articlebuilder.h"
#include "corpus/corpusscanner.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

// Listing a corpus folder: which files are articles, in what order, and what is reported.
class TestCorpusScanner : public QObject
{
    Q_OBJECT
private:
    static void touch(const QString &path)
    {
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write("text\n") != 5)
            qFatal("cannot write %s", qPrintable(path));
    }

private Q_SLOTS:
    void formatForFile_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("format"); // -1: not an article
        using F = ArticleBuilder::Format;
        QTest::newRow("txt") << QStringLiteral("a.txt") << int(F::PlainText);
        QTest::newRow("upper case") << QStringLiteral("A.TXT") << int(F::PlainText);
        QTest::newRow("text") << QStringLiteral("dir/a.Text") << int(F::PlainText);
        QTest::newRow("md") << QStringLiteral("a.md") << int(F::Markdown);
        QTest::newRow("markdown") << QStringLiteral("a.MarkDown") << int(F::Markdown);
        QTest::newRow("html") << QStringLiteral("a.b.html") << int(F::Html);
        QTest::newRow("htm") << QStringLiteral("a.HTM") << int(F::Html);
        QTest::newRow("xhtml") << QStringLiteral("a.xhtml") << int(F::Html);
        QTest::newRow("no suffix") << QStringLiteral("README") << -1;
        QTest::newRow("dot in folder only") << QStringLiteral("v1.txt/README") << -1;
        QTest::newRow("suffix alone") << QStringLiteral("a.") << -1;
        QTest::newRow("longer suffix") << QStringLiteral("a.txtx") << -1;
        QTest::newRow("other") << QStringLiteral("a.pdf") << -1;
    }

    void formatForFile()
    {
        QFETCH(QString, path);
        QFETCH(int, format);
        const std::optional<ArticleBuilder::Format> found = ArticleBuilder::formatForFile(path);
        QCOMPARE(found ? int(*found) : -1, format);
    }

    void listsArticlesSorted()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString root = QDir(dir.path()).canonicalPath();
        // Created out of order: the listing must not depend on the order the folder hands them out.
        for (const char *file : { "z.txt", "b/2.html", "a.md", "b/1.HTM", "b/c/deep.txt", "notes.pdf", ".hidden.txt",
                 ".git/x.txt", "b/README" })
            touch(root + u'/' + QLatin1String(file));
        const CorpusScanner::Result result = CorpusScanner::scan(root);
        QCOMPARE(result.files,
            (QStringList { QStringLiteral("a.md"), QStringLiteral("b/1.HTM"), QStringLiteral("b/2.html"),
                QStringLiteral("b/c/deep.txt"), QStringLiteral("z.txt") }));
        QVERIFY(result.warnings.isEmpty());
    }

    void linksOutAreReportedInFileOrder()
    {
        QTemporaryDir outside;
        QTemporaryDir dir;
        QVERIFY(outside.isValid() && dir.isValid());
        const QString root = QDir(dir.path()).canonicalPath();
        touch(outside.path() + QStringLiteral("/secret.txt"));
        touch(root + QStringLiteral("/inside.txt"));
        QDir().mkpath(root + QStringLiteral("/y"));
        QVERIFY(QFile::link(outside.path() + QStringLiteral("/secret.txt"), root + QStringLiteral("/y/out.txt")));
        QVERIFY(QFile::link(outside.path() + QStringLiteral("/secret.txt"), root + QStringLiteral("/b-out.txt")));
        QVERIFY(QFile::link(outside.path(), root + QStringLiteral("/a-folder")));
        // A link inside the corpus is neither listed twice nor reported.
        QVERIFY(QFile::link(root + QStringLiteral("/inside.txt"), root + QStringLiteral("/again.txt")));

        const CorpusScanner::Result result = CorpusScanner::scan(root);
        QCOMPARE(result.files, QStringList { QStringLiteral("inside.txt") });
        QStringList reported;
        for (const Error &w : result.warnings) {
            QVERIFY2(w.message.contains(QLatin1String("leads outside the corpus folder")), qPrintable(w.message));
            QCOMPARE(w.code, Error::Code::Refused);
            QVERIFY2(w.message.contains(w.file), qPrintable(w.message));
            reported.append(w.file);
        }
        QCOMPARE(reported,
            (QStringList { QStringLiteral("a-folder"), QStringLiteral("b-out.txt"), QStringLiteral("y/out.txt") }));
    }

    // Every file the scan cannot list gets one warning naming it (the README's promise).
    void undecodableNamesAreReported()
    {
        QTemporaryDir dir;
        const QString root = QDir(dir.path()).canonicalPath();
        touch(root + QStringLiteral("/fine.txt"));
        // Latin-1 bytes, as a file copied from an old system is often named: not valid UTF-8.
        for (const QByteArray &name : { QByteArray("caf\xe9.txt"), QByteArray("r\xe9sum\xe9s") }) {
            const QByteArray path = QFile::encodeName(root) + '/' + name;
            if (name.endsWith(".txt")) {
                const int fd = ::open(path.constData(), O_WRONLY | O_CREAT, 0644);
                QVERIFY(fd >= 0);
                QCOMPARE(::write(fd, "text\n", 5), 5);
                ::close(fd);
            } else {
                QCOMPARE(::mkdir(path.constData(), 0755), 0);
            }
        }
        const CorpusScanner::Result result = CorpusScanner::scan(root);
        QCOMPARE(result.files, QStringList { QStringLiteral("fine.txt") });
        QCOMPARE(result.warnings.size(), 2);
        for (const Error &w : result.warnings) {
            QVERIFY2(w.message.contains(QLatin1String("not valid UTF-8")), qPrintable(w.message));
            QCOMPARE(w.code, Error::Code::Refused);
        }
        // QTemporaryDir cannot remove what Qt cannot name.
        QCOMPARE(::unlink(QByteArray(QFile::encodeName(root) + "/caf\xe9.txt").constData()), 0);
        QCOMPARE(::rmdir(QByteArray(QFile::encodeName(root) + "/r\xe9sum\xe9s").constData()), 0);
    }

    void foldersTooDeepAreReported()
    {
        QTemporaryDir dir;
        const QString root = QDir(dir.path()).canonicalPath();
        QString path = root;
        for (int depth = 1; depth <= 70; ++depth) {
            path += QStringLiteral("/d");
            if (depth == 64)
                touch(path + QStringLiteral("/deepest-read.txt"));
        }
        touch(path + QStringLiteral("/too-deep.txt"));
        const CorpusScanner::Result result = CorpusScanner::scan(root);
        QCOMPARE(result.files.size(), 1);
        QVERIFY(result.files.constFirst().endsWith(QLatin1String("/deepest-read.txt")));
        QCOMPARE(result.warnings.size(), 1);
        QCOMPARE(result.warnings.constFirst().file, QStringLiteral("d/").repeated(65).chopped(1));
        QVERIFY2(result.warnings.constFirst().message.contains(QLatin1String("more than 64 folders deep")),
            qPrintable(result.warnings.constFirst().message));
    }
};

QTEST_GUILESS_MAIN(TestCorpusScanner)
#include "tst_corpusscanner.moc"
