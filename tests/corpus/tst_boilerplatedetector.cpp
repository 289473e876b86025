// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "corpus/articlebuilder.h"
#include "corpus/corpusloader.h"
#include "corpus/structure/boilerplatedetector.h"
#include "language/languagedata.h"
#include "testsupport.h"

#include <QStandardPaths>
#include <QTest>

#include <optional>

// Page furniture is flagged by general rules (our own examples from many kinds of sites), body
// paragraphs never are; on an invented corpus of real-page shapes exactly the furniture is flagged.
class TestBoilerplateDetector : public QObject
{
    Q_OBJECT
private:
    static QStringList flagged(const QStringList &paragraphs, const QStringList &authors = {})
    {
        QList<BoilerplateDetector::Paragraph> input;
        for (const QString &p : paragraphs)
            input.append({ p });
        BoilerplateDetector detector;
        detector.setKnownAuthors(authors);
        const QList<BoilerplateKind> kinds = detector.detect(input);
        QStringList out;
        for (auto kind : kinds)
            out.append(boilerplateKindName(kind));
        return out;
    }

    static QString body(int n)
    {
        return QStringLiteral("Officials met on Tuesday to discuss the proposal in detail, and several of them said "
                              "afterwards that the talks had gone better than expected, number %1.")
            .arg(n);
    }

    // A plain-text article built of `text`, as its sentences' texts and its flagged texts (trimmed).
    struct BuiltTexts {
        QStringList sentences;
        QStringList boilerplate;
    };
    static std::optional<BuiltTexts> builtTexts(const QByteArray &text)
    {
        const ArticleBuilder::Built built
            = ArticleBuilder::build(QStringLiteral("port.txt"), text, ArticleBuilder::Format::PlainText);
        if (!built.article)
            return std::nullopt;
        const Article &article = *built.article;
        BuiltTexts texts;
        for (const TextSpan &s : article.sentences)
            texts.sentences.append(article.slice(s).toString());
        for (const TextSpan &span : article.boilerplate)
            texts.boilerplate.append(article.slice(span).toString().trimmed());
        return texts;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    // The detector looks for "read" before it tries the units: a unit that ended otherwise would never match.
    void readingTimeUnitsEndInRead()
    {
        const QStringList units = LanguageData::list(QStringLiteral("boilerplate/reading-time-units")).words();
        QVERIFY(!units.isEmpty());
        for (const QString &unit : units)
            QVERIFY2(unit.endsWith(u" read"), qPrintable(unit));
    }

    void lines_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("kind");
        const auto row = [](const char *line, const char *kind) {
            QTest::newRow(line) << QString::fromUtf8(line) << QString::fromLatin1(kind);
        };
        row("Photo: Jane Doe/AFP", "credit");
        row("Image credit: Reuters", "credit");
        row("The minister arrives in Seoul. Photo credit: Kim Min-ji / Yonhap", "credit");
        row("John Smith / Getty Images", "credit");
        row("AFP via Getty Images", "credit");
        row("© 2025 Example Media Ltd", "credit");
        row("Copyright 2024 The Daily Example", "credit");
        row("Jane Roe, CC BY-SA 4.0, via Wikimedia Commons", "credit");
        row("Photograph: Alex Brandon/AP", "credit");
        row("Jane Roe, CC0", "credit");
        row("Jane Doe | Pool", "credit");
        row("Read more: Why the summit collapsed", "related");
        row("RELATED: Five things to know about the talks", "related");
        row("You may also like", "related");
        row("Don\u2019t miss", "related");
        row("Recommended for you", "related");
        row("Share this article", "social");
        row("Share on Facebook", "social");
        row("Follow us on Twitter", "social");
        // Buttons set side by side without a space.
        row("Share this articleComments", "social");
        row("Share this storyClose Button", "social");
        row("Advertisement", "advert");
        row("Story continues below advertisement", "advert");
        row("Sponsored by Acme Corp", "advert");
        row("Tags: diplomacy, Asia, summit", "tags");
        row("Filed under:", "tags");
        row("By Jane Doe", "byline");
        row("By Jane Doe and John Roe | Reuters", "byline");
        row("Written by Sam Example", "byline");
        row("This story was produced by the newsroom team with the help of AI tools.", "byline");
        row("Published 3 November 2025, 10:42 GMT", "dateline");
        row("Updated: Oct. 30, 2025 at 4:15 p.m. EDT", "dateline");
        row("Monday, 12 May 2025", "dateline");
        row("5 min read", "reading-time");
        row("Reading time: 3 minutes", "reading-time");
        row("12-minute read", "reading-time");
        row("Skip to main content", "navigation");
        row("Sign up for our newsletter", "navigation");
        row("|", "separator");
        row("* * *", "separator");
        // Body-shaped lines, headings and sentences that merely mention furniture words stay body.
        row("By the end of the week, the talks had collapsed.", "none");
        row("By Monday, officials said, a deal could be ready.", "none");
        row("Reuters reported that the meeting was cancelled.", "none");
        row("Dana Whitfield's statement to RNA", "none");
        row("Whitfield attacks critics on Twitter", "none");
        row("Pool reporters wait outside the hall", "none");
        row("Share prices fell sharply after the announcement.", "none");
        row("Share of McDonald family estate sold", "none");
        row("Read the statement in full before drawing conclusions, experts say.", "none");
        row("The photo, taken by an AFP photographer, went viral.", "none");
        row("What Comes Next", "none");
        row("Tags were attached to every crate that left the port.", "none");
        row("The bank gave him credit: a loan of $5,000.", "none");
        row("2 Mayor Ivo Dran greets dock workers at the harbour Credit: Jo Kent", "credit");
        row("Mayor Ivo Dran greets dock workers Credits: Jo Kent / Getty", "credit");
        row("The harbour board gave the mayor Credit: he had argued for the new crane for years.", "none");
    }

