// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "corpus/structure/textfeatures.h"

#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTest>

// Word counts: runs of characters between spaces (any Unicode space), optionally capped.
class TestTextFeatures : public QObject
{
    Q_OBJECT
private:
    static int referenceCount(QStringView text)
    {
        int words = 0;
        bool inWord = false;
        for (QChar c : text) {
            words += !c.isSpace() && !inWord;
            inWord = !c.isSpace();
        }
        return words;
    }

    // Lower case, typographic single quotes as apostrophes, spaces collapsed, trailing punctuation dropped.
    static QString referenceLexiconForm(QStringView text)
    {
        QString out;
        bool space = false;
        for (QChar c : text.trimmed()) {
            if (c.isSpace()) {
                space = true;
                continue;
            }
            if (space && !out.isEmpty())
                out += u' ';
            space = false;
            out += c == QChar(0x2019) || c == QChar(0x2018) ? QChar(u'\'') : c.toLower();
        }
        while (!out.isEmpty() && (out.back().isPunct() || out.back().isSpace()) && out.back() != u')')
            out.chop(1);
        return out;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void wordCount_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("cap");
        QTest::addColumn<int>("words");
        const QString longLine = QStringLiteral("one two three four five six seven eight nine ten ").repeated(8);
        QTest::newRow("empty") << QString() << 100 << 0;
        QTest::newRow("short") << QStringLiteral("  Two words ") << 100 << 2;
        QTest::newRow("long ASCII") << longLine << 1000 << 80;
        QTest::newRow("capped") << longLine << 61 << 61;
        QTest::newRow("tabs and line breaks") << QStringLiteral("a\tb\nc\rd\ve\ff") << 100 << 6;
        QTest::newRow("no-break and ideographic spaces")
            << QStringLiteral("a\u00a0b\u3000c\u2028d ") + longLine << 1000 << 84;
        QTest::newRow("curly quotes among ASCII")
            << QStringLiteral("\u201cWe will see,\u201d he said, and the talks that followed went on for hours.") << 100
            << 14;
        QTest::newRow("a word across a block edge")
            << QStringLiteral("x").repeated(31) + QStringLiteral("yz w") << 100 << 2;
    }

    void wordCount()
    {
        QFETCH(QString, text);
        QFETCH(int, cap);
        QFETCH(int, words);
        QCOMPARE(TextFeatures::wordCount(text, cap), words);
        QCOMPARE(TextFeatures::wordCount(text, cap), std::min(referenceCount(text), cap));
    }

    // Each UTF-16 unit inside blocks of ASCII text: the blocks are read in bulk unless they may
    // hold a space other than an ASCII one.
    void wordCountOfEveryUnit()
    {
        QString text = QStringLiteral("word ").repeated(16);
        for (int u = 0; u <= 0xFFFF; ++u) {
            text[37] = QChar(char16_t(u));
            text[40] = QChar(char16_t(u));
            QCOMPARE(TextFeatures::wordCount(text), referenceCount(text));
        }
    }

    void wordCountOfRandomText()
    {
        const QList<char16_t> alphabet { u'a', u'B', u'7', u' ', u' ', u'\t', u'\n', u'.', 0x00a0, 0x2019, 0x3000,
            0x00e9, 0x4e00 };
        QRandomGenerator rng(7);
        for (int round = 0; round < 3000; ++round) {
            QString text;
            for (int i = 0, n = int(rng.bounded(200)); i < n; ++i)
                text += QChar(alphabet.at(int(rng.bounded(int(alphabet.size())))));
            const int cap = 1 + int(rng.bounded(80));
            QCOMPARE(TextFeatures::wordCount(text, cap), std::min(referenceCount(text), cap));
            QCOMPARE(TextFeatures::wordCount(text), referenceCount(text));
        }
    }

    void lexiconFormOfRandomText()
    {
        const QList<char16_t> alphabet { u'a', u'Q', u'7', u' ', u' ', u'\t', u'\n', u'.', u'!', u')', u'\'', 0, 0x00a0,
            0x2018, 0x2019, 0x201c, 0x3000, 0x00c9, 0x00e9, 0x0130, 0x2026 };
        QRandomGenerator rng(11);
        for (int round = 0; round < 3000; ++round) {
            QString text;
            for (int i = 0, n = int(rng.bounded(60)); i < n; ++i)
                text += QChar(alphabet.at(int(rng.bounded(int(alphabet.size())))));
            QCOMPARE(TextFeatures::lexiconForm(text), referenceLexiconForm(text));
        }
    }

    // Comparison keys keep the letters and digits, lower-cased; texts with one key have one hash.
    void comparisonKeyOfRandomText()
    {
        const QList<char16_t> alphabet { u'a', u'Q', u'7', u' ', u'.', u'-', 0x00a0, 0x2019, 0x00c9, 0x00e9, 0x4e00 };
        QRandomGenerator rng(13);
        for (int round = 0; round < 3000; ++round) {
            QString text;
            QString reference;
            for (int i = 0, n = int(rng.bounded(120)); i < n; ++i) {
                const QChar c(alphabet.at(int(rng.bounded(int(alphabet.size())))));
                text += c;
                if (c.isLetterOrNumber())
                    reference += c.toLower();
            }
            QCOMPARE(TextFeatures::comparisonKey(text), reference);
            QCOMPARE(TextFeatures::comparisonHash(text), TextFeatures::comparisonHash(reference));
            QCOMPARE(TextFeatures::comparisonEndsHash(text), TextFeatures::comparisonEndsHash(reference));
        }
    }
};

QTEST_GUILESS_MAIN(TestTextFeatures)
#include "tst_textfeatures.moc"
