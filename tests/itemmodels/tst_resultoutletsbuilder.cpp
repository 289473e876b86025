// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "itemmodels/resultoutletsbuilder.h"

#include "testsupport.h"

#include <QStandardPaths>
#include <QTest>

namespace
{
// Four invented articles (one without an outlet, two outlets told apart only by case) and three events.
std::shared_ptr<const AnalysisResult> makeResult()
{
    auto r = std::make_shared<AnalysisResult>();
    const auto article = [](const QString &id, const QString &outlet) {
        Article a = TestSupport::makeArticle(QStringLiteral("Body."), QDate(2025, 3, 2), id);
        a.outlet = outlet;
        return a;
    };
    r->corpus.articles = { article(QStringLiteral("w1"), QStringLiteral("Westside Gazette")),
        article(QStringLiteral("e1"), QStringLiteral("eastern Post")), article(QStringLiteral("n1"), QString()),
        article(QStringLiteral("w2"), QStringLiteral("Westside Gazette")) };
    const auto event = [](const QString &id, const QList<int> &articles) {
        Event e;
        e.id = id;
        for (const int a : articles) {
            EventMention m;
            m.article = a;
            e.mentions.append(m);
        }
        return e;
    };
    r->events = { event(QStringLiteral("ferry"), { 2, 0, 3, 1 }), event(QStringLiteral("bridge"), { 1 }),
        event(QStringLiteral("budget"), {}) };
    return r;
}

// Each event's outlets as names read through the ids.
QStringList namesByEvent(const TimelineModel::OutletIds &ids)
{
    QStringList lines;
    for (const QList<int> &event : ids.byEvent) {
        QStringList names;
        for (const int id : event)
            names.append(ids.names.at(id));
        lines.append(names.join(QLatin1Char(',')));
    }
    return lines;
}
}

class TestResultOutletsBuilder : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    // Distinct outlets sorted without regard to case, an article without one by its id; each event's outlets in
    // mention order, as names and as ids.
    void buildsOutlets()
    {
        const ResultOutlets outlets = ResultOutletsBuilder().build(*makeResult());
        QCOMPARE(outlets.names,
            (QStringList { QStringLiteral("eastern Post"), QStringLiteral("n1"), QStringLiteral("Westside Gazette") }));
        const QStringList expected { QStringLiteral("n1,Westside Gazette,eastern Post"), QStringLiteral("eastern Post"),
            QString() };
        QVERIFY(outlets.eventOutlets);
        QStringList joined;
        for (const QStringList &event : *outlets.eventOutlets)
            joined.append(event.join(QLatin1Char(',')));
        QCOMPARE(joined, expected);
        QVERIFY(outlets.outletIds);
        QCOMPARE(namesByEvent(*outlets.outletIds), expected);
        // Each article's outlet, for the article list's filter.
        QVERIFY(outlets.articleOutlets);
        QStringList byArticle;
        for (const int id : outlets.articleOutlets->byArticle)
            byArticle.append(outlets.articleOutlets->names.at(id));
        QCOMPARE(byArticle,
            (QStringList { QStringLiteral("Westside Gazette"), QStringLiteral("eastern Post"), QStringLiteral("n1"),
                QStringLiteral("Westside Gazette") }));
    }

    // Not listing the outlets (only the events changed) still gives each event's outlets.
    void withoutTheList()
    {
        const ResultOutlets outlets = ResultOutletsBuilder().setListOutlets(false).build(*makeResult());
        QVERIFY(outlets.names.isEmpty());
        QVERIFY(outlets.eventOutlets);
        QCOMPARE(outlets.eventOutlets->size(), 3);
        QVERIFY(outlets.outletIds);
        QCOMPARE(outlets.outletIds->byEvent.size(), 3);
        QVERIFY(outlets.articleOutlets);
    }
};

QTEST_GUILESS_MAIN(TestResultOutletsBuilder)
#include "tst_resultoutletsbuilder.moc"
