// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "itemmodels/statementfiltermodel.h"
#include "itemmodels/statementmodel.h"

#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

namespace
{
Quote quote(const AnalysisResult &r, int article, const QString &id, const QString &text, QuoteKind kind,
    const QString &speaker, const QString &statement)
{
    Quote q;
    q.id = id;
    q.article = article;
    const QString &body = r.corpus.articles.at(article).text();
    q.span = { int(body.indexOf(text)), int(body.indexOf(text) + text.size()) };
    q.text = text;
    q.kind = kind;
    q.speaker = speaker;
    q.speakerCue = speaker.isEmpty() ? QString() : speaker + QStringLiteral(" said");
    q.statement = statement;
    return q;
}

// One statement of `n` renderings of the same words in `n` articles; the analysis scored the last one 0.5.
std::shared_ptr<const AnalysisResult> largeStatement(int n)
{
    auto r = std::make_shared<AnalysisResult>();
    Statement s;
    s.id = QStringLiteral("s1");
    s.speaker = QStringLiteral("Ana Ruiz");
    for (int i = 0; i < n; ++i) {
        Article a = TestSupport::makeArticle(
            QStringLiteral("\"The port stays open,\" Ana Ruiz said."), {}, QStringLiteral("a%1").arg(i));
        a.outlet = QStringLiteral("Outlet %1").arg(i % 9);
        r->corpus.articles.append(a);
        r->quotes.append(quote(*r, i, QStringLiteral("a%1#q1").arg(i), QStringLiteral("The port stays open"),
            QuoteKind::Direct, s.speaker, s.id));
        s.quotes.append(r->quotes.last().id);
        s.similarity.append(i == n - 1 ? 0.5 : 1.0);
    }
    s.reference = s.quotes.constFirst();
    for (const QString &word :
        { QStringLiteral("The"), QStringLiteral("port"), QStringLiteral("stays"), QStringLiteral("open") })
        s.alignment.append({ QStringList(n, word), DiffKind::Same });
    r->statements.append(s);
    return r;
}

std::shared_ptr<const AnalysisResult> makeResult()
{
    auto r = std::make_shared<AnalysisResult>();
    Article a = TestSupport::makeArticle(
        QStringLiteral("Lede.\n\n\"We will talk soon,\" Ana Ruiz said. She smiled."), {}, QStringLiteral("a"));
    a.outlet = QStringLiteral("Alpha");
    a.url = QStringLiteral("https://alpha.example/1");
    Article b = TestSupport::makeArticle(
        QStringLiteral("Ruiz said they would \"talk soon\". Later: \"No comment,\" an aide said."), {},
        QStringLiteral("b"));
    b.outlet = QStringLiteral("Beta");
    r->corpus.articles = { a, b };
    r->quotes = {
        quote(*r, 0, QStringLiteral("a#q1"), QStringLiteral("We will talk soon"), QuoteKind::Direct,
            QStringLiteral("Ana Ruiz"), QStringLiteral("s1")),
        quote(*r, 1, QStringLiteral("b#q1"), QStringLiteral("talk soon"), QuoteKind::Fragment,
            QStringLiteral("Ana Ruiz"), QStringLiteral("s1")),
        quote(*r, 1, QStringLiteral("b#q2"), QStringLiteral("No comment"), QuoteKind::Direct, QString(),
            QStringLiteral("s2")),
    };
    Statement s1;
    s1.id = QStringLiteral("s1");
    s1.speaker = QStringLiteral("Ana Ruiz");
    s1.quotes = { QStringLiteral("a#q1"), QStringLiteral("b#q1") };
    s1.reference = QStringLiteral("a#q1");
    s1.similarity = { 1.0, 1.0 };
    const QString gap;
    s1.alignment
        = { { { QStringLiteral("We"), gap }, DiffKind::Same }, { { QStringLiteral("will"), gap }, DiffKind::Same },
              { { QStringLiteral("talk"), QStringLiteral("talk") }, DiffKind::Same },
              { { QStringLiteral("soon"), QStringLiteral("soon") }, DiffKind::Same } };
    Statement s2;
    s2.id = QStringLiteral("s2");
    s2.quotes = { QStringLiteral("b#q2") };
    s2.reference = QStringLiteral("b#q2");
    s2.similarity = { 1.0 };
    s2.alignment = { { { QStringLiteral("No") }, DiffKind::Same }, { { QStringLiteral("comment") }, DiffKind::Same } };
    r->statements = { s1, s2 };
    return r;
}

// One line per row: statements, then their renderings indented.
QStringList dump(const QAbstractItemModel &model)
{
    QStringList lines;
    for (int r = 0; r < model.rowCount(); ++r) {
        const QModelIndex s = model.index(r, 0);
        lines.append(QStringLiteral("%1 | %2 | %3 outlets | %4 renderings | min %5 | conflict %6 | ref %7")
                         .arg(s.data(StatementModel::StatementIdRole).toString(), s.data().toString())
                         .arg(s.data(StatementModel::OutletCountRole).toInt())
                         .arg(s.data(StatementModel::RenderingCountRole).toInt())
                         .arg(s.data(StatementModel::MinSimilarityRole).toDouble())
                         .arg(s.data(StatementModel::HasConflictRole).toBool())
                         .arg(s.data(StatementModel::ReferenceQuoteIdRole).toString()));
        for (int c = 0; c < model.rowCount(s); ++c) {
            const QModelIndex q = model.index(c, 0, s);
            lines.append(
                QStringLiteral("  %1 | %2 | %3 | %4 | %5 [%6,%7) | %8 | ref %9 | %10")
                    .arg(q.data(StatementModel::QuoteIdRole).toString(), q.data(StatementModel::OutletRole).toString(),
                        q.data().toString(), q.data(StatementModel::KindRole).toString())
                    .arg(q.data(StatementModel::ArticleIdRole).toString())
                    .arg(q.data(StatementModel::SpanStartRole).toInt())
                    .arg(q.data(StatementModel::SpanEndRole).toInt())
                    .arg(q.data(StatementModel::SpeakerCueRole).toString())
                    .arg(q.data(StatementModel::IsReferenceRole).toBool())
                    .arg(q.data(StatementModel::ContextRole).toString()));
        }
    }
    return lines;
}
}

class TestStatementModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void content()
    {
        StatementModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setResult(makeResult());
        QCOMPARE(reset.size(), 1);
        const QStringList expected {
            QStringLiteral(
                "s1 | Ana Ruiz: We will talk soon | 2 outlets | 2 renderings | min 1 | conflict 0 | ref a#q1"),
            QStringLiteral("  a#q1 | Alpha | We will talk soon | direct | a [8,25) | Ana Ruiz said | ref 1 | "
                           "\"We will talk soon,\" Ana Ruiz said."),
            QStringLiteral("  b#q1 | Beta | talk soon | fragment | b [22,31) | Ana Ruiz said | ref 0 | "
                           "Ruiz said they would \"talk soon\"."),
            QStringLiteral(
                "s2 | Unknown speaker: No comment | 1 outlets | 1 renderings | min 1 | conflict 0 | ref b#q2"),
            QStringLiteral("  b#q2 | Beta | No comment | direct | b [42,52) |  | ref 1 | "
                           "Later: \"No comment,\" an aide said."),
        };
        QCOMPARE(dump(model), expected);
        const QModelIndex s1 = model.index(0, 0);
        QCOMPARE(s1.data(StatementModel::GistRole).toString(), QStringLiteral("We will talk soon"));
        const auto alignment = s1.data(StatementModel::AlignmentRole).value<QList<AlignmentColumn>>();
        QCOMPARE(alignment.size(), 4);
        QVERIFY(alignment.at(0).cells.at(1).isNull());
        QCOMPARE(model.index(1, 0, s1).data(StatementModel::UrlRole).toString(), QString());
        QCOMPARE(
            model.index(0, 0, s1).data(StatementModel::UrlRole).toString(), QStringLiteral("https://alpha.example/1"));
        QCOMPARE(model.index(1, 0, s1).data(StatementModel::StatementIndexRole).toInt(), 0);
        QCOMPARE(model.quote(model.index(1, 0, s1))->id, QStringLiteral("b#q1"));
        QCOMPARE(model.statement(model.index(1, 0, s1))->id, QStringLiteral("s1"));

        model.setResult(nullptr);
        QCOMPARE(model.rowCount(), 0);
    }

    void gist_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("max");
        QTest::addColumn<QString>("expected");
        QTest::newRow("short") << QStringLiteral("I am here") << 80 << QStringLiteral("I am here");
        QTest::newRow("cut at word") << QStringLiteral("one two three four") << 12 << QStringLiteral("one two…");
        QTest::newRow("line breaks") << QStringLiteral("a\n\nb") << 80 << QStringLiteral("a b");
    }
    void gist()
    {
        QFETCH(QString, text);
        QFETCH(int, max);
        QFETCH(QString, expected);
        QCOMPARE(StatementModel::gist(text, max), expected);
    }

    void filter_data()
    {
        QTest::addColumn<QString>("speaker");
        QTest::addColumn<bool>("onlyDiffering");
        QTest::addColumn<QStringList>("statements");
        QTest::newRow("all") << QString() << false << QStringList { QStringLiteral("s1"), QStringLiteral("s2") };
        QTest::newRow("speaker") << QStringLiteral("ana ruiz") << false << QStringList { QStringLiteral("s1") };
        QTest::newRow("nobody") << QStringLiteral("Bo") << false << QStringList {};
        QTest::newRow("only differing") << QString() << true << QStringList { QStringLiteral("s2") };
    }
    void filter()
    {
        QFETCH(QString, speaker);
        QFETCH(bool, onlyDiffering);
        QFETCH(QStringList, statements);
        auto result = std::const_pointer_cast<AnalysisResult>(makeResult());
        result->statements[1].alignment[1] = { { QStringLiteral("comment") }, DiffKind::Substitution };
        StatementModel model;
        model.setResult(result);
        StatementFilterModel proxy;
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&model);
        proxy.setSpeaker(speaker);
        proxy.setOnlyDiffering(onlyDiffering);
        QStringList shown;
        for (int r = 0; r < proxy.rowCount(); ++r) {
            const QModelIndex s = proxy.index(r, 0);
            shown.append(s.data(StatementModel::StatementIdRole).toString());
            QCOMPARE(proxy.rowCount(s), s.data(StatementModel::RenderingCountRole).toInt());
            QCOMPARE(proxy.hasChildren(s), proxy.rowCount(s) > 0);
            QVERIFY(!proxy.hasChildren(proxy.index(0, 0, s)));
        }
        QCOMPARE(proxy.hasChildren(), !statements.isEmpty());
        QCOMPARE(shown, statements);
    }

    // A fixture corpus (quote styles) through the model: every statement and rendering reachable.
    void fixtureCorpus()
    {
        auto result
            = std::make_shared<const AnalysisResult>(TestSupport::fixtureAnalysis(QStringLiteral("quote-styles")));
        QVERIFY(!result->statements.isEmpty());
        StatementModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setResult(result);
        QCOMPARE(model.rowCount(), result->statements.size());
        int renderings = 0;
        for (int r = 0; r < model.rowCount(); ++r)
            renderings += model.rowCount(model.index(r, 0));
        QCOMPARE(renderings,
            result->quotes.size() - std::count_if(result->quotes.cbegin(), result->quotes.cend(), [](const Quote &q) {
                return q.statement.isEmpty();
            }));
    }

    // The values worked out row by row are the whole table's; a table of another result is not taken.
    // A statement too large to score on the GUI thread shows the analysis's similarities until the table
    // comes, then the table's, and the views are told.
    void largeStatementWaitsForTheTable()
    {
        const auto result = largeStatement(StatementModel::LargestScoredAtOnce + 1);
        StatementModel model;
        model.setResult(result);
        QCOMPARE(model.index(0, 0).data(StatementModel::MinSimilarityRole).toDouble(), 0.5);
        QCOMPARE(model.index(0, 0).data(StatementModel::OutletCountRole).toInt(), 9);
        const auto table = std::make_shared<const StatementTable>(StatementTable::build(*result));
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setTable(table);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(
            model.index(0, 0).data(StatementModel::MinSimilarityRole).toDouble(), table->minSimilarity.constFirst());

        // One rendering fewer is scored at once, as the table scores it.
        const auto smaller = largeStatement(StatementModel::LargestScoredAtOnce);
        StatementModel small;
        small.setResult(smaller);
        QCOMPARE(small.index(0, 0).data(StatementModel::MinSimilarityRole).toDouble(),
            StatementTable::build(*smaller).minSimilarity.constFirst());
    }

    void tableAndRowsAgree()
    {
        auto result
            = std::make_shared<const AnalysisResult>(TestSupport::fixtureAnalysis(QStringLiteral("quote-styles")));
        const auto values = [](const StatementModel &model) {
            QStringList lines;
            for (int r = 0; r < model.rowCount(); ++r) {
                const QModelIndex s = model.index(r, 0);
                QString line = QStringLiteral("%1 min %2 outlets %3 kind %4 |")
                                   .arg(s.data(StatementModel::StatementIdRole).toString())
                                   .arg(s.data(StatementModel::MinSimilarityRole).toDouble())
                                   .arg(s.data(StatementModel::OutletCountRole).toInt())
                                   .arg(s.data(StatementModel::SpeakerKindRole).toInt());
                for (int q = 0; q < model.rowCount(s); ++q)
                    line += QStringLiteral(" %1").arg(
                        model.index(q, 0, s).data(StatementModel::SimilarityRole).toDouble());
                lines.append(line);
            }
            return lines;
        };
        StatementModel model;
        model.setResult(result);
        const QStringList rowByRow = values(model);
        QVERIFY(!model.hasTable());
        model.setTable(std::make_shared<const StatementTable>(StatementTable::build(*makeResult())));
        QVERIFY(!model.hasTable());
        const auto table = std::make_shared<const StatementTable>(StatementTable::build(*result));
        QCOMPARE(table->minSimilarity.size(), result->statements.size());
        model.setTable(table);
        QVERIFY(model.hasTable());
        QCOMPARE(values(model), rowByRow);
        std::atomic_bool cancelled = true;
        QVERIFY(!StatementTable::build(*result, &cancelled).isComplete(*result));
    }
};

QTEST_GUILESS_MAIN(TestStatementModel)
#include "tst_statementmodel.moc"
