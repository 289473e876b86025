// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "corpus/articlebuilder.h"
#include "corpus/structure/textsegmenter.h"
#include "testsupport.h"

#include <QFile>
#include <QStandardPaths>
#include <QTest>

// Paragraph splitting of plain text (blank lines, single line breaks read by shape), composition
// into the article text, and sentences with their UTF-16 offsets.
class TestTextSegmenter : public QObject
{
    Q_OBJECT
private:
    static QStringList paragraphsOf(const QString &text)
    {
        const TextSegmenter::Composed composed = TextSegmenter::compose(TextSegmenter::splitPlainText(text));
        QStringList out;
        for (const TextSpan &p : composed.paragraphs)
            out.append(composed.text.mid(p.start, p.length()));
        return out;
    }

    static QStringList sentencesOf(const QString &text)
    {
        QStringList out;
        for (const TextSpan &s : TextSegmenter::sentences(text, { { 0, int(text.size()) } }))
            out.append(text.mid(s.start, s.length()));
        return out;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void paragraphs_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("paragraphs");
        QTest::newRow("blank lines") << QStringLiteral("One.\n\nTwo.\n\n\n\nThree.")
                                     << QStringList { QStringLiteral("One."), QStringLiteral("Two."),
                                            QStringLiteral("Three.") };
        QTest::newRow("whitespace-only line separates")
            << QStringLiteral("One.\n   \t\nTwo.") << QStringList { QStringLiteral("One."), QStringLiteral("Two.") };
        QTest::newRow("caption above credit")
            << QStringLiteral("A man waves\nJane Doe / Agency\n\nBody text.")
            << QStringList { QStringLiteral("A man waves"), QStringLiteral("Jane Doe / Agency"),
                   QStringLiteral("Body text.") };
        QTest::newRow("soft wrap before lower case")
            << QStringLiteral("The minister, who had been travelling\nsince Monday, spoke.")
            << QStringList { QStringLiteral("The minister, who had been travelling since Monday, spoke.") };
        QTest::newRow("one paragraph per line")
            << QStringLiteral("First sentence here.\nSecond paragraph starts.")
            << QStringList { QStringLiteral("First sentence here."), QStringLiteral("Second paragraph starts.") };
        QTest::newRow("hard-wrapped prose")
            << QStringLiteral("The talks began on Monday in the capital, where delegates from both\n"
                              "countries met behind closed doors. Officials said little. By the end\n"
                              "of the week a draft text had been agreed by both sides.\n"
                              "A second paragraph follows.")
            << QStringList { QStringLiteral("The talks began on Monday in the capital, where delegates from both "
                                            "countries met behind closed doors. Officials said little. By the end of "
                                            "the week a draft text had been agreed by both sides."),
                   QStringLiteral("A second paragraph follows.") };
        QTest::newRow("bullets") << QStringLiteral("Reasons:\n  \u2022 First reason.\n  \u2022 Second reason\n    "
                                                   "continues here.\n- Third.")
                                 << QStringList { QStringLiteral("Reasons:"), QStringLiteral("\u2022 First reason."),
                                        QStringLiteral("\u2022 Second reason continues here."),
                                        QStringLiteral("- Third.") };
        QTest::newRow("spaces collapsed")
            << QStringLiteral("  Holt  and \t Whitfield  ") << QStringList { QStringLiteral("Holt and Whitfield") };
    }