    void lines()
    {
        QFETCH(QString, line);
        QFETCH(QString, kind);
        QCOMPARE(boilerplateKindName(BoilerplateDetector::classifyLine(line)), kind);
    }

    // A long line is furniture only for its "credit" label, found wherever it falls among the
    // blocks a long line is read in.
    void creditInLongLine()
    {
        const QString prose = QStringLiteral("The crowd crossed the square as officials described the crisis "
                                             "and the credibility of the accord. ")
                                  .repeated(3);
        for (int shift = 0; shift < 40; ++shift) {
            const QString line = QString(shift, u'x') + u' ' + prose;
            QCOMPARE(BoilerplateDetector::classifyLine(line), BoilerplateKind::None);
            QCOMPARE(BoilerplateDetector::classifyLine(QString(line + QStringLiteral("CREDIT: Jane Doe/AFP"))),
                BoilerplateKind::Credit);
        }
    }

    // A caption that dates its picture with a full date set off by commas is the caption's sentence,
    // without a label before it or the credit after it; other captions and credits have none.
    void datedCaption_data()
    {
        QTest::addColumn<QString>("paragraph");
        QTest::addColumn<QString>("caption");
        const auto row = [](const char *paragraph, const char *caption) {
            QTest::newRow(paragraph) << QString::fromUtf8(paragraph) << QString::fromUtf8(caption);
        };
        row("PHOTO: Harbour chief Lena Brandt speaks, Feb. 3, 2021, in Corvale. (Tom Reyes/AP)",
            "Harbour chief Lena Brandt speaks, Feb. 3, 2021, in Corvale");
        row("Mayor Ivo Dran waves to supporters, March 12, 2019, in Pellham. Jo Kent via Associated Press",
            "Mayor Ivo Dran waves to supporters, March 12, 2019, in Pellham");
        row("Senator Ada Moss arrives for a vote, 4 June 2022, at the capitol.",
            "Senator Ada Moss arrives for a vote, 4 June 2022, at the capitol");
        row("Photo: Tom Reyes, Feb. 3, 2021", "");
        row("Lena Brandt in Corvale on Feb. 3, 2021. (Tom Reyes/AP)", "");
        row("Harbour chief Lena Brandt speaks, February 2021, in Corvale. (Tom Reyes/AP)", "");
        row("Lena Brandt says, Feb. 3, 2021, \"we will rebuild.\" (Tom Reyes/AP)", "");
        row("Getty Images", "");
    }

