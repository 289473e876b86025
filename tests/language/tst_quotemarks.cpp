// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "language/quotemarks.h"

#include <QStandardPaths>
#include <QTest>

// A quotation mark's direction from its neighbours first and its glyph second, and an apostrophe told
// apart from a single quotation mark, on sentences written for this test.
class TestQuoteMarks : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void direction_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("pos");
        QTest::addColumn<int>("direction"); // QuoteMarks::Direction
        const int opening = int(QuoteMarks::Direction::Opening);
        const int closing = int(QuoteMarks::Direction::Closing);
        const int either = int(QuoteMarks::Direction::Either);
        QTest::newRow("curly opening") << QStringLiteral("She said “we will rebuild.”") << 9 << opening;
        QTest::newRow("curly closing") << QStringLiteral("She said “we will rebuild.”") << 26 << closing;
        QTest::newRow("typewriter after a space") << QStringLiteral("He said \"not yet\" twice.") << 8 << opening;
        QTest::newRow("typewriter after a word") << QStringLiteral("He said \"not yet\" twice.") << 16 << closing;
        QTest::newRow("closing glyph used to open") << QStringLiteral("The sign read ”closed” today.") << 14 << opening;
        QTest::newRow("after an em dash") << QStringLiteral("One word—“never”—was all.") << 9 << opening;
        QTest::newRow("typewriter after a figure dash") << QStringLiteral("One word\u2012\"never\".") << 9 << opening;
        QTest::newRow("after a no-break space") << QStringLiteral("Il a dit\u00A0«\u00A0non\u00A0».") << 9 << opening;
        QTest::newRow("low mark opens anywhere") << QStringLiteral("word„quote") << 4 << opening;
        QTest::newRow("corner bracket closes") << QStringLiteral("「yes」") << 4 << closing;
        QTest::newRow("between two words") << QStringLiteral("a\"b") << 1 << either;
    }
    void direction()
    {
        QFETCH(QString, text);
        QFETCH(int, pos);
        QFETCH(int, direction);
        QVERIFY2(pos < text.size(), "row's position is outside its text");
        QCOMPARE(int(QuoteMarks::direction(text, pos, 0, int(text.size()))), direction);
    }

    void apostrophe_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("pos");
        QTest::addColumn<bool>("apostrophe");
        QTest::newRow("contraction, curly") << QStringLiteral("they’re late") << 4 << true;
        QTest::newRow("contraction, typed") << QStringLiteral("they're late") << 4 << true;
        QTest::newRow("possessive") << QStringLiteral("the council’s vote") << 11 << true;
        QTest::newRow("decade") << QStringLiteral("in the ’80s") << 7 << true;
        QTest::newRow("rock and roll, left mark") << QStringLiteral("rock ‘n’ roll") << 5 << true;
        QTest::newRow("rock and roll, right mark") << QStringLiteral("rock ‘n’ roll") << 7 << false;
        QTest::newRow("opening quotation") << QStringLiteral("a ‘fair’ deal") << 2 << false;
        QTest::newRow("closing quotation") << QStringLiteral("a ‘fair’ deal") << 7 << false;
        QTest::newRow("double mark") << QStringLiteral("x\"y") << 1 << false;
    }
    void apostrophe()
    {
        QFETCH(QString, text);
        QFETCH(int, pos);
        QFETCH(bool, apostrophe);
        QVERIFY2(pos < text.size(), "row's position is outside its text");
        QCOMPARE(QuoteMarks::isApostrophe(text, pos, 0, int(text.size())), apostrophe);
    }
};

QTEST_GUILESS_MAIN(TestQuoteMarks)
#include "tst_quotemarks.moc"
