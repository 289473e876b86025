// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/codepointmap.h"

#include "testsupport.h"

#include <QSet>
#include <QStandardPaths>
#include <QTest>

namespace
{
const AnalysisResult &sample()
{
    return TestSupport::sampleAnalysis();
}

// The article file prefix ("002") of a quote.
QString articleOf(const Quote &q)
{
    return sample().corpus.articles.at(q.article).file.left(3);
}

const Quote *findQuote(const QString &article, const QString &startsWith)
{
    for (const Quote &q : sample().quotes) {
        if (articleOf(q) == article && q.text.startsWith(startsWith))
            return &q;
    }
    return nullptr;
}

// "article: text start" of every rendering of the statement holding `quote`.
QStringList renderingsOf(const Quote &quote)
{
    const Statement &s = sample().statements.at(sample().statementIndex(quote.statement));
    QStringList out;
    for (const QString &id : s.quotes) {
        const Quote &q = sample().quotes.at(sample().quoteIndex(id));
        out.append(articleOf(q) + QStringLiteral(": ") + q.text);
    }
    return out;
}
}

// The sample corpus: every Trump and Kim statement appears once, with all its renderings.
class TestQuoteSample : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(!sample().quotes.isEmpty());
    }

    void offsets()
    {
        for (const Quote &q : sample().quotes) {
            const Article &a = sample().corpus.articles.at(q.article);
            QCOMPARE(a.slice(q.span).toString(), q.text);
            QVERIFY2(!a.isBoilerplate(q.span), qPrintable(q.id));
            // An apostrophe taken for a mark would leave "s Asia tour…" behind.
            QVERIFY2(!q.text.startsWith(QStringLiteral("s ")), qPrintable(q.id));
            const QChar before = a.text.at(q.span.start - 1);
            QVERIFY2(!before.isLetterOrNumber() || q.rule == AttributionRule::Continuation, qPrintable(q.id));
        }
    }

    void speakers_data()
    {
        QTest::addColumn<QString>("article");
        QTest::addColumn<QString>("quote");
        QTest::addColumn<QString>("speaker");
        QTest::addColumn<QString>("cue");
        QTest::newRow("he told reporters") << QStringLiteral("000") << QStringLiteral("love to see")
                                           << QStringLiteral("Donald Trump") << QStringLiteral("he told reporters");
        QTest::newRow("fragment of Kim") << QStringLiteral("000") << QStringLiteral("fond memories")
                                         << QStringLiteral("Kim Jong Un") << QStringLiteral("Kim said");
        QTest::newRow("next quote, neighbour cue") << QStringLiteral("001") << QStringLiteral("If you want to convey")
                                                   << QStringLiteral("Donald Trump") << QStringLiteral("he said");
        QTest::newRow("according to an outlet") << QStringLiteral("001") << QStringLiteral("Pyongyang will always")
                                                << QStringLiteral("Kim Jong Un") << QStringLiteral("Kim declared");
        QTest::newRow("apposition") << QStringLiteral("001") << QStringLiteral("serious talks")
                                    << QStringLiteral("Lim Eul-chul") << QString();
        QTest::newRow("told AFP") << QStringLiteral("001") << QStringLiteral("handling his message")
                                  << QStringLiteral("Chung Dong-young") << QStringLiteral("Chung Dong-young told AFP");
        QTest::newRow("an administration speaks as an organisation")
            << QStringLiteral("001") << QStringLiteral("without preconditions")
            << QStringLiteral("Trump administration") << QString();
        QTest::newRow("saying after subject") << QStringLiteral("002") << QStringLiteral("If you want to put out")
                                              << QStringLiteral("Donald Trump") << QString();
        QTest::newRow("nickname") << QStringLiteral("002") << QStringLiteral("little rocket man")
                                  << QStringLiteral("Donald Trump") << QString();
        QTest::newRow("acknowledged") << QStringLiteral("003") << QStringLiteral("We really weren")
                                      << QStringLiteral("Donald Trump") << QStringLiteral("Trump acknowledged");
        QTest::newRow("mismatched marks") << QStringLiteral("004") << QStringLiteral("I just had")
                                          << QStringLiteral("Donald Trump") << QStringLiteral("he told reporters");
        QTest::newRow("quote paragraph continues") << QStringLiteral("004") << QStringLiteral("We haven't mentioned")
                                                   << QStringLiteral("Donald Trump") << QString();
        QTest::newRow("He added") << QStringLiteral("004") << QStringLiteral("If the United States")
                                  << QStringLiteral("Kim Jong Un") << QStringLiteral("He added");
        QTest::newRow("BBC News reported is the outlet") << QStringLiteral("004") << QStringLiteral("I think they are")
                                                         << QStringLiteral("Donald Trump") << QString();
    }
    void speakers()
    {
        QFETCH(QString, article);
        QFETCH(QString, quote);
        QFETCH(QString, speaker);
        QFETCH(QString, cue);
        const Quote *q = findQuote(article, quote);
        QVERIFY2(q, qPrintable(quote));
        QCOMPARE(q->speaker, speaker);
        if (!cue.isEmpty())
            QCOMPARE(q->speakerCue, cue);
        if (speaker.isEmpty())
            QCOMPARE(q->rule, AttributionRule::None);
    }

    void kinds()
    {
        QCOMPARE(findQuote(QStringLiteral("000"), QStringLiteral("hostile"))->kind, QuoteKind::Term);
        QCOMPARE(findQuote(QStringLiteral("000"), QStringLiteral("fond memories"))->kind, QuoteKind::Fragment);
        QCOMPARE(findQuote(QStringLiteral("003"), QStringLiteral("He’s been"))->kind, QuoteKind::Direct);
        const Quote *open = findQuote(QStringLiteral("003"), QStringLiteral("Open"));
        QVERIFY(open && open->headline);
        QVERIFY(findQuote(QStringLiteral("004"), QStringLiteral("Little Rocket Man"))->headline);
    }

    void statements_data()
    {
        QTest::addColumn<QString>("article");
        QTest::addColumn<QString>("quote");
        QTest::addColumn<QString>("speaker");
        QTest::addColumn<QStringList>("renderings");
        QTest::newRow("good relationship")
            << QStringLiteral("002") << QStringLiteral("I just had") << QStringLiteral("Donald Trump")
            << QStringList { QStringLiteral("000: love to see"), QStringLiteral("000: a good relationship"),
                   QStringLiteral("002: I just had a good relati"), QStringLiteral("004: I just had a good relati"),
                   QStringLiteral("004: I would love to see him"), QStringLiteral("004: We haven't mentioned an") };
        QTest::newRow("fond memories")
            << QStringLiteral("002") << QStringLiteral("Personally") << QStringLiteral("Kim Jong Un")
            << QStringList { QStringLiteral("000: fond memories"), QStringLiteral("000: drops its obsession wi"),
                   QStringLiteral("000: a new reality"), QStringLiteral("000: genuine peaceful coexi"),
                   QStringLiteral("001: no reason not to confr"), QStringLiteral("002: Personally, I still ha"),
                   QStringLiteral("003: absurd obsession"), QStringLiteral("004: Personally, I still ha"),
                   QStringLiteral("004: If the United States d") };
        // The answer and its condition, quoted in turn in one paragraph, are one statement.
        QTest::newRow("put out the word")
            << QStringLiteral("002") << QStringLiteral("If you want") << QStringLiteral("Donald Trump")
            << QStringList { QStringLiteral("001: Yes, I would like to"), QStringLiteral("001: If you want to convey"),
                   QStringLiteral("002: If you want to put ou"), QStringLiteral("004: If you want to put ou") };
        QTest::newRow("little rocket man")
            << QStringLiteral("002") << QStringLiteral("little rocket man") << QStringLiteral("Donald Trump")
            << QStringList { QStringLiteral("002: little rocket man"), QStringLiteral("004: Little Rocket Man"),
                   QStringLiteral("004: little rocket man") };
        QTest::newRow("nuclear power") << QStringLiteral("004") << QStringLiteral("I think they")
                                       << QStringLiteral("Donald Trump")
                                       << QStringList { QStringLiteral("001: some kind of nuclear pow"),
                                              QStringLiteral("004: I think they are sort o") };
        QTest::newRow("a single rendering")
            << QStringLiteral("003") << QStringLiteral("I got along") << QStringLiteral("Donald Trump")
            << QStringList { QStringLiteral("003: I got along very well ") };
    }
    void statements()
    {
        QFETCH(QString, article);
        QFETCH(QString, quote);
        QFETCH(QString, speaker);
        QFETCH(QStringList, renderings);
        const Quote *q = findQuote(article, quote);
        QVERIFY2(q && !q->statement.isEmpty(), qPrintable(quote));
        // Compared by the expected opening words of each rendering.
        QStringList found = renderingsOf(*q);
        for (int i = 0; i < found.size() && i < renderings.size(); ++i)
            found[i].truncate(renderings.at(i).size());
        QCOMPARE(found, renderings);
        const Statement &s = sample().statements.at(sample().statementIndex(q->statement));
        QCOMPARE(s.speaker, speaker);
        QVERIFY(s.conflicts.isEmpty());
        QCOMPARE(s.similarity.size(), s.quotes.size());
        for (const AlignmentColumn &c : s.alignment)
            QCOMPARE(c.cells.size(), s.quotes.size());
        const Quote &ref = sample().quotes.at(sample().quoteIndex(s.reference));
        for (const QString &id : s.quotes)
            QVERIFY(sample().quotes.at(sample().quoteIndex(id)).text.size() <= ref.text.size() + 10);
    }

    // Each Trump and Kim utterance is one statement: no two statements of one speaker share a rendering's words.
    void onceEach()
    {
        QSet<QString> speakers;
        for (const Statement &s : sample().statements)
            speakers.insert(s.speaker);
        QVERIFY(speakers.contains(QStringLiteral("Donald Trump")));
        QVERIFY(speakers.contains(QStringLiteral("Kim Jong Un")));
        for (const QString &name : { QStringLiteral("Trump"), QStringLiteral("President Trump"), QStringLiteral("Kim"),
                 QStringLiteral("Jong Un"), QStringLiteral("Kim Jong-un") })
            QVERIFY2(!speakers.contains(name), qPrintable(name));
        int fond = 0;
        for (const Statement &s : sample().statements) {
            const Quote &ref = sample().quotes.at(sample().quoteIndex(s.reference));
            fond += ref.text.contains(QStringLiteral("fond memories"));
        }
        QCOMPARE(fond, 1);
    }

    void codePointOffsets()
    {
        for (const Quote &q : sample().quotes) {
            const Article &a = sample().corpus.articles.at(q.article);
            const CodePointMap map(a.text);
            QCOMPARE(map.toUtf16(map.toCodePoint(q.span.start)), q.span.start);
        }
    }
};

QTEST_GUILESS_MAIN(TestQuoteSample)
#include "tst_quotesample.moc"