    void datedCaption()
    {
        QFETCH(QString, paragraph);
        QFETCH(QString, caption);
        const TextSpan span = BoilerplateDetector::datedCaption(paragraph);
        QCOMPARE(span.isEmpty() ? QString() : paragraph.sliced(span.start, span.length()), caption);
    }

    // A caption a page ends without a full stop before its credit is no section heading: its words are read as a
    // sentence, the credit is furniture.
    void captionBeforeItsCreditIsNoHeading()
    {
        const QByteArray text = "Harbour strike ends after a week\n\n"
                                "Port workers returned to the docks on Monday after a week-long strike over pay, the "
                                "union said in a statement released to reporters.\n\n"
                                "1 Lena Brandt greets the workers today with her deputy Credit: PA\n\n"
                                "The harbour authority said it would review its shift rules before the summer.\n";
        const ArticleBuilder::Built built
            = ArticleBuilder::build(QStringLiteral("port.txt"), text, ArticleBuilder::Format::PlainText);
        QVERIFY(built.article);
        const Article &article = *built.article;
        const QString caption = QStringLiteral("1 Lena Brandt greets the workers today with her deputy");
        const TextSpan span { int(article.text().indexOf(caption)),
            int(article.text().indexOf(caption) + caption.size()) };
        QVERIFY(span.start > 0);
        QVERIFY(!article.isHeading(span));
        QVERIFY(article.isHeading({ 0, 5 }));
        QStringList sentences;
        for (const TextSpan &s : article.sentences)
            sentences.append(article.slice(s).toString());
        QVERIFY2(sentences.contains(caption), qPrintable(sentences.join(u'|')));
        QStringList flaggedTexts;
        for (const TextSpan &b : article.boilerplate)
            flaggedTexts.append(article.slice(b).toString().trimmed());
        QCOMPARE(flaggedTexts, QStringList { QStringLiteral("Credit: PA") });
    }

    // A one-word section label above the title is the page's furniture, not a heading of the article.
    void sectionLabelAboveTheTitleIsNoHeading()
    {
        const QByteArray html = "<html><head><title>Harbour strike ends after a week</title></head><body>"
                                "<p>Business</p><h1>Harbour strike ends after a week</h1>"
                                "<p>Port workers returned to the docks on Monday after a week-long strike over pay, "
                                "the union said.</p><h2>Shifts</h2>"
                                "<p>The harbour authority said it would review its shift rules before the summer.</p>"
                                "</body></html>";
        const ArticleBuilder::Built built
            = ArticleBuilder::build(QStringLiteral("port.html"), html, ArticleBuilder::Format::Html);
        QVERIFY(built.article);
        const Article &article = *built.article;
        QStringList headings;
        for (const TextSpan &h : article.headings)
            headings.append(article.slice(h).toString());
        QCOMPARE(
            headings, QStringList({ QStringLiteral("Harbour strike ends after a week"), QStringLiteral("Shifts") }));
        QStringList flaggedTexts;
        for (const TextSpan &b : article.boilerplate)
            flaggedTexts.append(article.slice(b).toString().trimmed());
        QCOMPARE(flaggedTexts, QStringList { QStringLiteral("Business") });
    }

    // A built article reads the dated caption as a sentence of its own, and keeps the label and credit out.
    void datedCaptionIsArticleText()
    {
        const QByteArray text = "Port workers returned to the docks on Monday after a week-long strike over pay, the "
                                "union said in a statement released to reporters.\n\n"
                                "PHOTO: Harbour chief Lena Brandt speaks, Feb. 3, 2021, in Corvale. (Tom Reyes/AP)\n\n"
                                "The harbour authority said it would review its shift rules before the summer.\n";
        const std::optional<BuiltTexts> built = builtTexts(text);
        QVERIFY(built);
        QVERIFY2(
            built->sentences.contains(QStringLiteral("Harbour chief Lena Brandt speaks, Feb. 3, 2021, in Corvale")),
            qPrintable(built->sentences.join(u'|')));
        QCOMPARE(built->boilerplate, (QStringList { QStringLiteral("PHOTO:"), QStringLiteral(". (Tom Reyes/AP)") }));
    }

