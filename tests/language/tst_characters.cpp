// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "language/characters.h"

#include <QStandardPaths>
#include <QTest>

// The one set of character classes: every typographic style of apostrophe, quotation mark, hyphen,
// dash and space is classed once, and nothing else is.
class TestCharacters : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void classes_data()
    {
        QTest::addColumn<QChar>("c");
        QTest::addColumn<QString>("expected"); // the classes that hold c, in a fixed order
        const auto row = [](const char *name, char16_t c, const char *classes) {
            QTest::newRow(name) << QChar(c) << QString::fromUtf8(classes);
        };
        row("typewriter apostrophe", u'\'', "apostrophe single open close");
        row("right single mark", u'\u2019', "apostrophe single close");
        row("left single mark", u'\u2018', "apostrophe single open");
        row("modifier letter apostrophe", u'\u02BC', "apostrophe word");
        row("low single mark", u'\u201A', "single open");
        row("single guillemet", u'\u203A', "single close");
        row("typewriter double", u'"', "double open close");
        row("left double mark", u'\u201C', "double open");
        row("right double mark", u'\u201D', "double close");
        row("low double mark", u'\u201E', "double open");
        row("guillemet", u'\u00AB', "double open");
        row("corner bracket", u'\u300D', "double close");
        row("fullwidth double", u'\uFF02', "double open close");
        row("hyphen-minus", u'-', "hyphen");
        row("hyphen", u'\u2010', "hyphen");
        row("no-break hyphen", u'\u2011', "hyphen");
        row("figure dash", u'\u2012', "dash");
        row("en dash", u'\u2013', "dash");
        row("em dash", u'\u2014', "dash");
        row("horizontal bar", u'\u2015', "dash");
        row("minus sign", u'\u2212', "dash");
        row("space", u' ', "space");
        row("tab", u'\t', "space");
        row("no-break space", u'\u00A0', "space");
        row("narrow no-break space", u'\u202F', "space");
        row("em space", u'\u2003', "space");
        row("full stop", u'.', "sentence");
        row("question mark", u'?', "sentence");
        row("exclamation mark", u'!', "sentence");
        row("ellipsis", u'\u2026', "sentence");
        row("letter", u'k', "word");
        row("accented letter", u'\u00E9', "word");
        row("digit", u'7', "word");
        row("combining acute", u'\u0301', "word");
        row("comma", u',', "");
        row("bullet", u'\u2022', "");
        row("prime", u'\u2032', "");
    }
    void classes()
    {
        QFETCH(QChar, c);
        QFETCH(QString, expected);
        QStringList held;
        if (Characters::isApostrophe(c))
            held << QStringLiteral("apostrophe");
        if (Characters::isSingleQuote(c))
            held << QStringLiteral("single");
        if (Characters::isDoubleQuote(c))
            held << QStringLiteral("double");
        if (Characters::mayOpenQuote(c))
            held << QStringLiteral("open");
        if (Characters::mayCloseQuote(c))
            held << QStringLiteral("close");
        if (Characters::isHyphen(c))
            held << QStringLiteral("hyphen");
        if (Characters::isDash(c))
            held << QStringLiteral("dash");
        if (Characters::isSpace(c))
            held << QStringLiteral("space");
        if (Characters::isSentenceMark(c))
            held << QStringLiteral("sentence");
        if (Characters::isWordChar(c))
            held << QStringLiteral("word");
        QCOMPARE(held.join(u' '), expected);
        QCOMPARE(Characters::isQuoteMark(c), Characters::isSingleQuote(c) || Characters::isDoubleQuote(c));
        QCOMPARE(Characters::quoteRole(c) != Characters::QuoteRole::None, Characters::isQuoteMark(c));
    }

    // Every apostrophe folds to the typed one, so "Kim’s" and "Kim's" are one word; nothing else folds.
    void foldApostrophe_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("folded");
        QTest::newRow("curly") << QStringLiteral("the mayor’s office") << QStringLiteral("the mayor's office");
        QTest::newRow("modifier letter") << QStringLiteral("Hawaiʼi") << QStringLiteral("Hawai'i");
        QTest::newRow("left mark in an elision") << QStringLiteral("rock ‘n’ roll") << QStringLiteral("rock 'n' roll");
        QTest::newRow("double marks stay") << QStringLiteral("“no”") << QStringLiteral("“no”");
        QTest::newRow("dashes stay") << QStringLiteral("2019–2021 — and") << QStringLiteral("2019–2021 — and");
    }
    void foldApostrophe()
    {
        QFETCH(QString, text);
        QFETCH(QString, folded);
        QString out;
        for (const QChar c : std::as_const(text))
            out.append(Characters::foldApostrophe(c));
        QCOMPARE(out, folded);
    }
};

QTEST_GUILESS_MAIN(TestCharacters)
#include "tst_characters.moc"
