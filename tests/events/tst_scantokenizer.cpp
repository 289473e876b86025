// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "events/scantoken.h"

#include <QTest>

// Numbers as the event pipeline reads them: values of up to nine digits, longer runs of digits
// (serial numbers, digits pasted together) as numbers without a value, never an overflow.
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
};

QTEST_GUILESS_MAIN(TestScanTokenizer)
#include "tst_scantokenizer.moc"