    // A caption's own sentence before its credit is read, and a caption line that is a sentence; credits alone,
    // labels, names and captions that quote are not.
    void captionSentence_data()
    {
        QTest::addColumn<QString>("paragraph");
        QTest::addColumn<QString>("caption");
        const auto row = [](const char *paragraph, const char *caption) {
            QTest::newRow(paragraph) << QString::fromUtf8(paragraph) << QString::fromUtf8(caption);
        };
        row("Mayor Ivo Dran greets dock workers before boarding the ferry. Credit: Jo Kent / Getty",
            "Mayor Ivo Dran greets dock workers before boarding the ferry.");
        row("U.S. envoy Ada Moss waves from the steps of the plane. Photo credit: Tom Reyes/AP",
            "U.S. envoy Ada Moss waves from the steps of the plane.");
        row("Lena Brandt and Ivo Dran have met twice before.", "Lena Brandt and Ivo Dran have met twice before.");
        row("Credit: Jo Kent / Getty", "");
        row("2 Mayor Ivo Dran greets dock workers at the harbour Credit: Jo Kent / Getty",
            "2 Mayor Ivo Dran greets dock workers at the harbour");
        row("Photo: Jane Doe/AFP.", "");
        row("Lena Brandt, Ivo Dran. Credit: Jo Kent / Getty", "");
        row("Mayor Ivo Dran greets dock workers at the harbour", "");
        row("Mayor Ivo Dran tells workers \"we will rebuild.\" Credit: Jo Kent / Getty", "");
        row("Mayor Ivo Dran calls the strike \u2018a disgrace\u2019 in Corvale. Credit: Jo Kent / Getty", "");
        row("Ivo Dran's deputy greets workers at the harbour. Credit: Jo Kent / Getty",
            "Ivo Dran's deputy greets workers at the harbour.");
    }

    void captionSentence()
    {
        QFETCH(QString, paragraph);
        QFETCH(QString, caption);
        const TextSpan span = BoilerplateDetector::captionSentence(paragraph);
        QCOMPARE(span.isEmpty() ? QString() : paragraph.sliced(span.start, span.length()), caption);
    }

    // A built article reads a caption's sentence as a sentence of its own, and keeps its credit out.
    void captionSentenceIsArticleText()
    {
        const QByteArray text
            = "Port workers returned to the docks on Monday after a week-long strike over pay, the "
              "union said in a statement released to reporters.\n\n"
              "Mayor Ivo Dran greets dock workers before boarding the ferry. Credit: Jo Kent / Getty\n\n"
              "Credit: Tom Reyes / Getty\n\n"
              "The harbour authority said it would review its shift rules before the summer.\n";
        const std::optional<BuiltTexts> built = builtTexts(text);
        QVERIFY(built);
        QVERIFY2(
            built->sentences.contains(QStringLiteral("Mayor Ivo Dran greets dock workers before boarding the ferry.")),
            qPrintable(built->sentences.join(u'|')));
        QCOMPARE(built->boilerplate,
            (QStringList { QStringLiteral("Credit: Jo Kent / Getty"), QStringLiteral("Credit: Tom Reyes / Getty") }));
    }

