// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "corpus/structure/sentencebreaker.h"

#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTest>

// ICU reads a span only around its terminators, each from its word to the next letter: the
// sentences must be those of reading the whole span, whatever comes before, between and after,
// including line separators, closing punctuation and terminators of other scripts.
class TestSentenceBreaker : public QObject
{
    Q_OBJECT
private:
    static QStringList sentencesOf(const QString &text, SentenceBreaker::Scan scan)
    {
        TextSpans spans;
        SentenceBreaker::split(text, { 0, int(text.size()) }, spans, scan);
        QStringList out;
        for (const TextSpan &s : std::as_const(spans))
            out.append(text.mid(s.start, s.length()));
        return out;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void scansAgree_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("sentences");
        QTest::newRow("abbreviation first")
            << QStringLiteral("Mr. Smith arrived. He sat down.")
            << QStringList { QStringLiteral("Mr. Smith arrived."), QStringLiteral("He sat down.") };
        QTest::newRow("initialism as first word")
            << QStringLiteral("The U.S. Army left. Then it rained.")
            << QStringList { QStringLiteral("The U.S. Army left."), QStringLiteral("Then it rained.") };
        QTest::newRow("line separator before the first terminator")
            << QStringLiteral("A heading\u2028Then a line. And more.")
            << QStringList { QStringLiteral("A heading"), QStringLiteral("Then a line."), QStringLiteral("And more.") };
        QTest::newRow("ideographic full stop")
            << QStringLiteral("\u4e00\u4e8c\u3002\u4e09\u56db\u3002")
            << QStringList { QStringLiteral("\u4e00\u4e8c\u3002"), QStringLiteral("\u4e09\u56db\u3002") };
        QTest::newRow("terminator outside the BMP")
            << QStringLiteral("First part\U00011047 Second part")
            << QStringList { QStringLiteral("First part\U00011047"), QStringLiteral("Second part") };
        QTest::newRow("two sentences") << QStringLiteral("Talks ended. Nobody said more")
                                       << QStringList { QStringLiteral("Talks ended."),
                                              QStringLiteral("Nobody said more") };
        QTest::newRow("space in the closing punctuation")
            << QStringLiteral("He left. It rained! \u201d")
            << QStringList { QStringLiteral("He left."), QStringLiteral("It rained!"), QStringLiteral("\u201d") };
        QTest::newRow("line break in the closing punctuation")
            << QStringLiteral("He left. It rained.\n\"")
            << QStringList { QStringLiteral("He left."), QStringLiteral("It rained."), QStringLiteral("\"") };
        QTest::newRow("digits after the last terminator") << QStringLiteral(
            "It grew 3.5 percent in 2019.") << QStringList { QStringLiteral("It grew 3.5 percent in 2019.") };
        QTest::newRow("line break between terminators") << QStringLiteral("One. Two\nthree. Four.")
                                                        << QStringList { QStringLiteral("One."), QStringLiteral("Two"),
                                                               QStringLiteral("three."), QStringLiteral("Four.") };
        QTest::newRow("numbers between terminators") << QStringLiteral("Items 5. 6. 7. Then more.")
                                                     << QStringList { QStringLiteral("Items 5."), QStringLiteral("6."),
                                                            QStringLiteral("7."), QStringLiteral("Then more.") };
        QTest::newRow("closing quote after the end")
            << QStringLiteral("\u201cWe will see.\u201d Then he left.")
            << QStringList { QStringLiteral("\u201cWe will see.\u201d"), QStringLiteral("Then he left.") };
        QTest::newRow("no space after a full stop")
            << QStringLiteral("The talks ended on Friday evening.Marr’s office said nothing.")
            << QStringList { QStringLiteral("The talks ended on Friday evening."),
                   QStringLiteral("Marr’s office said nothing.") };
        QTest::newRow("no space before a one-letter word")
            << QStringLiteral("The mayor left.A spokesman declined to comment.")
            << QStringList { QStringLiteral("The mayor left."), QStringLiteral("A spokesman declined to comment.") };
        QTest::newRow("initialism without a space") << QStringLiteral("Ships of the U.S.Navy sailed.")
                                                    << QStringList { QStringLiteral("Ships of the U.S.Navy sailed.") };
        QTest::newRow("abbreviation with dots without a space") << QStringLiteral(
            "Towns, e.g.Tarsis, flooded.") << QStringList { QStringLiteral("Towns, e.g.Tarsis, flooded.") };
        QTest::newRow("title without a space")
            << QStringLiteral("Then Dr.Vale spoke.") << QStringList { QStringLiteral("Then Dr.Vale spoke.") };
        QTest::newRow("name with a dot") << QStringLiteral("She wrote it in Node.js for years.")
                                         << QStringList { QStringLiteral("She wrote it in Node.js for years.") };
        QTest::newRow("web address") << QStringLiteral("See www.tarsis.com or Tarsis.News.com today.")
                                     << QStringList { QStringLiteral("See www.tarsis.com or Tarsis.News.com today.") };
        QTest::newRow("web domain capitalised") << QStringLiteral("They bought Tarsis.Com last year.")
                                                << QStringList { QStringLiteral("They bought Tarsis.Com last year.") };
        QTest::newRow("word and initials without a space")
            << QStringLiteral("He flew to the city.NY officials met him.")
            << QStringList { QStringLiteral("He flew to the city.NY officials met him.") };
    }

