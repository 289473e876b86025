// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/analysisresult.h"
#include "analysis/statementevents.h"

#include "testsupport.h"

#include <QStandardPaths>
#include <QTest>

namespace
{
const QString kText
    = QStringLiteral("Lee said \"we will talk\" on the day of the summit. The army moved later. Then rain fell.");

Event eventAt(const QString &id, int article, TextSpan span)
{
    EventMention m;
    m.article = article;
    m.span = span;
    Event e;
    e.id = id;
    e.mentions.append(m);
    return e;
}

TextSpan spanOf(const QString &words)
{
    const int start = int(kText.indexOf(words));
    return { start, start + int(words.size()) };
}
}

class TestStatementEvents : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void eventsFor_data();
    void eventsFor();
    void saidOn_data();
    void saidOn();
};

void TestStatementEvents::eventsFor_data()
{
    QTest::addColumn<int>("article");
    QTest::addColumn<QString>("mentionWords");
    QTest::addColumn<QString>("statementId");
    QTest::addColumn<bool>("expected");

    QTest::newRow("same sentence") << 0 << QStringLiteral("the summit") << QStringLiteral("s1") << true;
    QTest::newRow("overlaps the quote") << 0 << QStringLiteral("will talk\" on") << QStringLiteral("s1") << true;
    QTest::newRow("next sentence") << 0 << QStringLiteral("The army moved") << QStringLiteral("s1") << false;
    QTest::newRow("other article, same offsets") << 1 << QStringLiteral("the summit") << QStringLiteral("s1") << false;
    QTest::newRow("second rendering's sentence") << 1 << QStringLiteral("rain fell") << QStringLiteral("s1") << true;
    QTest::newRow("unknown statement") << 0 << QStringLiteral("the summit") << QStringLiteral("s9") << false;
}

void TestStatementEvents::eventsFor()
{
    QFETCH(int, article);
    QFETCH(QString, mentionWords);
    QFETCH(QString, statementId);
    QFETCH(bool, expected);

    AnalysisResult result;
    result.corpus.articles = { TestSupport::makeArticle(kText, {}, QStringLiteral("a")),
        TestSupport::makeArticle(kText, {}, QStringLiteral("b")) };
    Quote first;
    first.id = QStringLiteral("a#q1");
    first.article = 0;
    first.span = spanOf(QStringLiteral("we will talk"));
    Quote second; // the same statement rendered in the last sentence of the other article
    second.id = QStringLiteral("b#q1");
    second.article = 1;
    second.span = spanOf(QStringLiteral("Then"));
    result.quotes = { first, second };
    Statement statement;
    statement.id = QStringLiteral("s1");
    statement.quotes = { first.id, second.id };
    result.statements = { statement };
    result.events = { eventAt(QStringLiteral("e1"), article, spanOf(mentionWords)),
        eventAt(QStringLiteral("e2"), 0, spanOf(QStringLiteral("moved later"))) };

    const QStringList ids = StatementEvents::eventsFor(result, statementId);
    QCOMPARE(ids, expected ? QStringList { QStringLiteral("e1") } : QStringList {});
}

void TestStatementEvents::saidOn_data()
{
    QTest::addColumn<QString>("mentionWords");
    QTest::addColumn<QDate>("expected");

    QTest::newRow("the cue's clause is dated") << QStringLiteral("Lee said") << QDate(2025, 9, 1);
    QTest::newRow("a dated event elsewhere in the sentence") << QStringLiteral("the summit") << QDate();
}

void TestStatementEvents::saidOn()
{
    QFETCH(QString, mentionWords);
    QFETCH(QDate, expected);

    AnalysisResult result;
    result.corpus.articles = { TestSupport::makeArticle(kText, {}, QStringLiteral("a")) };
    Quote quote;
    quote.id = QStringLiteral("a#q1");
    quote.article = 0;
    quote.span = spanOf(QStringLiteral("we will talk"));
    quote.cueSpan = spanOf(QStringLiteral("Lee said"));
    result.quotes = { quote };
    Statement statement;
    statement.id = QStringLiteral("s1");
    statement.quotes = { quote.id };
    result.statements = { statement };
    Event dated = eventAt(QStringLiteral("e1"), 0, spanOf(mentionWords));
    dated.start = QDate(2025, 9, 1);
    dated.end = QDate(2025, 9, 30);
    Event undated = eventAt(QStringLiteral("e2"), 0, spanOf(QStringLiteral("Lee said \"we")));
    result.events = { undated, dated };

    QCOMPARE(StatementEvents::saidOn(result, QStringLiteral("s1")), expected);
    QCOMPARE(StatementEvents::saidOn(result, QStringLiteral("s9")), QDate());
}

QTEST_GUILESS_MAIN(TestStatementEvents)
#include "tst_statementevents.moc"
