// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "corpus/articlebuilder.h"
#include "corpus/metadata/metadatainference.h"

#include <QStandardPaths>
#include <QTest>

// Title, author, date and outlet from the article itself when no manifest says so, and the
// order of trust: manifest, the file's own metadata, the byline, the latest "as of" date.
class TestMetadataInference : public QObject
{
    Q_OBJECT
private:
    static const QString &body()
    {
        static const QString text = QStringLiteral(
            "Officials from both countries met on Tuesday to discuss the proposal, and several said afterwards "
            "that the talks had gone better than expected.");
        return text;
    }

    static Article build(const QString &text, ArticleBuilder::Format format = ArticleBuilder::Format::PlainText,
        const ManifestEntry *entry = nullptr)
    {
        ArticleBuilder::Built built = ArticleBuilder::build(QStringLiteral("a.txt"), text.toUtf8(), format, entry);
        if (!built.article)
            qFatal("no article built");
        return *built.article;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void plainText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("author");
        QTest::addColumn<QDate>("published");
        QTest::addColumn<QString>("basis");
        const QString b = body();
        QTest::newRow("title line") << QStringLiteral("Leaders Agree to Meet Again\n\n") + b
                                    << QStringLiteral("Leaders Agree to Meet Again") << QString() << QDate()
                                    << QStringLiteral("unknown");
        QTest::newRow("breadcrumb skipped")
            << QStringLiteral("Home \u203a News \u203a Asia\n\nLeaders agree to meet again\n\n") + b
            << QStringLiteral("Leaders agree to meet again") << QString() << QDate() << QStringLiteral("unknown");
        QTest::newRow("navigation and reading time skipped")
            << QStringLiteral("My Account\n\nWorld6 min read\n\nLeaders Agree to Meet\n\n") + b
            << QStringLiteral("Leaders Agree to Meet") << QString() << QDate() << QStringLiteral("unknown");
        QTest::newRow("no title line") << b + QStringLiteral("\n\nMore text follows here.")
                                       << QStringLiteral("Officials from both countries met on Tuesday to discuss the "
                                                         "proposal, and several said afterwards\u2026")
                                       << QString() << QDate() << QStringLiteral("unknown");
        QTest::newRow("byline and dateline")
            << QStringLiteral("Leaders Agree to Meet\n\nBy Jane Doe\n\n3 November 2025\n\n") + b
            << QStringLiteral("Leaders Agree to Meet") << QStringLiteral("Jane Doe") << QDate(2025, 11, 3)
            << QStringLiteral("byline");
        QTest::newRow("dated byline") << QStringLiteral("Leaders Agree to Meet\n\nBy Jane Doe | Nov. 3, 2025\n\n") + b
                                      << QStringLiteral("Leaders Agree to Meet") << QStringLiteral("Jane Doe")
                                      << QDate(2025, 11, 3) << QStringLiteral("byline");
        QTest::newRow("published beats updated")
            << QStringLiteral("Title Here\n\nUpdated 5 November 2025\n\nPublished 3 November 2025\n\n") + b
            << QStringLiteral("Title Here") << QString() << QDate(2025, 11, 3) << QStringLiteral("byline");
        QTest::newRow("wire dateline opening the lead")
            << QStringLiteral("Title Here\n\nTARSIS, Oct. 2, 2020 \u2014 ") + b << QStringLiteral("Title Here")
            << QString() << QDate(2020, 10, 2) << QStringLiteral("byline");
        QTest::newRow("wire dateline with an agency")
            << QStringLiteral("Title Here\n\nNORTH TARSIS, 2 October 2020 (Agency) - ") + b
            << QStringLiteral("Title Here") << QString() << QDate(2020, 10, 2) << QStringLiteral("byline");
        QTest::newRow("a lead opening with a date is no dateline")
            << QStringLiteral("Title Here\n\nOn Oct. 2, 2020 - ") + b << QStringLiteral("Title Here") << QString()
            << QDate() << QStringLiteral("unknown");
        QTest::newRow("latest as-of date") << QStringLiteral("Title Here\n\n") + b
                + QStringLiteral(" As of 5 March 2024, nothing was signed.\n\nAs of late April 2024, talks "
                                 "continued. In May 2030 a review is due.")
                                           << QStringLiteral("Title Here") << QString() << QDate(2024, 4, 21)
                                           << QStringLiteral("inferred-latest-date");
        QTest::newRow("plain dates are not publication dates")
            << QStringLiteral("Title Here\n\n") + b + QStringLiteral(" The summit on 12 June 2018 changed little.")
            << QStringLiteral("Title Here") << QString() << QDate() << QStringLiteral("unknown");
        QTest::newRow("author from closing blurb")
            << QStringLiteral("Title Here\n\n") + b + QStringLiteral("\n\n") + b
                + QStringLiteral("\n\nRobin Penman\n\nRobin is a freelance journalist based in Berlin.")
            << QStringLiteral("Title Here") << QStringLiteral("Robin Penman") << QDate() << QStringLiteral("unknown");
    }

