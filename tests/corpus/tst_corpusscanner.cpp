// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "corpus/articlebuilder.h"
#include "corpus/corpusscanner.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

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
        for (const LoadWarning &w : result.warnings) {
            QVERIFY2(w.message.contains(QLatin1String("leads outside the corpus folder")), qPrintable(w.message));
            QVERIFY2(w.message.contains(w.file), qPrintable(w.message));
            reported.append(w.file);
        }
        QCOMPARE(reported,
            (QStringList { QStringLiteral("a-folder"), QStringLiteral("b-out.txt"), QStringLiteral("y/out.txt") }));
    }
};

QTEST_GUILESS_MAIN(TestCorpusScanner)
#include "tst_corpusscanner.moc"