    void scansAgree()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, sentences);
        QCOMPARE(sentencesOf(text, SentenceBreaker::Scan::BetweenTerminators), sentences);
        QCOMPARE(sentencesOf(text, SentenceBreaker::Scan::WholeSpan), sentences);
    }

    // Paragraphs built from the pieces where the rules look around a terminator: abbreviations
    // (ours and ICU's), initials, numbers, quotes, brackets, other scripts, several spaces.
    void scansAgreeOnRandomParagraphs()
    {
        const QStringList pieces { QStringLiteral("word"), QStringLiteral("Word"), QStringLiteral("U.S."),
            QStringLiteral("Mr."), QStringLiteral("Dr."), QStringLiteral("e.g."), QStringLiteral("No."),
            QStringLiteral("5"), QStringLiteral("3.5"), QStringLiteral("Oct."), QStringLiteral("J."),
            QStringLiteral("end."), QStringLiteral("end?"), QStringLiteral("end!"), QStringLiteral("end..."),
            QStringLiteral("\u201cQuote.\u201d"), QStringLiteral("(aside.)"), QStringLiteral("etc.)"),
            QStringLiteral("said:"), QStringLiteral("\u2014"), QStringLiteral("caf\u00e9."),
            QStringLiteral("\u00c9t\u00e9"), QStringLiteral("\u4e00\u3002"), QStringLiteral("\u2026"),
            QStringLiteral("a.m."), QStringLiteral("x.y"), QStringLiteral("\u00a0"), QStringLiteral(","),
            QStringLiteral("\""), QStringLiteral("Ph.D."), QStringLiteral("1."), QStringLiteral("Wow!?"),
            QStringLiteral("end.)"), QStringLiteral("\u2028"), QStringLiteral("line\nbreak"), QStringLiteral("Inc."),
            QStringLiteral("x.Y"), QStringLiteral("5.Y"), QStringLiteral("end.\""), QStringLiteral("etc.)"),
            QStringLiteral("(5)"), QStringLiteral("\u00e9."), QStringLiteral("Joe."), QStringLiteral("Go."),
            QStringLiteral("xGo."), QStringLiteral("Hon.B.A."), QStringLiteral("Fri."), QStringLiteral("Wow!"),
            QStringLiteral("What?"), QStringLiteral("B."), QStringLiteral("Z."), QStringLiteral("The"),
            QStringLiteral("Yr."), QStringLiteral("end.The"), QStringLiteral("Dr.Vale"), QStringLiteral("end.A") };
        QRandomGenerator rng(20261121);
        for (int round = 0; round < 10000; ++round) {
            QString text;
            for (int i = 0, n = 2 + int(rng.bounded(14)); i < n; ++i) {
                if (i > 0)
                    text += rng.bounded(8) == 0 ? QStringLiteral("  ") : QStringLiteral(" ");
                text += pieces.at(int(rng.bounded(int(pieces.size()))));
            }
            QCOMPARE(sentencesOf(text, SentenceBreaker::Scan::BetweenTerminators),
                sentencesOf(text, SentenceBreaker::Scan::WholeSpan));
        }
    }
};

QTEST_GUILESS_MAIN(TestSentenceBreaker)
#include "tst_sentencebreaker.moc"
