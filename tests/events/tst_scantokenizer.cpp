// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "events/scantoken.h"
#include "language/wordtokenizer.h"

#include <QTest>

// Numbers as the event pipeline reads them: values of up to nine digits, longer runs of digits
// (serial numbers, digits pasted together) as numbers without a value, never an overflow. Words are the
// language layer's WordTokenizer::scanWord ones, "mid-" split off and abbreviation dots left as tokens.
class TestScanTokenizer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void numbers_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("number");
        QTest::addColumn<int>("digits");
        QTest::newRow("year") << QStringLiteral("2025") << 2025 << 4;
        QTest::newRow("nine digits") << QStringLiteral("123456789") << 123456789 << 9;
        QTest::newRow("ten digits") << QStringLiteral("1234567890") << -1 << 10;
        QTest::newRow("twenty digits") << QStringLiteral("99999999999999999999") << -1 << 20;
        QTest::newRow("sixty digits") << QString(60, QLatin1Char('9')) << -1 << 60;
        QTest::newRow("grouped, long") << QStringLiteral("9,999,999,999,999,999,999,999") << -1 << 22;
    }

    void numbers()
    {
        QFETCH(QString, text);
        QFETCH(int, number);
        QFETCH(int, digits);
        ScanTokens tokens;
        const QString sentence = QStringLiteral("in ") + text + QStringLiteral(" units");
        ScanTokenizer::tokenize(sentence, 0, tokens);
        QCOMPARE(tokens.size(), size_t(3));
        QCOMPARE(tokens.at(1).kind, ScanToken::Number);
        QCOMPARE(tokens.at(1).number, number);
        QCOMPARE(tokens.at(1).digits, digits);
        QCOMPARE(tokens.at(1).end - tokens.at(1).start, int(text.size()));
    }

    void words_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("tokens");
        QTest::addColumn<bool>("possessive"); // of the first token
        QTest::newRow("hyphen before a digit")
            << QStringLiteral("F-16 jets") << QStringList { u"F-16"_qs, u"jets"_qs } << false;
        QTest::newRow("hyphenated word") << QStringLiteral("well-known figure")
                                         << QStringList { u"well-known"_qs, u"figure"_qs } << false;
        QTest::newRow("no-break hyphen") << QStringLiteral("Dong\u2011min left")
                                         << QStringList { u"Dong\u2011min"_qs, u"left"_qs } << false;
        QTest::newRow("mid stands alone")
            << QStringLiteral("mid-March") << QStringList { u"mid"_qs, u"-"_qs, u"March"_qs } << false;
        QTest::newRow("typographic possessive")
            << QStringLiteral("Renn\u2019s plan") << QStringList { u"Renn"_qs, u"plan"_qs } << true;
        QTest::newRow("inner apostrophe")
            << QStringLiteral("don\u02BCt go") << QStringList { u"don\u02BCt"_qs, u"go"_qs } << false;
        QTest::newRow("combining accent")
            << QStringLiteral("Jose\u0301 said") << QStringList { u"Jose\u0301"_qs, u"said"_qs } << false;
        QTest::newRow("dash between words")
            << QStringLiteral("talks \u2013 then") << QStringList { u"talks"_qs, u"\u2013"_qs, u"then"_qs } << false;
        QTest::newRow("plural possessive")
            << QStringLiteral("unions' talks") << QStringList { u"unions"_qs, u"talks"_qs } << true;
        QTest::newRow("abbreviation dots stand alone")
            << QStringLiteral("U.N. staff") << QStringList { u"U"_qs, u"."_qs, u"N"_qs, u"."_qs, u"staff"_qs } << false;
        QTest::newRow("mid in capitals stands alone")
            << QStringLiteral("MID-JULY") << QStringList { u"MID"_qs, u"-"_qs, u"JULY"_qs } << false;
        QTest::newRow("year possessive") << QStringLiteral("2031's vote") << QStringList { u"2031"_qs, u"vote"_qs }
                                         << true;
    }
    void words()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, tokens);
        QFETCH(bool, possessive);
        ScanTokens scanned;
        ScanTokenizer::tokenize(text, 0, scanned);
        QStringList actual;
        for (const ScanToken &t : scanned) {
            actual.append(text.mid(t.start, t.end - t.start));
            // The language layer's word splitter ends every word at the same place.
            if (t.isWord() && !t.is(ScanToken::Possessive) && text.mid(t.start, 3).compare(u"mid", Qt::CaseInsensitive))
                QCOMPARE(WordTokenizer::wordEnd(text, t.start), qsizetype(t.end));
        }
        QCOMPARE(actual, tokens);
        QCOMPARE(scanned.front().is(ScanToken::Possessive), possessive);
    }
};

QTEST_GUILESS_MAIN(TestScanTokenizer)
#include "tst_scantokenizer.moc"
