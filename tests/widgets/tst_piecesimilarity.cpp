// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "itemmodels/statementmodel.h"
#include "presentation/piecesimilarity.h"
#include "presentation/renderingdiff.h"
#include "quotepanel/quotepanel.h"
#include "testsupport.h"
#include "widgettestsupport.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Qt::StringLiterals;

namespace
{
const QString Opening = u"The bridge will reopen in March"_s;
const QString Closing = u"We owe the riverside shops that much."_s;

// A remark the mayor made, as three outlets render it: North Star quotes it in two pieces around its
// cue (and the headline quotes three words of it), South Ledger whole, West Wire the opening with one
// word changed. The scores handed in are the analysis's, each piece against the whole reference:
// North Star's second piece gets 0.
std::shared_ptr<const AnalysisResult> mayor()
{
    auto r = std::make_shared<AnalysisResult>();
    const QStringList texts { u"\u201cBridge will reopen\u201d, says mayor\n\n\u201c"_s + Opening
            + u",\u201d the mayor said. \u201c"_s + Closing + u"\u201d"_s,
        u"Mayor sets a date\n\nThe mayor said: \u201c"_s + Opening + u". "_s + Closing + u"\u201d"_s,
        u"Bridge date\n\n\u201cThe bridge will reopen in April,\u201d the mayor said."_s };
    const QStringList ids { u"north"_s, u"south"_s, u"west"_s };
    const QStringList outlets { u"North Star"_s, u"South Ledger"_s, u"West Wire"_s };
    for (int a = 0; a < 3; ++a) {
        Article article;
        article.id = ids.at(a);
        article.file = ids.at(a) + u".txt"_s;
        article.outlet = outlets.at(a);
        article.title = texts.at(a).section(u'\n', 0, 0);
        article.setText(texts.at(a));
        article.published = QDate(2025, 9, 1);
        r->corpus.articles.append(article);
    }
    const auto quote = [&r](int article, const QString &text, bool headline) {
        Quote q = TestSupport::makeQuote(*r, article, text, u"Mayor Ines Halloran"_s, u"s1"_s);
        q.headline = headline;
        r->quotes.append(q);
    };
    quote(0, u"Bridge will reopen"_s, true);
    quote(0, Opening, false);
    quote(0, Closing, false);
    quote(1, Opening + u". "_s + Closing, false);
    quote(2, u"The bridge will reopen in April"_s, false);
    QStringList quoteIds;
    for (const Quote &q : std::as_const(r->quotes))
        quoteIds.append(q.id);
    r->statements = { TestSupport::makeStatement(
        u"s1"_s, u"Mayor Ines Halloran"_s, quoteIds, u"south#q1"_s, { 0.4, 0.6, 0.0, 1.0, 0.3 }) };
    return r;
}
}

