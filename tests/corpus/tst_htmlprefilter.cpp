// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "corpus/formats/htmlextractor.h"
#include "corpus/formats/htmlprefilter.h"

#include <QTest>

// Before libxml2 reads a page, start tags are cut to a few attributes and script and style bodies are
// emptied where libxml2 would end them; everything else is left as it is.
class TestHtmlPrefilter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void filters_data()
    {
        QTest::addColumn<QByteArray>("html");
        QTest::addColumn<QByteArray>("expected"); // empty: left as it is
        QTest::newRow("at the cap") << QByteArray("<p a=1 b=2 c=3>x</p>") << QByteArray();
        QTest::newRow("one past") << QByteArray("<p a=1 b=2 c=3 d=4>x</p>") << QByteArray("<p a=1 b=2 c=3 >x</p>");
        QTest::newRow("quoted values hold blanks and >")
            << QByteArray("<p a=\"1 >\" b='2 > 3' c d=4 e>x") << QByteArray("<p a=\"1 >\" b='2 > 3' c >x");
        QTest::newRow("self-closing") << QByteArray("<br a b c d/>t") << QByteArray("<br a b c >t");
        QTest::newRow("unterminated quote") << QByteArray("<p a b c d=\"e f g") << QByteArray("<p a b c ");
        QTest::newRow("end tags and comments") << QByteArray("</p a b c d e><!-- a b c d e -->") << QByteArray();
        QTest::newRow("two tags, one capped")
            << QByteArray("<i a b c d>1</i><b a b>2</b>") << QByteArray("<i a b c >1</i><b a b>2</b>");

        QTest::newRow("script body emptied") << QByteArray("<p>a</p><script>var x = 1 < 2;</script><p>b</p>")
                                             << QByteArray("<p>a</p><script></script><p>b</p>");
        QTest::newRow("style body emptied, any case") << QByteArray("<STYLE type=text/css>p { color: red }</Style>t")
                                                      << QByteArray("<STYLE type=text/css></Style>t");
        QTest::newRow("a script ends at the first end tag of its name")
            << QByteArray("<script>if (a</b) w('<p>');</script >x") << QByteArray("<script></script >x");
        QTest::newRow("a quoted > in the start tag")
            << QByteArray("<script data-x=\"a>b\">code</script>") << QByteArray("<script data-x=\"a>b\"></script>");
        QTest::newRow("JSON-LD keeps its body")
            << QByteArray(R"(<script type="application/LD+JSON">{"a":1}</script>)") << QByteArray();
        QTest::newRow("self-closing script: no body")
            << QByteArray("<script src=a.js /><p>x</p></script>") << QByteArray();
        QTest::newRow("unclosed script left as it is") << QByteArray("<script>var a;") << QByteArray();
        QTest::newRow("a body with a NUL left as it is") << QByteArray("<script>a\0b</script>", 20) << QByteArray();
        QTest::newRow("a script inside a comment is no script") << QByteArray(
            "<!-- <script> --><p>x</p><script>y</script>") << QByteArray("<!-- <script> --><p>x</p><script></script>");
        QTest::newRow("a style's text is not read for tags")
            << QByteArray("<style>/* <script> */</style><p>x</p>") << QByteArray("<style></style><p>x</p>");
        QTest::newRow("names that only begin like one")
            << QByteArray("<scripts>a</scripts><styled>b</styled>") << QByteArray();
        QTest::newRow("capped and emptied")
            << QByteArray("<script a b c d>x</script>") << QByteArray("<script a b c ></script>");
    }

    void filters()
    {
        QFETCH(QByteArray, html);
        QFETCH(QByteArray, expected);
        const std::optional<QByteArray> filtered = HtmlPrefilter::apply(html, 3);
        if (expected.isEmpty())
            QVERIFY2(!filtered, filtered.value_or(QByteArray()).constData());
        else
            QCOMPARE(filtered.value_or("(unchanged)"), expected);
    }

    // What the article is made of is the same with the bodies gone: the text, and the metadata a JSON-LD
    // script gives.
    void extractionIsUnchanged()
    {
        const QByteArray page = "<html><head><title>T</title><script>window.x = '<p>not text</p>';</script>"
                                "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":"
                                "\"Ferry service resumes\",\"datePublished\":\"2024-03-05\"}</script>"
                                "<style>p{margin:0}</style></head><body><h1>Ferry service resumes</h1>"
                                "<p>The ferry sailed again on Tuesday after a week in port.</p>"
                                "<script>track('<div>');</script><p>Passengers were pleased.</p></body></html>";
        const ExtractedDocument r = HtmlExtractor::extract(page);
        QStringList texts;
        for (const TextBlock &b : r.blocks)
            texts.append(b.text);
        QCOMPARE(texts,
            QStringList({ QStringLiteral("Ferry service resumes"),
                QStringLiteral("The ferry sailed again on Tuesday after a week in port."),
                QStringLiteral("Passengers were pleased.") }));
        QCOMPARE(r.meta.published, QDate(2024, 3, 5));
    }
};

QTEST_GUILESS_MAIN(TestHtmlPrefilter)
#include "tst_htmlprefilter.moc"
