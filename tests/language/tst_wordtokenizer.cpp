// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "language/wordtokenizer.h"

#include <QStandardPaths>
#include <QTest>

// The one word splitter, on sentences written for this test: tokens as attribution reads them, and the
// plain word ends that quote alignment and the rendering diff use, which must agree with the tokens.
class TestWordTokenizer : public QObject
{
    Q_OBJECT

    // "word" tokens as text, "+s" after one whose possessive was cut, punctuation as itself.
    static QString tokensOf(const QString &text)
    {
        QStringList out;
        for (const WordToken &t : WordTokenizer::tokenize(text)) {
            QString s = text.mid(t.start, t.end - t.start);
            if (t.possessive)
                s += QStringLiteral("+s");
            out.append(s);
        }
        return out.join(u' ');
    }

    static QString wordsOf(const QString &text)
    {
        QStringList out;
        qsizetype i = 0;
        while (i < text.size()) {
            if (!text.at(i).isLetterOrNumber()) {
                ++i;
                continue;
            }
            const qsizetype end = WordTokenizer::wordEnd(text, i);
            out.append(text.mid(i, end - i));
            i = end;
        }
        return out.join(u' ');
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void tokens_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("tokens");
        QTest::addColumn<QString>("words");
        QTest::newRow("contraction") << QStringLiteral("We haven't decided.") << QStringLiteral("We haven't decided .")
                                     << QStringLiteral("We haven't decided");
        QTest::newRow("curly contraction") << QStringLiteral("They didn’t vote") << QStringLiteral("They didn’t vote")
                                           << QStringLiteral("They didn’t vote");
        QTest::newRow("modifier-letter apostrophe")
            << QStringLiteral("in Hawaiʼi today") << QStringLiteral("in Hawaiʼi today")
            << QStringLiteral("in Hawaiʼi today");
        QTest::newRow("possessive cut from the token")
            << QStringLiteral("the mayor’s office") << QStringLiteral("the mayor+s office")
            << QStringLiteral("the mayor’s office");
        QTest::newRow("hyphen") << QStringLiteral("a test-fired rocket") << QStringLiteral("a test-fired rocket")
                                << QStringLiteral("a test-fired rocket");
        QTest::newRow("no-break hyphen") << QStringLiteral("Lee Min\u2011jun said")
                                         << QStringLiteral("Lee Min\u2011jun said")
                                         << QStringLiteral("Lee Min\u2011jun said");
        QTest::newRow("hyphen before a digit")
            << QStringLiteral("an F-16 jet") << QStringLiteral("an F-16 jet") << QStringLiteral("an F-16 jet");
        QTest::newRow("dangling hyphen") << QStringLiteral("pre- and post-war") << QStringLiteral("pre - and post-war")
                                         << QStringLiteral("pre and post-war");
        QTest::newRow("en dash splits") << QStringLiteral("the 2019–2021 talks")
                                        << QStringLiteral("the 2019 – 2021 talks")
                                        << QStringLiteral("the 2019 2021 talks");
        QTest::newRow("closing quotation mark")
            << QStringLiteral("‘fair’ deal") << QStringLiteral("‘ fair ’ deal") << QStringLiteral("fair deal");
        QTest::newRow("abbreviation dots kept by tokens")
            << QStringLiteral("the U.S. envoy") << QStringLiteral("the U.S. envoy") << QStringLiteral("the U S envoy");
        QTest::newRow("no-break space") << QStringLiteral("10\u00A0km away") << QStringLiteral("10 km away")
                                        << QStringLiteral("10 km away");
    }
    void tokens()
    {
        QFETCH(QString, text);
        QFETCH(QString, tokens);
        QFETCH(QString, words);
        QCOMPARE(tokensOf(text), tokens);
        QCOMPARE(wordsOf(text), words);
    }

    // With a word limit: the tokens up to and including that word, the same as without one.
    void wordLimit_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("maxWords");
        QTest::addColumn<QString>("tokens");
        QTest::newRow("cut after the second word")
            << QStringLiteral("“Yes, we will,” she said.") << 2 << QStringLiteral("“ Yes , we");
        QTest::newRow("fewer words than the limit")
            << QStringLiteral("No, never.") << 5 << QStringLiteral("No , never .");
        QTest::newRow("no limit") << QStringLiteral("We haven't decided.") << -1
                                  << QStringLiteral("We haven't decided .");
    }
    void wordLimit()
    {
        QFETCH(QString, text);
        QFETCH(int, maxWords);
        QFETCH(QString, tokens);
        QStringList out;
        for (const WordToken &t : WordTokenizer::tokenize(text, { 0, int(text.size()) }, maxWords))
            out.append(text.mid(t.start, t.end - t.start));
        QCOMPARE(out.join(u' '), tokens);
    }

    // Wherever a word token ends at an apostrophe or hyphen, the plain splitter ends the word there too.
    void agree_data() { tokens_data(); }
    void agree()
    {
        QFETCH(QString, text);
        for (const WordToken &t : WordTokenizer::tokenize(text)) {
            if (!t.word || text.mid(t.start, t.end - t.start).contains(u'.'))
                continue;
            const qsizetype end = WordTokenizer::wordEnd(text, t.start);
            QCOMPARE(t.possessive ? t.end + 2 : t.end, int(end));
        }
    }
};

QTEST_GUILESS_MAIN(TestWordTokenizer)
#include "tst_wordtokenizer.moc"
