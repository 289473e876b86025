// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "corpus/formats/htmlattributecap.h"

#include <QTest>

// Start tags are cut to a few attributes before libxml2 reads them; everything else is left as it is.
class TestHtmlAttributeCap : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void caps_data()
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
    }

    void caps()
    {
        QFETCH(QByteArray, html);
        QFETCH(QByteArray, expected);
        const std::optional<QByteArray> capped = HtmlAttributeCap::apply(html, 3);
        if (expected.isEmpty())
            QVERIFY(!capped);
        else
            QCOMPARE(capped.value_or("(unchanged)"), expected);
    }
};

QTEST_GUILESS_MAIN(TestHtmlAttributeCap)
#include "tst_htmlattributecap.moc"
