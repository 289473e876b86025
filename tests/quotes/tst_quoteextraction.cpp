// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "quotes/quoteanalyzer.h"

#include "testsupport.h"

#include <QStandardPaths>
#include <QTest>

// Extraction and classification of quotes, one row per quote-mark form: each row lists the quotes
// found as "text | kind" (plus " | headline" for quotes in a heading).
class TestQuoteExtraction : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void extract_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        const auto rows = [](std::initializer_list<const char16_t *> list) {
            QStringList l;
            for (const char16_t *s : list)
                l.append(QString::fromUtf16(s));
            return l;
        };
        QTest::newRow("straight") << QStringLiteral("\"We will win this fight,\" Ana Ruiz said.")
                                  << rows({ u"We will win this fight | direct" });
        QTest::newRow("curly") << QStringLiteral("“We will win this fight,” Ana Ruiz said.")
                               << rows({ u"We will win this fight | direct" });
        QTest::newRow("curly closed by straight")
            << QStringLiteral("“We will win this fight,\" Ana Ruiz said. \"Then we rest.”")
            << rows({ u"We will win this fight | direct", u"Then we rest. | direct" });
        QTest::newRow("low-high") << QStringLiteral("Ana Ruiz sagte: „Wir werden gewinnen.“ Dann ging sie.")
                                  << rows({ u"Wir werden gewinnen. | direct" });
        QTest::newRow("guillemets") << QStringLiteral("Ana Ruiz a dit : « Nous allons gagner. » Puis elle est partie.")
                                    << rows({ u"Nous allons gagner. | direct" });
        QTest::newRow("apostrophes are not marks")
            << QStringLiteral("He’s sure Whitfield’s plan from the '90s won't work, and the leaders’ talks failed.")
            << rows({});
        QTest::newRow("nested single quotes")
            << QStringLiteral("“They called it ‘a disaster’ and left,” Ana Ruiz said.")
            << rows({ u"They called it ‘a disaster’ and left | direct" });
        QTest::newRow("single-quoted nickname")
            << QStringLiteral("He mocked the admiral by calling him ‘old sea dog’ on television.")
            << rows({ u"old sea dog | fragment" });
        QTest::newRow("fragment") << QStringLiteral("Ana Ruiz said she has “mixed feelings” about the talks.")
                                  << rows({ u"mixed feelings | fragment" });
        QTest::newRow("fragment drops final stop")
            << QStringLiteral("Ana Ruiz wants the country to accept “a new reality.”")
            << rows({ u"a new reality | fragment" });
        QTest::newRow("one-word term") << QStringLiteral("Officials criticised the “hostile” policies.")
                                       << rows({ u"hostile | term" });
        QTest::newRow("label after a") << QStringLiteral("He described the country as a ‘nuclear power’ again.")
                                       << rows({ u"nuclear power | term" });
        QTest::newRow("one-word answer") << QStringLiteral("“Yes,” she said.") << rows({ u"Yes | direct" });
        QTest::newRow("paragraph reopens")
            << QStringLiteral("“We will talk,” Ana Ruiz said. “We will meet.\n\n“We will sign,” she added.")
            << rows({ u"We will talk | direct", u"We will meet. | direct", u"We will sign | direct" });
        QTest::newRow("paragraph continues without mark")
            << QStringLiteral("Ana Ruiz said: \"We will meet soon.\n\nWe have not set a date.\" Then she left.")
            << rows({ u"We will meet soon. | direct", u"We have not set a date. | direct" });
        QTest::newRow("straight single quotes with apostrophes inside")
            << QStringLiteral("Ana Ruiz said: 'We can't stop now, it's far too late.' Then she left.")
            << rows({ u"We can't stop now, it's far too late. | direct" });
        QTest::newRow("single quotes over paragraphs")
            << QStringLiteral("Ana Ruiz told reporters: 'Well, what a day.\n\n'It's not over - we're only "
                              "starting.\n\n'We'll be back.'\n\nShe left at noon.")
            << rows({ u"Well, what a day. | direct", u"It's not over - we're only starting. | direct",
                   u"We'll be back. | direct" });
        QTest::newRow("single quote never closed, page cut")
            << QStringLiteral("Bo Lind said: 'There is another way and that's a new plan.")
            << rows({ u"There is another way and that's a new plan. | direct" });
        QTest::newRow("unclosed before the next quote opens")
            << QStringLiteral("'What I'll say is the road took two years to build. He said crews must check the "
                              "'old pillars' first.")
            << rows({ u"What I'll say is the road took two years to build. | direct", u"old pillars | fragment" });
        QTest::newRow("closing mark without an opening one")
            << QStringLiteral("Ana Ruiz called it a “betrayal.” “It is a blow to us all.” And our answer will be "
                              "firm.” Then she left.")
            << rows({ u"betrayal | term", u"It is a blow to us all. | direct",
                   u"And our answer will be firm. | direct" });
        QTest::newRow("guillemets with spaces")
            << QStringLiteral("« We will win », Ana Ruiz said, « and we will rebuild. »")
            << rows({ u"We will win | direct", u"and we will rebuild | fragment" });
        QTest::newRow("low-high in English")
            << QStringLiteral("„We will win,“ Ana Ruiz said.") << rows({ u"We will win | direct" });
        QTest::newRow("plural possessive is no closing mark")
            << QStringLiteral("The ministers' talks ended. 'We will win,' Ana Ruiz said of the voters' mood.")
            << rows({ u"We will win | direct" });
        QTest::newRow("several in a sentence")
            << QStringLiteral("Ana Ruiz said she wants “genuine peace” and “no more war” in the region.")
            << rows({ u"genuine peace | fragment", u"no more war | fragment" });
        QTest::newRow("program text between marks is no quote")
            << QStringLiteral("The sample file sets \"name = { first: 1 }\" before it starts.") << rows({});
        QTest::newRow("backticks between marks are no quote")
            << QStringLiteral("Run the tool with \"`mend --roads`\" on the server.") << rows({});
        const QString longParagraph = QStringLiteral("The crew mended the roads near Velmora. ").repeated(80);
        QTest::newRow("marks paired over thousands of characters are strays")
            << QStringLiteral("The sign on the gate read \"Open ") + longParagraph
                + QStringLiteral("until dusk\" then.")
            << rows({});
        QTest::newRow("a stray mark far before a quote leaves the quote whole")
            << QStringLiteral("The gate read \"Open. ") + longParagraph
                + QStringLiteral("\"We will win,\" Ana Ruiz said.")
            << rows({ u"We will win | direct" });
    }
    void extract()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        const Article article = TestSupport::makeArticle(text);
        QStringList found;
        for (const Quote &q : QuoteAnalyzer::analyzeArticle(article, 0).quotes) {
            QCOMPARE(q.text, article.slice(q.span).toString());
            found.append(q.text + QStringLiteral(" | ") + quoteKindName(q.kind)
                + (q.headline ? QStringLiteral(" | headline") : QString()));
        }
        QCOMPARE(found, expected);
    }

    void headlineAndBoilerplate()
    {
        Article article = TestSupport::makeArticle(QStringLiteral("Ruiz: “We will win”\n\n"
                                                                  "Photo: “Victory” by Ana Ruiz. Credit: Agency\n\n"
                                                                  "“We will win,” Ana Ruiz said on Monday."),
            {}, QStringLiteral("a"), true);
        article.boilerplate = { article.paragraphs.at(1) };
        const QList<Quote> quotes = QuoteAnalyzer::analyzeArticle(article, 3).quotes;
        QCOMPARE(quotes.size(), 2);
        QVERIFY(quotes.at(0).headline);
        QVERIFY(!quotes.at(1).headline);
        QCOMPARE(quotes.at(1).id, QStringLiteral("a#q2"));
        QCOMPARE(quotes.at(1).article, 3);
        QCOMPARE(quotes.at(1).text, QStringLiteral("We will win"));
    }
};

QTEST_GUILESS_MAIN(TestQuoteExtraction)
#include "tst_quoteextraction.moc"
