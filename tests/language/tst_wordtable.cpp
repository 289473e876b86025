// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "language/wordtable.h"

#include <QStandardPaths>
#include <QTest>

// The one word table: case-insensitive look-ups, bits joined, words that are not held.
class TestWordTable : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void lookup_data()
    {
        QTest::addColumn<QString>("word");
        QTest::addColumn<uint>("bits");
        QTest::newRow("as inserted") << QStringLiteral("said") << 1u;
        QTest::newRow("capitalised") << QStringLiteral("Said") << 1u;
        QTest::newRow("upper-case") << QStringLiteral("SAID") << 1u;
        QTest::newRow("in two lists") << QStringLiteral("chief") << 6u;
        QTest::newRow("with a dot") << QStringLiteral("Gen.") << 4u;
        QTest::newRow("typographic apostrophe") << QStringLiteral("didn’t") << 8u;
        QTest::newRow("plain apostrophe") << QStringLiteral("didn't") << 8u;
        QTest::newRow("modifier-letter apostrophe") << QStringLiteral("didn\u02BCt") << 8u;
        QTest::newRow("left single mark as apostrophe") << QStringLiteral("didn‘t") << 8u;
        QTest::newRow("accented, any case") << QStringLiteral("SEÑORA") << 16u;
        QTest::newRow("prefix of a word") << QStringLiteral("sai") << 0u;
        QTest::newRow("longer than a word") << QStringLiteral("saids") << 0u;
        QTest::newRow("same length and initials") << QStringLiteral("sail") << 0u;
        QTest::newRow("empty") << QString() << 0u;
        QTest::newRow("digits") << QStringLiteral("2024") << 0u;
    }
    void lookup()
    {
        QFETCH(QString, word);
        QFETCH(uint, bits);
        WordTable table;
        table.insert(u"said", 1);
        table.insert(u"chief", 2);
        table.insert(u"Chief", 4);
        table.insert(u"gen.", 4);
        table.insert(u"didn't", 8);
        table.insert(u"señora", 16);
        QCOMPARE(table.size(), size_t(5));
        QCOMPARE(table.value(word), quint32(bits));
        QCOMPARE(table.contains(word), bits != 0);
    }

    // Growing rehashes every word from the table's own buffer: all stay found, with their bits.
    void manyWords()
    {
        WordTable table;
        for (int i = 0; i < 5000; ++i)
            QVERIFY(table.insert(QString(u"w" + QString::number(i)), quint32(i % 7 + 1)));
        QCOMPARE(table.size(), size_t(5000));
        for (int i = 0; i < 5000; ++i)
            QCOMPARE(table.value(QString(u"W" + QString::number(i))), quint32(i % 7 + 1));
        QCOMPARE(table.value(u"w5000"), 0u);
    }

    void notHeld()
    {
        WordTable table;
        QVERIFY(!table.insert(u"", 1));
        QVERIFY(!table.insert(u"word", 0));
        QVERIFY(!table.insert(QString(WordTable::MaxLength + 1, u'a'), 1));
        QVERIFY(table.insert(QString(WordTable::MaxLength, u'a'), 1));
        QCOMPARE(table.size(), size_t(1));
        QCOMPARE(table.value(QString(WordTable::MaxLength, u'A')), 1u);
        QCOMPARE(table.value(QString(WordTable::MaxLength + 1, u'a')), 0u);
    }
};

QTEST_GUILESS_MAIN(TestWordTable)
#include "tst_wordtable.moc"