    void context_data()
    {
        QTest::addColumn<QStringList>("paragraphs");
        QTest::addColumn<QStringList>("authors");
        QTest::addColumn<QStringList>("kinds");
        const QString n = QStringLiteral("none");
        QTest::newRow("caption above bare credit") << QStringList { body(1),
            QStringLiteral("Protesters gather outside parliament"), QStringLiteral("Jane Doe / Getty Images"),
            body(2) } << QStringList {} << QStringList { n, QStringLiteral("caption"), QStringLiteral("credit"), n };
        QTest::newRow("title-case heading above credit stays") << QStringList {
            body(1), QStringLiteral("The Road to the Summit"), QStringLiteral("Getty Images"), body(2)
        } << QStringList {} << QStringList { n, n, QStringLiteral("credit"), n };
        QTest::newRow("repeated caption") << QStringList { body(1), QStringLiteral("Leaders shake hands in the garden"),
            body(2), QStringLiteral("Leaders shake hands in the garden."), body(3) }
                                          << QStringList {} << QStringList { n, n, n, QStringLiteral("duplicate"), n };
        QTest::newRow("repeated paragraph, spacing and case aside")
            << QStringList { body(1), body(2), body(1).toUpper().replace(u' ', QLatin1String("  ")), body(3) }
            << QStringList {} << QStringList { n, n, QStringLiteral("duplicate"), n };
        const QString sameEnds
            = QStringLiteral("Officials met on Tuesday to discuss the proposal in detail, and %1 "
                             "of them said afterwards that the talks had gone better than expected.");
        QTest::newRow("same opening and ending, other middle")
            << QStringList { sameEnds.arg(QStringLiteral("several")), sameEnds.arg(QStringLiteral("most")), body(1) }
            << QStringList {} << QStringList { n, n, n };
        QTest::newRow("tag list after label")
            << QStringList { body(1), body(2), QStringLiteral("Tags:"), QStringLiteral("Diplomacy Asia Summits") }
            << QStringList {} << QStringList { n, n, QStringLiteral("tags"), QStringLiteral("tags") };
        QTest::newRow("run-together tag links")
            << QStringList { body(1), body(2), QStringLiteral("World NewsAsiaDiplomacyUnited Nations") }
            << QStringList {} << QStringList { n, n, QStringLiteral("tags") };
        QTest::newRow("breadcrumb trail")
            << QStringList { QStringLiteral("News \u203a World \u203a Asia"), QStringLiteral("A Headline"), body(1) }
            << QStringList {} << QStringList { QStringLiteral("breadcrumb"), n, n };
        QTest::newRow("truncated teaser of the headline")
            << QStringList { QStringLiteral("World Leaders agree to meet again in the..."),
                   QStringLiteral("Leaders agree to meet again in the spring"), body(1) }
            << QStringList {} << QStringList { QStringLiteral("breadcrumb"), n, n };
        QTest::newRow("author blurb from byline") << QStringList { QStringLiteral("By Sam Example"), body(1), body(2),
            QStringLiteral("Sam Example"), QStringLiteral("Sam loves long walks and short deadlines.") }
                                                  << QStringList {}
                                                  << QStringList { QStringLiteral("byline"), n, n,
                                                         QStringLiteral("author-bio"), QStringLiteral("author-bio") };
        QTest::newRow("author blurb from known author")
            << QStringList { body(1), body(2), QStringLiteral("Alex Writer"),
                   QStringLiteral("Alex covers Asia from Seoul.") }
            << QStringList { QStringLiteral("Alex Writer") }
            << QStringList { n, n, QStringLiteral("author-bio"), QStringLiteral("author-bio") };
        QTest::newRow("named blurb with bio words")
            << QStringList { body(1), body(2), QStringLiteral("Robin Penman"),
                   QStringLiteral("Robin is a freelance journalist based in Berlin.") }
            << QStringList {} << QStringList { n, n, QStringLiteral("author-bio"), QStringLiteral("author-bio") };
        QTest::newRow("date heading inside a timeline stays")
            << QStringList { body(1), QStringLiteral("12 June 2018"), body(2), body(3), body(4), body(5) }
            << QStringList {} << QStringList { n, n, n, n, n, n };
        QTest::newRow("link title after the headline") << QStringList { QStringLiteral("Talks Resume | Daily Example"),
            body(1), QStringLiteral("Why the summit failed | Other Paper"),
            body(2) } << QStringList {} << QStringList { n, n, QStringLiteral("link-title"), n };
    }

