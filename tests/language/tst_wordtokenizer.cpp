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

    // One word read with and without the options the tokenizers choose: attribution keeps abbreviation dots,
    // the event scanner splits "mid-" off; both cut a possessive.
    void scanWord_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("options");
        QTest::addColumn<QString>("word");
        QTest::addColumn<bool>("possessive");
        QTest::addColumn<QString>("rest"); // after the word and its possessive
        const int dots = WordTokenizer::KeepAbbreviationDots;
        const int prefixes = WordTokenizer::SplitPartPrefixes;
        const int none = WordTokenizer::NoOption;
        QTest::newRow("initials, dots kept")
            << QStringLiteral("U.N. staff") << dots << QStringLiteral("U.N.") << false << QStringLiteral(" staff");
        QTest::newRow("initials, dots left")
            << QStringLiteral("U.N. staff") << prefixes << QStringLiteral("U") << false << QStringLiteral(".N. staff");
        QTest::newRow("domain, dots kept") << QStringLiteral("Tidings.io said") << dots << QStringLiteral("Tidings.io")
                                           << false << QStringLiteral(" said");
        QTest::newRow("sentence end is no abbreviation")
            << QStringLiteral("rain. Then") << dots << QStringLiteral("rain") << false << QStringLiteral(". Then");
        QTest::newRow("prefix split") << QStringLiteral("mid-April") << prefixes << QStringLiteral("mid") << false
                                      << QStringLiteral("-April");
        QTest::newRow("prefix in capitals split")
            << QStringLiteral("MID-APRIL") << prefixes << QStringLiteral("MID") << false << QStringLiteral("-APRIL");
        QTest::newRow("prefix kept without the option")
            << QStringLiteral("mid-April") << dots << QStringLiteral("mid-April") << false << QString();
        QTest::newRow("a longer word is no prefix")
            << QStringLiteral("amid-April") << prefixes << QStringLiteral("amid-April") << false << QString();
        QTest::newRow("a later hyphen is no prefix's")
            << QStringLiteral("semi-mid-tier") << prefixes << QStringLiteral("semi-mid-tier") << false << QString();
        QTest::newRow("possessive cut") << QStringLiteral("Ostrova\u2019s port") << none << QStringLiteral("Ostrova")
                                        << true << QStringLiteral(" port");
        QTest::newRow("contraction joins")
            << QStringLiteral("she'd left") << none << QStringLiteral("she'd") << false << QStringLiteral(" left");
        QTest::newRow("apostrophe at the end") << QStringLiteral("rivers' banks") << none << QStringLiteral("rivers")
                                               << false << QStringLiteral("' banks");
    }
    void scanWord()
    {
        QFETCH(QString, text);
        QFETCH(int, options);
        QFETCH(QString, word);
        QFETCH(bool, possessive);
        QFETCH(QString, rest);
        const WordExtent w = WordTokenizer::scanWord(text, 0, quint8(options));
        QCOMPARE(text.first(w.end), word);
        QCOMPARE(w.possessive, possessive);
        QCOMPARE(text.mid(w.next), rest);
    }

    void letterCase_data()
    {
        QTest::addColumn<QString>("word");
        QTest::addColumn<bool>("letter");
        QTest::addColumn<bool>("lower");
        QTest::addColumn<bool>("allUpper");
        QTest::addColumn<bool>("allCaps"); // the token's: two letters or more, none lower-case
        QTest::newRow("capitals") << QStringLiteral("NATO") << true << false << true << true;
        QTest::newRow("accented capitals") << QStringLiteral("ÉLAN-ÖL") << true << false << true << true;
        QTest::newRow("a digit is no capital") << QStringLiteral("F16") << true << false << false << false;
        QTest::newRow("two capitals and digits") << QStringLiteral("MK2A") << true << false << false << true;
        QTest::newRow("one lower-case letter") << QStringLiteral("ÉLAn") << true << true << false << false;
        QTest::newRow("accented lower case") << QStringLiteral("Zoë") << true << true << false << false;
        QTest::newRow("digits") << QStringLiteral("2031") << false << false << false << false;
    }
    void letterCase()
    {
        QFETCH(QString, word);
        QFETCH(bool, letter);
        QFETCH(bool, lower);
        QFETCH(bool, allUpper);
        QFETCH(bool, allCaps);
        const WordExtent w = WordTokenizer::scanWord(word, 0, WordTokenizer::NoOption);
        QCOMPARE(w.end, word.size());
        QCOMPARE(w.letter, letter);
        QCOMPARE(w.lower, lower);
        QCOMPARE(w.allUpper, allUpper);
        const QList<WordToken> tokens = WordTokenizer::tokenize(word);
        QCOMPARE(tokens.size(), 1);
        QCOMPARE(tokens.first().allCaps, allCaps);
    }

    void possessives_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("at");
        QTest::addColumn<bool>("possessive");
        QTest::addColumn<bool>("plural");
        QTest::newRow("singular") << QStringLiteral("Kim's plan") << 3 << true << false;
        QTest::newRow("typographic, at the end") << QStringLiteral("Kim\u2019S") << 3 << true << false;
        QTest::newRow("a word goes on") << QStringLiteral("Kim'son") << 3 << false << false;
        QTest::newRow("plural") << QStringLiteral("unions' talks") << 6 << false << true;
        QTest::newRow("plural at the end") << QStringLiteral("the unions'") << 10 << false << true;
        QTest::newRow("a closing quote after no s") << QStringLiteral("'a deal' was") << 7 << false << false;
        QTest::newRow("an apostrophe before a letter joins") << QStringLiteral("rock 'n' roll") << 5 << false << false;
    }
    void possessives()
    {
        QFETCH(QString, text);
        QFETCH(int, at);
        QFETCH(bool, possessive);
        QFETCH(bool, plural);
        QCOMPARE(WordTokenizer::possessiveAt(text, at), possessive);
        QCOMPARE(WordTokenizer::pluralPossessiveAt(text, at), plural);
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
