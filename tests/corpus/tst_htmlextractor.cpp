// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "corpus/formats/htmlextractor.h"
#include "corpus/formats/htmlmetareader.h"
#include "corpus/formats/markdownextractor.h"
#include "testsupport.h"

#include <QFile>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTest>

// HTML pages (libxml2) and Markdown files to blocks and metadata.
class TestHtmlExtractor : public QObject
{
    Q_OBJECT
private:
    static QByteArray fixture(const char *name)
    {
        QFile file(TestSupport::testDataPath(QStringLiteral("data/html/%1.html").arg(QLatin1String(name))));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("missing fixture %s", name);
        return file.readAll();
    }

    static QStringList texts(const ExtractedDocument &doc)
    {
        QStringList out;
        for (const TextBlock &b : doc.blocks)
            out.append(b.text);
        return out;
    }

    static QString kinds(const ExtractedDocument &doc)
    {
        QString out;
        for (const TextBlock &b : doc.blocks) {
            switch (b.kind) {
            case BlockKind::Paragraph:
                out.append(u'p');
                break;
            case BlockKind::Title:
                out.append(u'T');
                break;
            case BlockKind::Heading:
                out.append(u'h');
                break;
            case BlockKind::ListItem:
                out.append(u'l');
                break;
            case BlockKind::Caption:
                out.append(u'c');
                break;
            }
        }
        return out;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void body_data()
    {
        QTest::addColumn<QByteArray>("html");
        QTest::addColumn<QStringList>("blocks");
        QTest::addColumn<QString>("kinds");

        QTest::newRow("furniture dropped")
            << fixture("furniture")
            << QStringList { QStringLiteral("T"), QStringLiteral("First paragraph & more."),
                   QStringLiteral("Second \u2019one\u2019.") }
            << QStringLiteral("Tpp");
        QTest::newRow("article preferred")
            << fixture("article")
            << QStringList { QStringLiteral("Headline here"), QStringLiteral("Body bold and link."),
                   QStringLiteral("Section"), QStringLiteral("One"), QStringLiteral("Two"),
                   QStringLiteral("A caption. Photo: Agency") }
            << QStringLiteral("Tphllc");
        QTest::newRow("largest article") << fixture("largest-article")
                                         << QStringList { QStringLiteral(
                                                "The real article has much more text than the teaser does.") }
                                         << QStringLiteral("p");
        QTest::newRow("articleBody") << fixture("articlebody") << QStringList { QStringLiteral("Inside.") }
                                     << QStringLiteral("p");
        QTest::newRow("hidden and furniture classes")
            << fixture("hidden") << QStringList { QStringLiteral("Kept."), QStringLiteral("Kept too.") }
            << QStringLiteral("pp");
        QTest::newRow("line breaks split")
            << fixture("linebreaks")
            << QStringList { QStringLiteral("Caption line"), QStringLiteral("Jane Doe / Agency") }
            << QStringLiteral("pp");
        QTest::newRow("no body element") << QByteArray("Just some text &lt;b&gt; here")
                                         << QStringList { QStringLiteral("Just some text <b> here") }
                                         << QStringLiteral("p");
        // The bytes are UTF-8 already (TextDecoder saw to it): a stale charset hint must not re-decode them.
        QTest::newRow("charset hint ignored")
            << QByteArray("<head><meta charset=\"iso-8859-1\"></head><p>Caf\xc3\xa9 \xe2\x80\x9cyes\xe2\x80\x9d</p>")
            << QStringList { QStringLiteral("Caf\u00e9 \u201cyes\u201d") } << QStringLiteral("p");
        QTest::newRow("unclosed paragraphs")
            << QByteArray("<body><p>One<p>Two<div>Three</div>")
            << QStringList { QStringLiteral("One"), QStringLiteral("Two"), QStringLiteral("Three") }
            << QStringLiteral("ppp");
        QTest::newRow("empty page") << QByteArray() << QStringList() << QString();
        QTest::newRow("whitespace only") << QByteArray(" \n\t ") << QStringList() << QString();
        QTest::newRow("nested articles: the outer one holds more")
            << QByteArray("<body><p>Teaser.</p><article><p>Outer intro.</p><article><p>Inner text, longer than the "
                          "intro.</p></article></article></body>")
            << QStringList { QStringLiteral("Outer intro."), QStringLiteral("Inner text, longer than the intro.") }
            << QStringLiteral("pp");
        QTest::newRow("table cells spaced") << QByteArray("<body><table><tr><td>a</td><td>b</td></tr></table></body>")
                                            << QStringList { QStringLiteral("a b") } << QStringLiteral("p");
        QTest::newRow("page header dropped") << QByteArray("<body><header>Site name</header><p>Text.</p></body>")
                                             << QStringList { QStringLiteral("Text.") } << QStringLiteral("p");
        QTest::newRow("article header kept")
            << QByteArray("<body><article><header><h1>Head</h1></header><p>Body.</p></article></body>")
            << QStringList { QStringLiteral("Head"), QStringLiteral("Body.") } << QStringLiteral("Tp");
        // libxml2 names an element by its local part: Word's <o:p> is a paragraph.
        QTest::newRow("prefixed element")
            << QByteArray("<body><p>One<o:p>Two</o:p></p></body>")
            << QStringList { QStringLiteral("One"), QStringLiteral("Two") } << QStringLiteral("pp");
        QTest::newRow("inline spacing, comments, scripts")
            << QByteArray(
                   "<body><p>a <b>b</b> <i>c</i> Wo<!-- x -->rd<script>var x;</script><style>p{}</style></p></body>")
            << QStringList { QStringLiteral("a b c Word") } << QStringLiteral("p");
        QTest::newRow("hidden by style, furniture word in a class list")
            << QByteArray("<body><div style=\"Display: None\">Gone.</div><div class=\"x related-links\">Gone.</div>"
                          "<div class=\"relatedX\">Kept.</div></body>")
            << QStringList { QStringLiteral("Kept.") } << QStringLiteral("p");
        // Below the depth limit the text is read flat: hidden parts and scripts still go, furniture stays.
        QTest::newRow("flat below the depth limit")
            << QByteArray("<body>" + QByteArray("<div>").repeated(450)
                   + "<p>A<span hidden>Hidden</span><span class=share>Share</span><script>x</script>B</p>"
                   + QByteArray("</div>").repeated(450) + "</body>")
            << QStringList { QStringLiteral("A ShareB") } << QStringLiteral("p");
    }

    void body()
    {
        QFETCH(QByteArray, html);
        QFETCH(QStringList, blocks);
        QFETCH(QString, kinds);
        const ExtractedDocument doc = HtmlExtractor::extract(html);
        QCOMPARE(texts(doc), blocks);
        QCOMPARE(this->kinds(doc), kinds);
    }

    void deepNestingKeepsText()
    {
        const QByteArray html = "<body>" + QByteArray("<div>").repeated(20000) + "Deep text."
            + QByteArray("</div>").repeated(20000) + "</body>";
        QCOMPARE(texts(HtmlExtractor::extract(html)), QStringList { QStringLiteral("Deep text.") });
    }

    // Blank runs anywhere in a paragraph, plain or Unicode, come out as single spaces, as
    // QString::simplified() makes them: whatever their place in the extractor's 32-byte blocks.
    void blanksAreSimplified()
    {
        const QStringList pieces { QStringLiteral("word"), QStringLiteral("a"), QStringLiteral("\u201cquoted\u201d"),
            QStringLiteral("caf\u00e9"), QStringLiteral(" "), QStringLiteral("  "), QStringLiteral("\t"),
            QStringLiteral("\n"), QStringLiteral("\u00a0"), QStringLiteral("\u2009"), QStringLiteral("\u3000"),
            QStringLiteral("\u2028"), QStringLiteral("\u0085") };
        QRandomGenerator rng(20261122);
        for (int round = 0; round < 2000; ++round) {
            QString text = QStringLiteral("x");
            for (int i = 0, n = int(rng.bounded(40)); i < n; ++i)
                text += pieces.at(int(rng.bounded(int(pieces.size()))));
            text += u'y';
            const QByteArray html = "<body><p>" + text.toUtf8() + "</p></body>";
            const ExtractedDocument doc = HtmlExtractor::extract(html);
            QCOMPARE(texts(doc), QStringList { text.simplified() });
        }
    }

    void lineBreakMarksSameChunk()
    {
        const ExtractedDocument doc = HtmlExtractor::extract("<p>Caption<br>Credit</p><p>Next</p>");
        QCOMPARE(doc.blocks.size(), 3);
        QVERIFY(doc.blocks.at(1).sameChunkAsPrevious);
        QVERIFY(!doc.blocks.at(2).sameChunkAsPrevious);
    }

    void meta_data()
    {
        QTest::addColumn<QByteArray>("html");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("author");
        QTest::addColumn<QDate>("published");
        QTest::addColumn<QString>("site");

        QTest::newRow("open graph") << fixture("meta-opengraph") << QStringLiteral("OG headline")
                                    << QStringLiteral("Jane Doe") << QDate(2025, 10, 29) << QStringLiteral("The Site");
        QTest::newRow("title tag with site suffix")
            << fixture("meta-titletag") << QStringLiteral("Leaders meet again in Riverton") << QString()
            << QDate(2019, 2, 27) << QStringLiteral("Example News");
        QTest::newRow("json-ld") << fixture("meta-jsonld") << QStringLiteral("LD headline")
                                 << QStringLiteral("A One, B Two") << QDate(2024, 3, 5) << QStringLiteral("LD Ledger");
        QTest::newRow("author url ignored, byl stripped")
            << fixture("meta-authorurl") << QStringLiteral("T") << QStringLiteral("John Roe") << QDate() << QString();
        QTest::newRow("microdata time") << fixture("meta-microdata") << QStringLiteral("T") << QString()
                                        << QDate(2023, 7, 1) << QString();
    }

    void meta()
    {
        QFETCH(QByteArray, html);
        QFETCH(QString, title);
        QFETCH(QString, author);
        QFETCH(QDate, published);
        QFETCH(QString, site);
        const ExtractedDocument doc = HtmlExtractor::extract(html);
        QCOMPARE(doc.meta.title, title);
        QCOMPARE(doc.meta.author, author);
        QCOMPARE(doc.meta.published, published);
        QCOMPARE(doc.meta.siteName, site);
    }

    void titleFromMetaLeadsTheText()
    {
        const ExtractedDocument doc = HtmlExtractor::extract(
            "<head><meta property=\"og:title\" content=\"Meta title\"></head><body><p>Body.</p></body>");
        QCOMPARE(texts(doc), (QStringList { QStringLiteral("Meta title"), QStringLiteral("Body.") }));
        QCOMPARE(doc.blocks.constFirst().kind, BlockKind::Title);
    }

    void stripSiteSuffix_data()
    {
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("site");
        QTest::addColumn<QString>("expected");
        QTest::newRow("known site") << QStringLiteral("A | B") << QStringLiteral("B") << QStringLiteral("A");
        QTest::newRow("short unknown suffix") << QStringLiteral("Mayor gives a guarded answer to council - Daily Paper")
                                              << QString() << QStringLiteral("Mayor gives a guarded answer to council");
        QTest::newRow("dash inside headline kept")
            << QStringLiteral("Harbour - Council talks") << QStringLiteral("Other")
            << QStringLiteral("Harbour - Council talks");
    }

    void stripSiteSuffix()
    {
        QFETCH(QString, title);
        QFETCH(QString, site);
        QFETCH(QString, expected);
        QCOMPARE(HtmlMetaReader::stripSiteSuffix(title, site), expected);
    }

    void markdown()
    {
        const ExtractedDocument doc = MarkdownExtractor::extract(QStringLiteral(
            "---\ntitle: \"Front matter title\"\nauthor: Jane Doe\ndate: 2025-10-29\n---\n"
            "# Heading One\n\nSome **bold** and _emphasised_ text with a [link](http://x.y) "
            "and `code`,\nwrapped over lines.\n\n![A caption](pic.jpg)\n\n"
            "Section\n-------\n\n- item one\n- item *two*\n\n> Quoted text.\n\n***\n\nsnake_case_word stays."));
        QCOMPARE(doc.meta.title, QStringLiteral("Front matter title"));
        QCOMPARE(doc.meta.author, QStringLiteral("Jane Doe"));
        QCOMPARE(doc.meta.published, QDate(2025, 10, 29));
        QCOMPARE(texts(doc),
            (QStringList { QStringLiteral("Heading One"),
                QStringLiteral("Some bold and emphasised text with a link and code, wrapped over lines."),
                QStringLiteral("A caption"), QStringLiteral("Section"), QStringLiteral("item one"),
                QStringLiteral("item two"), QStringLiteral("Quoted text."),
                QStringLiteral("snake_case_word stays.") }));
        QCOMPARE(kinds(doc), QStringLiteral("Tpchllpp"));
    }
};

QTEST_GUILESS_MAIN(TestHtmlExtractor)
#include "tst_htmlextractor.moc"