// A remark quoted in pieces is scored piece by piece against the part of the reference each renders,
// in the statement list and in the comparison alike; other renderings keep the analysis's score.
class TestPieceSimilarity : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { WidgetTestSupport::initWidgetTest(); }

    void bestWindow_data()
    {
        QTest::addColumn<QString>("piece");
        QTest::addColumn<QString>("reference");
        QTest::addColumn<double>("expected");
        QTest::newRow("piece inside the reference") << u"reopen in March"_s << Opening + u". "_s + Closing << 1.0;
        QTest::newRow("one word of six changed")
            << u"The bridge will reopen in April"_s << Opening + u". "_s + Closing << 10.0 / 12.0;
        QTest::newRow("case and punctuation folded") << u"we OWE the riverside shops, that much"_s << Closing << 1.0;
        QTest::newRow("nothing in common") << u"Tolls go up"_s << Closing << 0.0;
        QTest::newRow("piece longer than the reference")
            << u"the bridge will reopen"_s << u"bridge will"_s << 4.0 / 6.0;
        QTest::newRow("both empty") << QString() << u"\u2014"_s << 1.0;
        QTest::newRow("empty piece") << QString() << Closing << 0.0;
    }

    void bestWindow()
    {
        QFETCH(QString, piece);
        QFETCH(QString, reference);
        QFETCH(double, expected);
        const double score
            = PieceSimilarity::bestWindow(PieceSimilarity::words(piece), PieceSimilarity::words(reference));
        QVERIFY2(qAbs(score - expected) < 1e-9, qPrintable(QString::number(score)));
    }

    void apply_data()
    {
        QTest::addColumn<int>("reference");
        QTest::addColumn<QList<double>>("expected");
        // The pieces against the whole rendering: each is all there. The headline is no piece, and West
        // Wire's one rendering is no piece either: both keep the analysis's score.
        QTest::newRow("a whole rendering as reference") << 3 << QList<double> { 0.4, 1.0, 1.0, 1.0, 0.3 };
        // A piece as the reference: the reference is North Star's pieces together, and every other
        // rendering is measured against the part of it that it renders.
        QTest::newRow("a piece as reference") << 2 << QList<double> { 1.0, 1.0, 0.0, 1.0, 10.0 / 12.0 };
    }

    void apply()
    {
        QFETCH(int, reference);
        QFETCH(QList<double>, expected);
        const auto r = mayor();
        const Statement &s = r->statements.constFirst();
        QList<double> given = s.similarity;
        const QList<double> scores = PieceSimilarity::apply(*r, s, reference, given);
        QCOMPARE(scores.size(), expected.size());
        for (int i = 0; i < expected.size(); ++i) {
            if (i == reference)
                continue; // the reference's own score is the caller's
            QVERIFY2(qAbs(scores.at(i) - expected.at(i)) < 1e-9,
                qPrintable(u"%1: %2"_s.arg(s.quotes.at(i)).arg(scores.at(i))));
        }
    }

    // Regression: the statement list showed 0 % lowest similarity, in red, for a remark quoted in pieces.
    void listAndComparisonAgree()
    {
        const auto r = mayor();
        StatementModel model;
        QAbstractItemModelTester tester(&model);
        model.setResult(r);
        const QModelIndex statement = model.index(0, 0);
        QCOMPARE(statement.data(StatementModel::MinSimilarityRole).toDouble(), 0.3);
        QCOMPARE(model.index(2, 0, statement).data(StatementModel::SimilarityRole).toDouble(), 1.0);

        const StatementComparison c = RenderingDiff(*r).compare(u"s1"_s);
        QCOMPARE(c.minSimilarity, 0.3);
        for (int i = 0; i < c.renderings.size(); ++i)
            QCOMPARE(c.renderings.at(i).similarity,
                model.index(i, 0, statement).data(StatementModel::SimilarityRole).toDouble());

        QuotePanel panel;
        panel.resize(1100, 640);
        panel.setResult(r);
        panel.selectStatement(u"s1"_s);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        WidgetTestSupport::maybeScreenshot(panel, u"quotepanel-pieces.png"_s);
    }

    // The fixture corpora quote remarks in pieces ("…," she said. "…"; a quote over two paragraphs).
    // No statement of theirs shows a rendering as mostly rewritten: each outlet quotes the same words.
    void fixtureRemarksQuotedInPieces_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::newRow("quote styles") << u"quote-styles"_s;
        QTest::newRow("attribution") << u"attribution"_s;
        QTest::newRow("split quotes") << u"split-quotes"_s;
    }

    void fixtureRemarksQuotedInPieces()
    {
        QFETCH(QString, fixture);
        const auto r = std::make_shared<const AnalysisResult>(TestSupport::fixtureAnalysis(fixture));
        StatementModel model;
        model.setResult(r);
        int largest = 0;
        for (int row = 0; row < model.rowCount(); ++row) {
            const QModelIndex statement = model.index(row, 0);
            const double lowest = statement.data(StatementModel::MinSimilarityRole).toDouble();
            QVERIFY2(lowest >= 0.5,
                qPrintable(u"%1: %2"_s.arg(statement.data(StatementModel::StatementIdRole).toString()).arg(lowest)));
            if (model.rowCount(statement) > model.rowCount(model.index(largest, 0)))
                largest = row;
        }
        QuotePanel panel;
        panel.resize(1100, 640);
        panel.setResult(r);
        panel.selectStatement(model.index(largest, 0).data(StatementModel::StatementIdRole).toString());
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        WidgetTestSupport::maybeScreenshot(panel, u"quotepanel-pieces-%1.png"_s.arg(fixture));
    }
};

QTEST_MAIN(TestPieceSimilarity)
#include "tst_piecesimilarity.moc"