    void plainText()
    {
        QFETCH(QString, text);
        QFETCH(QString, title);
        QFETCH(QString, author);
        QFETCH(QDate, published);
        QFETCH(QString, basis);
        const Article article = build(text);
        QCOMPARE(article.title, title);
        QCOMPARE(article.author, author);
        QCOMPARE(article.published, published);
        QCOMPARE(publishedBasisName(article.publishedBasis), basis);
    }

    void htmlMetaBeatsByline()
    {
        const QString html = QStringLiteral(
            "<html><head><meta property=\"og:site_name\" content=\"Example Post\">"
            "<meta property=\"article:published_time\" content=\"2025-11-02T23:00:00Z\">"
            "<meta name=\"author\" content=\"Meta Author\"><title>Page title | Example Post</title></head>"
            "<body><article><p>By Jane Doe</p><p>3 November 2025</p><p>%1</p></article></body></html>")
                                 .arg(body());
        const Article article = build(html, ArticleBuilder::Format::Html);
        QCOMPARE(article.title, QStringLiteral("Page title"));
        QCOMPARE(article.author, QStringLiteral("Meta Author"));
        QCOMPARE(article.outlet, QStringLiteral("Example Post"));
        QCOMPARE(article.published, QDate(2025, 11, 2));
        QCOMPARE(article.publishedBasis, PublishedBasis::HtmlMeta);
        QVERIFY(article.text().startsWith(QStringLiteral("Page title\n\n")));
        QCOMPARE(article.headings.size(), 1);
    }

    void manifestWins()
    {
        ManifestEntry entry;
        entry.title = QStringLiteral("Manifest Title");
        entry.author = QStringLiteral("Manifest Author");
        entry.outlet = QStringLiteral("Manifest Outlet");
        entry.url = QStringLiteral("https://example.com/a");
        entry.published = QDate(2020, 1, 2);
        const Article article = build(QStringLiteral("Text Title\n\nBy Jane Doe\n\n3 November 2025\n\n") + body(),
            ArticleBuilder::Format::PlainText, &entry);
        QCOMPARE(article.title, entry.title);
        QCOMPARE(article.author, entry.author);
        QCOMPARE(article.outlet, entry.outlet);
        QCOMPARE(article.url, entry.url);
        QCOMPARE(article.published, entry.published);
        QCOMPARE(article.publishedBasis, PublishedBasis::Manifest);
    }

    void manifestTitleFindsTheTitleLine()
    {
        ManifestEntry entry;
        entry.title = QStringLiteral("The Real Headline of This Story");
        const Article article = build(QStringLiteral("Short Kicker\n\nThe real headline of this story\n\n") + body(),
            ArticleBuilder::Format::PlainText, &entry);
        QVERIFY(article.isHeading({ 14, 20 }));
    }

    void latestAsOfDate_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDate>("date");
        QTest::newRow("day") << QStringLiteral("As of October 30, 2025, no date was set.") << QDate(2025, 10, 30);
        QTest::newRow("early month") << QStringLiteral("as of early November 2025") << QDate(2025, 11, 1);
        QTest::newRow("mid month") << QStringLiteral("as of mid-November 2025") << QDate(2025, 11, 11);
        QTest::newRow("late month") << QStringLiteral("Correct as of late March 2024.") << QDate(2024, 3, 21);
        QTest::newRow("the end of a month") << QStringLiteral("as of the end of June 2022") << QDate(2022, 6, 21);
        QTest::newRow("the middle of a month")
            << QStringLiteral("Valid as of the middle of May 2021.") << QDate(2021, 5, 11);
        QTest::newRow("the beginning of a month")
            << QStringLiteral("as of the beginning of April 2020") << QDate(2020, 4, 1);
        QTest::newRow("the end of a month, capitals and spaces")
            << QStringLiteral("Figures as at The End  of August 2031.") << QDate(2031, 8, 21);
        QTest::newRow("a part without the") << QStringLiteral("as of end of August 2031") << QDate(2031, 8, 21);
        QTest::newRow("a part and an en dash") << QStringLiteral("as of mid\u2013August 2031") << QDate(2031, 8, 11);
        QTest::newRow("a part of a day is the day")
            << QStringLiteral("Correct as of early August 3, 2031.") << QDate(2031, 8, 3);
        QTest::newRow("a part not before the date")
            << QStringLiteral("As of late, costs rose in August 2031.") << QDate();
        QTest::newRow("updated") << QStringLiteral("This story was updated on 2 Jan 2024.") << QDate(2024, 1, 2);
        QTest::newRow("time of writing") << QStringLiteral("At the time of writing, 4 May 2023, it was quiet.")
                                         << QDate(2023, 5, 4);
        QTest::newRow("latest wins") << QStringLiteral("As of 1 May 2023 x. As of 3 May 2023 y. As of 2 May 2023 z.")
                                     << QDate(2023, 5, 3);
        QTest::newRow("not anchored") << QStringLiteral("On 1 May 2023 the talks began.") << QDate();
        QTest::newRow("as of now") << QStringLiteral("As of now, nothing is planned for 2025.") << QDate();
    }

    void latestAsOfDate()
    {
        QFETCH(QString, text);
        QFETCH(QDate, date);
        QCOMPARE(MetadataInference::latestAsOfDate(text), date);
    }
};

QTEST_GUILESS_MAIN(TestMetadataInference)
#include "tst_metadatainference.moc"