    void paragraphs()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, paragraphs);
        QCOMPARE(paragraphsOf(text), paragraphs);
    }

    void composedTextSeparatesParagraphsByBlankLines()
    {
        const TextSegmenter::Composed composed
            = TextSegmenter::compose(TextSegmenter::splitPlainText(QStringLiteral("A b\nC d.\n\n\nE.")));
        QCOMPARE(composed.text, QStringLiteral("A b\n\nC d.\n\nE."));
        QCOMPARE(composed.paragraphs, (TextSpans { { 0, 3 }, { 5, 9 }, { 11, 13 } }));
        QCOMPARE(composed.blocks.size(), 3);
        QVERIFY(composed.blocks.at(1).sameChunkAsPrevious);
        QVERIFY(!composed.blocks.at(2).sameChunkAsPrevious);
    }

    void sentences_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("sentences");
        QTest::newRow("abbreviations") << QStringLiteral("Mr. Smith met Dr. Jones in the U.S. Senate. He left.")
                                       << QStringList { QStringLiteral("Mr. Smith met Dr. Jones in the U.S. Senate."),
                                              QStringLiteral("He left.") };
        QTest::newRow("initialism ending a sentence")
            << QStringLiteral("Talks were held in the U.S. The outcome was unclear.")
            << QStringList { QStringLiteral("Talks were held in the U.S."),
                   QStringLiteral("The outcome was unclear.") };
        QTest::newRow("initials and times")
            << QStringLiteral("Dana J. Whitfield spoke at 3 p.m. Monday. No. 5 won.")
            << QStringList { QStringLiteral("Dana J. Whitfield spoke at 3 p.m. Monday."),
                   QStringLiteral("No. 5 won.") };
        QTest::newRow("quotes") << QStringLiteral("\u201cYes, I would,\u201d he said. \u201cNo.\u201d She left!")
                                << QStringList { QStringLiteral("\u201cYes, I would,\u201d he said."),
                                       QStringLiteral("\u201cNo.\u201d"), QStringLiteral("She left!") };
        QTest::newRow("question") << QStringLiteral("Is it over? Nobody knows.")
                                  << QStringList { QStringLiteral("Is it over?"), QStringLiteral("Nobody knows.") };
        QTest::newRow("heading without stop")
            << QStringLiteral("What Comes Next") << QStringList { QStringLiteral("What Comes Next") };
        // No terminator before the closing marks: one sentence without asking ICU, trimmed the same.
        QTest::newRow("one sentence, closing quote and spaces")
            << QStringLiteral("  He said it was \u201cover,\u201d she wrote.\u201d  ")
            << QStringList { QStringLiteral("He said it was \u201cover,\u201d she wrote.\u201d") };
        QTest::newRow("dash and quotes are no terminators")
            << QStringLiteral("Talks \u2014 long \u201cstalled\u201d \u2014 resumed")
            << QStringList { QStringLiteral("Talks \u2014 long \u201cstalled\u201d \u2014 resumed") };
        QTest::newRow("ideographic full stop")
            << QStringLiteral("\u4f1a\u8c08\u7ed3\u675f\u3002\u4ed6\u79bb\u5f00\u4e86\u3002")
            << QStringList { QStringLiteral("\u4f1a\u8c08\u7ed3\u675f\u3002"),
                   QStringLiteral("\u4ed6\u79bb\u5f00\u4e86\u3002") };
        QTest::newRow("exclamation inside") << QStringLiteral("Never! Not once.")
                                            << QStringList { QStringLiteral("Never!"), QStringLiteral("Not once.") };
    }

    void sentences()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, sentences);
        QCOMPARE(sentencesOf(text), sentences);
    }

    void offsetsAreUtf16()
    {
        // The emoji is two UTF-16 units: the second sentence starts after it.
        const QString text = QStringLiteral("Hi \U0001F600. Next one.");
        const TextSpans spans = TextSegmenter::sentences(text, { { 0, int(text.size()) } });
        QCOMPARE(spans.size(), 2);
        QCOMPARE(spans.at(0), (TextSpan { 0, 6 }));
        QCOMPARE(text.mid(spans.at(1).start, spans.at(1).length()), QStringLiteral("Next one."));
    }

    void sentencesStayInsideTheirSpan()
    {
        const QString text = QStringLiteral("Skip this. Keep this one. And this.");
        const TextSpans spans = TextSegmenter::sentences(text, { { 11, int(text.size()) } });
        QCOMPARE(spans, (TextSpans { { 11, 25 }, { 26, 35 } }));
    }
    // A block that repeats the one right before it, case and punctuation aside, is kept once; the same words
    // further apart are not a repeat.
    void repeatedBlocksAreKeptOnce()
    {
        const QList<TextBlock> blocks { { QStringLiteral("Pier closes"), BlockKind::Heading },
            { QStringLiteral("pier closes."), BlockKind::Caption },
            { QStringLiteral("Ferries stop."), BlockKind::Paragraph },
            { QStringLiteral("Pier closes"), BlockKind::Paragraph }, { QStringLiteral("..."), BlockKind::Paragraph },
            { QStringLiteral("..."), BlockKind::Paragraph } };
        QStringList kept;
        for (const TextBlock &b : TextSegmenter::withoutRepeats(blocks))
            kept.append(b.text);
        QCOMPARE(kept,
            (QStringList { QStringLiteral("Pier closes"), QStringLiteral("Ferries stop."),
                QStringLiteral("Pier closes"), QStringLiteral("..."), QStringLiteral("...") }));
    }

    // Invented pages with a figure: its alt text as a line above its caption (a stored page's text, Markdown),
    // or its caption repeating the heading above it (HTML). The article shows the words once, as its first block.
    void aFigureIsShownOnce_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<ArticleBuilder::Format>("format");
        QTest::newRow("plain text") << QStringLiteral("alt-and-caption.txt") << ArticleBuilder::Format::PlainText;
        QTest::newRow("markdown") << QStringLiteral("alt-and-caption.md") << ArticleBuilder::Format::Markdown;
        QTest::newRow("html") << QStringLiteral("caption-repeats-heading.html") << ArticleBuilder::Format::Html;
    }

    void aFigureIsShownOnce()
    {
        QFETCH(QString, file);
        QFETCH(ArticleBuilder::Format, format);
        QFile page(TestSupport::testDataPath(QStringLiteral("data/figures/") + file));
        QVERIFY2(page.open(QIODevice::ReadOnly), qPrintable(page.fileName()));
        const ArticleBuilder::Built built = ArticleBuilder::build(file, page.readAll(), format);
        QVERIFY(built.article);
        const Article &article = *built.article;
        QStringList paragraphs;
        for (const TextSpan &p : article.paragraphs)
            paragraphs.append(article.slice(p).toString());
        QCOMPARE(paragraphs.size(), 4);
        QCOMPARE(paragraphs.at(0), QStringLiteral("Quay works at Vellmora run into spring"));
        QCOMPARE(paragraphs.at(2), QStringLiteral("Harbour master Elin Sorvik on the old pier"));
        QCOMPARE(article.text().count(QStringLiteral("Elin Sorvik on the old pier")), 1);
    }
};

QTEST_GUILESS_MAIN(TestTextSegmenter)
#include "tst_textsegmenter.moc"