    void context()
    {
        QFETCH(QStringList, paragraphs);
        QFETCH(QStringList, authors);
        QFETCH(QStringList, kinds);
        QCOMPARE(flagged(paragraphs, authors), kinds);
    }

    // Every paragraph of an invented corpus shaped like real pages (teaser lines, captions with their
    // credits, related links, repeated captions, author boxes) checked by eye: these and only these are
    // furniture.
    void furnitureCorpus_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QStringList>("boilerplate");
        QTest::newRow("01") << QStringLiteral("01_a1f0")
                            << QStringList { QStringLiteral("Getty Images"),
                                   QStringLiteral("Harbour Authority chair responds to the ferry walkout after"),
                                   QStringLiteral("Is the Harbour Authority Ready for a Long Strike? | Port Weekly") };
        QTest::newRow("02")
            << QStringLiteral("02_b2e1")
            << QStringList { QStringLiteral("Homepage News Ferry crews say they will strike again \u2014 but..."),
                   QStringLiteral("Crews at the Eastgate quay"),
                   QStringLiteral("Maria Lund, Public domain, via Wikimedia Commons"),
                   QStringLiteral("Others are reading now"),
                   QStringLiteral("No answer from the Authority as crews plan a second walkout"),
                   QStringLiteral("Also read"), QStringLiteral("Also read"),
                   QStringLiteral(
                       "This article is made and published by Tessa Crane, who may have used AI tools to prepare it"),
                   QStringLiteral("Ads by Examplead") };
        QTest::newRow("03")
            << QStringLiteral("03_c3d2")
            << QStringList { QStringLiteral("My Posts"), QStringLiteral("By Nadia Ferro"), QStringLiteral("|"),
                   QStringLiteral("12 March 2025"), QStringLiteral("Dana Whitfield speaking at the council chamber"),
                   QStringLiteral("\u00a9 Riverton City Council"), QStringLiteral("ferry"),
                   QStringLiteral("\u00a9 CC BY 2.0"),
                   QStringLiteral("You might also want to read: Riverton Council Approves New Bridge Tolls"),
                   QStringLiteral("Nadia Ferro"),
                   QStringLiteral("Your favorite reporter on the waterfront beat, usually found near the lock gates!"),
                   QStringLiteral("Share") };
        QTest::newRow("04") << QStringLiteral("04_d4c3")
                            // the captions' own sentences are article text, their credits not; each caption
                            // is there once, the line repeating it (the image's alt text) dropped by the reader
                            << QStringList { QStringLiteral("Local3 min(s) read"),
                                   QStringLiteral(" Credit: Sam Porter / Example Images"),
                                   QStringLiteral(" Credit: Handout / Example"),
                                   QStringLiteral("Featured image credit: Sam Porter / Example"),
                                   QStringLiteral("Tags:"),
                                   QStringLiteral("Riverton FerriesHarbour AuthorityStrikesLocal News") };
    }

    void furnitureCorpus()
    {
        QFETCH(QString, id);
        QFETCH(QStringList, boilerplate);
        static const CorpusLoader::Result loaded
            = CorpusLoader::load(TestSupport::testDataPath(QStringLiteral("data/furniture")));
        QVERIFY2(loaded.ok(), qPrintable(loaded.error.message));
        QVERIFY(loaded.corpus.warnings.isEmpty());
        const int index = loaded.corpus.indexOf(id);
        QVERIFY(index >= 0);
        const Article &article = loaded.corpus.articles.at(index);
        QStringList flaggedTexts;
        for (const TextSpan &span : article.boilerplate)
            flaggedTexts.append(article.slice(span).toString());
        QCOMPARE(flaggedTexts, boilerplate);
        // Flagged paragraphs carry no sentences: later analysis never sees them.
        for (const TextSpan &sentence : article.sentences)
            QVERIFY(!article.isBoilerplate(sentence));
    }
};

QTEST_GUILESS_MAIN(TestBoilerplateDetector)
#include "tst_boilerplatedetector.moc"
