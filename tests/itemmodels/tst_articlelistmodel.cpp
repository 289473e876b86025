// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "itemmodels/articlelistmodel.h"

#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QStandardPaths>
#include <QTest>

namespace
{
// Four invented articles: two outlets, one without an outlet, one without a date, one date shared.
std::shared_ptr<const AnalysisResult> makeResult()
{
    auto r = std::make_shared<AnalysisResult>();
    const auto article = [](const QString &id, const QString &title, const QString &outlet, QDate published) {
        Article a = TestSupport::makeArticle(QStringLiteral("Body."), published, id);
        a.title = title;
        a.outlet = outlet;
        return a;
    };
    r->corpus.articles = {
        article(QStringLiteral("w1"), QStringLiteral("Bridge reopens"), QStringLiteral("Westside Gazette"),
            QDate(2025, 3, 2)),
        article(QStringLiteral("e1"), QStringLiteral("ferry strike ends"), QStringLiteral("Eastern Post"),
            QDate(2025, 3, 2)),
        article(QStringLiteral("n1"), QString(), QString(), QDate(2025, 1, 9)),
        article(QStringLiteral("e2"), QStringLiteral("Annual budget passed"), QStringLiteral("Eastern Post"), QDate()),
    };
    return r;
}

QStringList ids(const ArticleListModel &model)
{
    QStringList out;
    for (int row = 0; row < model.rowCount(); ++row)
        out.append(model.index(row, 0).data(ArticleListModel::ArticleIdRole).toString());
    return out;
}
}

class TestArticleListModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void sortsByKey_data()
    {
        QTest::addColumn<int>("key");
        QTest::addColumn<QStringList>("expected");
        // Undated first; on the same day by outlet.
        QTest::newRow("date") << int(ArticleListModel::SortKey::Date)
                              << QStringList { QStringLiteral("e2"), QStringLiteral("n1"), QStringLiteral("e1"),
                                     QStringLiteral("w1") };
        // No outlet sorts first; then by date within an outlet.
        QTest::newRow("outlet") << int(ArticleListModel::SortKey::Outlet)
                                << QStringList { QStringLiteral("n1"), QStringLiteral("e2"), QStringLiteral("e1"),
                                       QStringLiteral("w1") };
        // By title, case-insensitively as the locale orders; an untitled article by its id.
        QTest::newRow("title") << int(ArticleListModel::SortKey::Title)
                               << QStringList { QStringLiteral("e2"), QStringLiteral("w1"), QStringLiteral("e1"),
                                      QStringLiteral("n1") };
    }

    void sortsByKey()
    {
        QFETCH(int, key);
        QFETCH(QStringList, expected);
        const auto result = makeResult();
        QCOMPARE(ArticleListModel::order(*result, ArticleListModel::SortKey(key)).size(), 4);
        ArticleListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setResult(result);
        model.setSortKey(ArticleListModel::SortKey(key));
        QCOMPARE(ids(model), expected);
        // A prepared order is taken as it is.
        ArticleListModel prepared;
        prepared.setResult(result, ArticleListModel::order(*result, ArticleListModel::SortKey::Date));
        QCOMPARE(ids(prepared).size(), 4);
    }

    void rowsShowTitleAndDetail()
    {
        ArticleListModel model;
        model.setResult(makeResult());
        const int untitled = model.rowOf(QStringLiteral("n1"));
        QCOMPARE(model.index(untitled, 0).data().toString(), QStringLiteral("n1"));
        QCOMPARE(model.index(untitled, 0).data(ArticleListModel::OutletRole).toString(), QStringLiteral("n1"));
        const QModelIndex w1 = model.index(model.rowOf(QStringLiteral("w1")), 0);
        QCOMPARE(w1.data().toString(), QStringLiteral("Bridge reopens"));
        QVERIFY(
            w1.data(ArticleListModel::DetailRole).toString().startsWith(QStringLiteral("Westside Gazette \u00b7 ")));
        QCOMPARE(w1.data(ArticleListModel::DateRole).toDate(), QDate(2025, 3, 2));
        QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), QStringLiteral("By date"));
    }

    void filtersByOutletKeepingPersistentIndexes()
    {
        ArticleListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setResult(makeResult());
        const QPersistentModelIndex west = model.index(model.rowOf(QStringLiteral("w1")), 0);
        const QPersistentModelIndex east = model.index(model.rowOf(QStringLiteral("e1")), 0);
        model.setOutlets({ QStringLiteral("Westside Gazette"), QStringLiteral("n1") });
        QCOMPARE(ids(model), QStringList({ QStringLiteral("n1"), QStringLiteral("w1") }));
        QCOMPARE(west.data(ArticleListModel::ArticleIdRole).toString(), QStringLiteral("w1"));
        QVERIFY(!east.isValid());
        QCOMPARE(model.rowOf(QStringLiteral("e1")), -1);
        model.setOutlets({});
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(west.data(ArticleListModel::ArticleIdRole).toString(), QStringLiteral("w1"));
        // A new result keeps the filter.
        model.setOutlets({ QStringLiteral("Eastern Post") });
        model.setResult(makeResult());
        QCOMPARE(ids(model), QStringList({ QStringLiteral("e2"), QStringLiteral("e1") }));
        model.setResult(nullptr);
        QCOMPARE(model.rowCount(), 0);
    }

    // The outlet ids worked out off the GUI thread filter as the model's own do; another result's are not taken.
    void outletIdsHandedOver()
    {
        const auto result = makeResult();
        const ArticleListModel::OutletIds made = ArticleListModel::outletIds(*result);
        QCOMPARE(made.names,
            QStringList({ QStringLiteral("Westside Gazette"), QStringLiteral("Eastern Post"), QStringLiteral("n1") }));
        QCOMPARE(made.byArticle, QList<int>({ 0, 1, 2, 1 }));
        ArticleListModel model;
        model.setResult(result);
        model.setOutletIds(result, std::make_shared<const ArticleListModel::OutletIds>(made));
        model.setOutlets({ QStringLiteral("Eastern Post") });
        QCOMPARE(ids(model), QStringList({ QStringLiteral("e2"), QStringLiteral("e1") }));
        // Ids naming every article's outlet "Eastern Post", for another result: ignored.
        ArticleListModel::OutletIds wrong { { QStringLiteral("Eastern Post") }, { 0, 0, 0, 0 } };
        model.setOutletIds(makeResult(), std::make_shared<const ArticleListModel::OutletIds>(wrong));
        model.setOutlets({ QStringLiteral("Eastern Post"), QStringLiteral("n1") });
        QCOMPARE(ids(model), QStringList({ QStringLiteral("e2"), QStringLiteral("n1"), QStringLiteral("e1") }));
    }
};

QTEST_GUILESS_MAIN(TestArticleListModel)
#include "tst_articlelistmodel.moc"
