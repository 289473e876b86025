// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "itemmodels/timelinefiltermodel.h"
#include "itemmodels/timelinemodel.h"

#include "testsupport.h"

#include <algorithm>

#include <QAbstractItemModelTester>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

namespace
{
EventMention mention(int article, const QString &text, const QDate &start, const QDate &end, DatePrecision precision,
    DateBasis basis = DateBasis::Absolute, const QString &claim = {})
{
    EventMention m;
    m.article = article;
    m.span = { 10 * article, 10 * article + int(text.size()) };
    m.text = text;
    m.timex.text = start.isValid() ? start.toString(Qt::ISODate) : QStringLiteral("last month");
    m.timex.start = start;
    m.timex.end = end;
    m.timex.precision = precision;
    m.timex.basis = basis;
    m.claim = claim;
    return m;
}

Event event(const QString &id, const QString &label, const QString &category, const QDate &start, const QDate &end,
    DatePrecision precision, QList<EventMention> mentions)
{
    Event e;
    e.id = id;
    e.label = label;
    e.category = category;
    e.start = start;
    e.end = end;
    e.precision = precision;
    e.mentions = std::move(mentions);
    return e;
}

std::shared_ptr<const AnalysisResult> makeResult()
{
    auto result = std::make_shared<AnalysisResult>();
    const QStringList outlets { QStringLiteral("Alpha"), QStringLiteral("Beta"), QString() };
    for (int i = 0; i < outlets.size(); ++i) {
        Article a = TestSupport::makeArticle(QStringLiteral("text"), {}, QStringLiteral("art%1").arg(i));
        a.outlet = outlets.at(i);
        result->corpus.articles.append(a);
    }
    const QDate d1(2018, 6, 12);
    Event summit = event(QStringLiteral("e1"), QStringLiteral("Riverton summit"), QStringLiteral("diplomacy"), d1, d1,
        DatePrecision::Day,
        { mention(0, QStringLiteral("Whitfield and Okafor met in Riverton"), d1, d1, DatePrecision::Day),
            mention(1, QStringLiteral("the Riverton summit"), QDate(2018, 1, 1), QDate(2018, 12, 31),
                DatePrecision::Year) });
    summit.place = QStringLiteral("Riverton");
    summit.participants = QStringList { QStringLiteral("Whitfield"), QStringLiteral("Okafor") };
    const QDate t1(2025, 10, 1);
    const QDate t2(2025, 10, 31);
    Event tests = event(QStringLiteral("e2"), QStringLiteral("Naval drills"), QStringLiteral("military"), t1, t2,
        DatePrecision::Month,
        { mention(1, QStringLiteral("held two naval drills"), t1, t2, DatePrecision::Month,
              DateBasis::RelativeToPublication, QStringLiteral("two naval drills")),
            mention(2, QStringLiteral("staged several coastal drills"), t1, t2, DatePrecision::Month,
                DateBasis::Absolute, QStringLiteral("several coastal drills")) });
    tests.conflicts.append({ QStringLiteral("number"), { 0, 1 } });
    Event speech = event(QStringLiteral("e3"), QStringLiteral("Speech"), QStringLiteral("politics"), {}, {},
        DatePrecision::Unknown,
        { mention(0, QStringLiteral("Okafor told a rally last month"), {}, {}, DatePrecision::Unknown,
            DateBasis::RelativeToPublication) });
    result->events = { summit, tests, speech };
    return result;
}

// Many events, each mentioned in a few of 60 articles from six outlets, dated over two years at random: some
// undated, some spans, many sharing a day. For comparing the filter with a plain reference.
std::shared_ptr<const AnalysisResult> makeRandomResult(quint32 seed)
{
    QRandomGenerator random(seed);
    auto result = std::make_shared<AnalysisResult>();
    for (int i = 0; i < 60; ++i) {
        Article a = TestSupport::makeArticle(QStringLiteral("text"), {}, QStringLiteral("art%1").arg(i));
        a.outlet = i % 7 == 6 ? QString() : QStringLiteral("Outlet %1").arg(QChar(u'A' + i % 7));
        result->corpus.articles.append(a);
    }
    const QStringList categories { QStringLiteral("diplomacy"), QStringLiteral("military"), QString() };
    const QDate first(2020, 1, 1);
    const auto someDate = [&] { return first.addDays(random.bounded(730)); };
    for (int i = 0; i < 400; ++i) {
        QList<EventMention> mentions;
        for (int m = 0, n = 1 + random.bounded(4); m < n; ++m) {
            const QDate day = random.bounded(8) == 0 ? QDate() : someDate();
            mentions.append(mention(random.bounded(60), QStringLiteral("mention %1").arg(m), day, day,
                day.isValid() ? DatePrecision::Day : DatePrecision::Unknown));
        }
        const int kind = random.bounded(10);
        const QDate start = kind == 0 ? QDate() : someDate();
        const QDate end = kind == 1 ? start.addDays(random.bounded(60)) : kind == 2 ? QDate() : start;
        result->events.append(
            event(QStringLiteral("e%1").arg(i), QStringLiteral("Event %1").arg(i), categories.at(random.bounded(3)),
                start, end, start == end ? DatePrecision::Day : DatePrecision::Month, mentions));
    }
    return result;
}

QString outletName(const AnalysisResult &result, int article)
{
    const Article &a = result.corpus.articles.at(article);
    return a.outlet.isEmpty() ? a.id : a.outlet;
}

// The filter's rows worked out the plain way: each event and mention tested in turn, then, when `sorted`, sorted by
// start date (undated last), end date, and source order. One line per event and per mention.
QStringList plainFilter(const AnalysisResult &result, const QStringList &outlets, const QDate &from, const QDate &to,
    const QStringList &categories, bool sorted)
{
    const auto earlier = [](const QDate &a, const QDate &ea, int ra, const QDate &b, const QDate &eb, int rb) {
        if (a.isValid() != b.isValid())
            return a.isValid();
        if (a != b)
            return a < b;
        if (ea != eb)
            return ea.isValid() && (!eb.isValid() || ea < eb);
        return ra < rb;
    };
    QList<int> rows;
    for (int row = 0; row < result.events.size(); ++row) {
        const Event &e = result.events.at(row);
        if (!categories.isEmpty() && !categories.contains(e.category))
            continue;
        if (!outlets.isEmpty() && std::none_of(e.mentions.cbegin(), e.mentions.cend(), [&](const EventMention &m) {
                return outlets.contains(outletName(result, m.article));
            }))
            continue;
        if (from.isValid() || to.isValid()) {
            const QDate end = e.end.isValid() ? e.end : e.start;
            if (!e.start.isValid() || (from.isValid() && end < from) || (to.isValid() && e.start > to))
                continue;
        }
        rows.append(row);
    }
    if (sorted) {
        std::sort(rows.begin(), rows.end(), [&](int a, int b) {
            const Event &ea = result.events.at(a);
            const Event &eb = result.events.at(b);
            return earlier(ea.start, ea.end, a, eb.start, eb.end, b);
        });
    }
    QStringList lines;
    for (const int row : std::as_const(rows)) {
        const Event &e = result.events.at(row);
        lines.append(e.id);
        QList<int> shown;
        for (int m = 0; m < e.mentions.size(); ++m) {
            if (outlets.isEmpty() || outlets.contains(outletName(result, e.mentions.at(m).article)))
                shown.append(m);
        }
        if (sorted) {
            std::sort(shown.begin(), shown.end(), [&](int a, int b) {
                const Timex &ta = e.mentions.at(a).timex;
                const Timex &tb = e.mentions.at(b).timex;
                return earlier(ta.start, ta.end, a, tb.start, tb.end, b);
            });
        }
        for (const int m : std::as_const(shown))
            lines.append(
                QStringLiteral("  %1 %2").arg(e.mentions.at(m).text, outletName(result, e.mentions.at(m).article)));
    }
    return lines;
}

// The same lines, read from a model.
QStringList shownLines(const QAbstractItemModel &model)
{
    QStringList lines;
    for (int r = 0; r < model.rowCount(); ++r) {
        const QModelIndex e = model.index(r, 0);
        lines.append(e.data(TimelineModel::EventIdRole).toString());
        for (int c = 0; c < model.rowCount(e); ++c) {
            const QModelIndex m = model.index(c, 0, e);
            lines.append(
                QStringLiteral("  %1 %2").arg(m.data().toString(), m.data(TimelineModel::OutletRole).toString()));
        }
    }
    return lines;
}

QString dateText(const QVariant &v)
{
    const QDate d = v.toDate();
    return d.isValid() ? d.toString(Qt::ISODate) : QStringLiteral("-");
}

// One line per event and an indented line per mention, so model content compares as text.
QStringList dump(const QAbstractItemModel &model)
{
    QStringList lines;
    for (int r = 0; r < model.rowCount(); ++r) {
        const QModelIndex e = model.index(r, 0);
        lines.append(
            QStringLiteral("%1 %2 [%3..%4] %5 %6 outlets=%7 n=%8 conflict=%9")
                .arg(e.data(TimelineModel::EventIdRole).toString(), e.data().toString(),
                    dateText(e.data(TimelineModel::StartDateRole)), dateText(e.data(TimelineModel::EndDateRole)),
                    datePrecisionName(DatePrecision(e.data(TimelineModel::PrecisionRole).toInt())),
                    e.data(TimelineModel::CategoryRole).toString(),
                    e.data(TimelineModel::OutletsRole).toStringList().join(QLatin1Char(',')),
                    QString::number(e.data(TimelineModel::MentionCountRole).toInt()),
                    e.data(TimelineModel::HasConflictRole).toBool() ? QStringLiteral("yes") : QStringLiteral("no")));
        for (int c = 0; c < model.rowCount(e); ++c) {
            const QModelIndex m = model.index(c, 0, e);
            lines.append(
                QStringLiteral("  %1/%2 %3 \"%4\" %5")
                    .arg(m.data(TimelineModel::OutletRole).toString(), m.data(TimelineModel::ArticleIdRole).toString(),
                        m.data().toString(), m.data(TimelineModel::TimexTextRole).toString(),
                        m.data(TimelineModel::BasisRole).toString()));
        }
    }
    return lines;
}

const QStringList allLines {
    QStringLiteral("e1 Riverton summit [2018-06-12..2018-06-12] day diplomacy outlets=Alpha,Beta n=2 conflict=no"),
    QStringLiteral("  Alpha/art0 Whitfield and Okafor met in Riverton \"2018-06-12\" absolute"),
    QStringLiteral("  Beta/art1 the Riverton summit \"2018-01-01\" absolute"),
    QStringLiteral("e2 Naval drills [2025-10-01..2025-10-31] month military outlets=Beta,art2 n=2 conflict=yes"),
    QStringLiteral("  Beta/art1 held two naval drills \"2025-10-01\" relative-to-publication"),
    QStringLiteral("  art2/art2 staged several coastal drills \"2025-10-01\" absolute"),
    QStringLiteral("e3 Speech [-..-] unknown politics outlets=Alpha n=1 conflict=no"),
    QStringLiteral("  Alpha/art0 Okafor told a rally last month \"last month\" relative-to-publication"),
};
}

class TestTimelineModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void content()
    {
        TimelineModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setResult(makeResult());
        QCOMPARE(reset.count(), 1);
        QCOMPARE(dump(model), allLines);
        model.setResult(nullptr);
        QCOMPARE(model.rowCount(), 0);
    }

    // The events' outlets worked out off the GUI thread give the rows the model works out itself; they are
    // kept for their own result only.
    void eventOutletsHandedOver()
    {
        TimelineModel model;
        const auto result = makeResult();
        model.setResult(result);
        const TimelineModel::EventOutlets outlets = TimelineModel::eventOutlets(*result);
        QCOMPARE(outlets.size(), model.rowCount());
        for (int r = 0; r < model.rowCount(); ++r)
            QCOMPARE(outlets.at(r), model.index(r, 0).data(TimelineModel::OutletsRole).toStringList());
        model.setEventOutlets(result, std::make_shared<const TimelineModel::EventOutlets>(outlets));
        QCOMPARE(dump(model), allLines);
        // Another result's outlets are not taken: the rows stay the model's own.
        TimelineModel::EventOutlets wrong(outlets.size(), QStringList { QStringLiteral("Nowhere") });
        model.setEventOutlets(makeResult(), std::make_shared<const TimelineModel::EventOutlets>(wrong));
        QCOMPARE(dump(model), allLines);
        model.setResult(result);
        model.setEventOutlets(nullptr, std::make_shared<const TimelineModel::EventOutlets>(wrong));
        QCOMPARE(dump(model), allLines);
    }

    // Events are found by id in the model's current result; a new result's rows are looked up afresh.
    void rowOfEvent()
    {
        TimelineModel model;
        QCOMPARE(model.rowOfEvent(QStringLiteral("e1")), -1);
        model.setResult(makeResult());
        QCOMPARE(model.rowOfEvent(QStringLiteral("e1")), 0);
        QCOMPARE(model.rowOfEvent(QStringLiteral("e3")), 2);
        QCOMPARE(model.rowOfEvent(QStringLiteral("e4")), -1);
        auto reordered = std::make_shared<AnalysisResult>(*makeResult());
        std::reverse(reordered->events.begin(), reordered->events.end());
        model.setResult(reordered);
        QCOMPARE(model.rowOfEvent(QStringLiteral("e1")), 2);
        QCOMPARE(model.rowOfEvent(QStringLiteral("e3")), 0);
    }

    void eventRoles()
    {
        TimelineModel model;
        model.setResult(makeResult());
        const QModelIndex summit = model.index(0, 0);
        QCOMPARE(summit.data(TimelineModel::PlaceRole).toString(), QStringLiteral("Riverton"));
        QCOMPARE(summit.data(TimelineModel::ParticipantsRole).toStringList(),
            (QStringList { QStringLiteral("Whitfield"), QStringLiteral("Okafor") }));
        QCOMPARE(summit.data(TimelineModel::EventIdRole).toString(), QStringLiteral("e1"));
        QVERIFY(summit.data(Qt::ToolTipRole).toString().contains(QStringLiteral("Riverton summit")));

        const QModelIndex tests = model.index(1, 0);
        const QStringList conflicts = tests.data(TimelineModel::ConflictsRole).toStringList();
        QCOMPARE(conflicts.size(), 1);
        QVERIFY(conflicts.first().contains(QStringLiteral("two naval drills")));
        QVERIFY(conflicts.first().contains(QStringLiteral("several coastal drills")));

        const QModelIndex m = model.index(1, 0, tests);
        QCOMPARE(m.parent(), tests);
        QCOMPARE(m.data(TimelineModel::ArticleIndexRole).toInt(), 2);
        QCOMPARE(m.data(TimelineModel::EventIdRole).toString(), QStringLiteral("e2"));
        QCOMPARE(m.data(TimelineModel::SpanStartRole).toInt(), 20);
        QCOMPARE(m.data(TimelineModel::SpanEndRole).toInt(), 20 + 29);
        // A mention is named by its article and span, the key the event-edit log stores.
        QCOMPARE(m.data(TimelineModel::MentionIdRole).toString(),
            m.data(TimelineModel::ArticleIdRole).toString() + QStringLiteral("@20-49"));
        QCOMPARE(model.mention(m)->claim, QStringLiteral("several coastal drills"));
        QCOMPARE(model.event(m)->id, QStringLiteral("e2"));
        QCOMPARE(model.rowCount(m), 0);
    }

    void filter_data()
    {
        QTest::addColumn<QStringList>("outlets");
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QDate>("to");
        QTest::addColumn<QStringList>("expected");

        QTest::newRow("everything") << QStringList() << QDate() << QDate() << allLines;
        QTest::newRow("one outlet") << QStringList { QStringLiteral("Alpha") } << QDate() << QDate()
                                    << QStringList { allLines.at(0), allLines.at(1), allLines.at(6), allLines.at(7) };
        QTest::newRow("unnamed outlet falls back to the article id")
            << QStringList { QStringLiteral("art2") } << QDate() << QDate()
            << QStringList { allLines.at(3), allLines.at(5) };
        QTest::newRow("two outlets") << QStringList { QStringLiteral("Beta"), QStringLiteral("art2") } << QDate()
                                     << QDate()
                                     << QStringList { allLines.at(0), allLines.at(2), allLines.at(3), allLines.at(4),
                                            allLines.at(5) };
        QTest::newRow("from only: undated events drop out")
            << QStringList() << QDate(2019, 1, 1) << QDate()
            << QStringList { allLines.at(3), allLines.at(4), allLines.at(5) };
        QTest::newRow("to only") << QStringList() << QDate() << QDate(2018, 6, 12)
                                 << QStringList { allLines.at(0), allLines.at(1), allLines.at(2) };
        QTest::newRow("range overlapping a month event")
            << QStringList() << QDate(2025, 10, 30) << QDate(2025, 11, 5)
            << QStringList { allLines.at(3), allLines.at(4), allLines.at(5) };
        QTest::newRow("range between events")
            << QStringList() << QDate(2019, 1, 1) << QDate(2020, 1, 1) << QStringList();
        QTest::newRow("an outlet no event has")
            << QStringList { QStringLiteral("Gamma") } << QDate() << QDate() << QStringList();
        QTest::newRow("an outlet no event has and one some have") << QStringList { QStringLiteral("Gamma"),
            QStringLiteral("art2") } << QDate() << QDate() << QStringList { allLines.at(3), allLines.at(5) };
        QTest::newRow("outlet and range") << QStringList { QStringLiteral("Alpha") } << QDate(2018, 1, 1)
                                          << QDate(2030, 1, 1) << QStringList { allLines.at(0), allLines.at(1) };
    }

    void filter()
    {
        QFETCH(QStringList, outlets);
        QFETCH(QDate, from);
        QFETCH(QDate, to);
        QFETCH(QStringList, expected);

        // The same rows whether the model works the outlet ids out itself or they are handed over from a worker.
        for (const bool handedOver : { false, true }) {
            TimelineModel model;
            TimelineFilterModel proxy;
            QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
            proxy.setSourceModel(&model);
            const auto result = makeResult();
            model.setResult(result);
            if (handedOver) {
                const auto outletsOfEvents
                    = std::make_shared<const TimelineModel::EventOutlets>(TimelineModel::eventOutlets(*result));
                const auto ids
                    = std::make_shared<const TimelineModel::OutletIds>(TimelineModel::outletIds(*outletsOfEvents));
                model.setEventOutlets(result, outletsOfEvents, ids);
                QCOMPARE(model.outletIds(), ids);
            }
            proxy.setOutlets(outlets);
            proxy.setDateRange(from, to);
            QCOMPARE(dump(proxy), expected);

            proxy.setOutlets({});
            proxy.setDateRange({}, {});
            QCOMPARE(dump(proxy), allLines);
        }
    }

    // The chosen outlets are looked up again in a new result: an outlet id of the old one may name another outlet
    // in the new one.
    void outletFilterFollowsNewResult()
    {
        TimelineModel model;
        TimelineFilterModel proxy;
        proxy.setSourceModel(&model);
        model.setResult(makeResult());
        proxy.setOutlets({ QStringLiteral("art2") });
        QCOMPARE(dump(proxy), (QStringList { allLines.at(3), allLines.at(5) }));

        auto renamed = std::make_shared<AnalysisResult>(*makeResult());
        renamed->corpus.articles[2].outlet = QStringLiteral("Gamma");
        model.setResult(renamed);
        QCOMPARE(proxy.rowCount(), 0);
        proxy.setOutlets({ QStringLiteral("Gamma") });
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(proxy.index(0, 0).data(TimelineModel::EventIdRole).toString(), QStringLiteral("e2"));
    }

    // A fixture corpus (date forms) through the model and the proxy: every event and mention reachable, roles
    // consistent.
    void fixtureCorpus()
    {
        auto result = std::make_shared<AnalysisResult>(TestSupport::fixtureAnalysis(QStringLiteral("dates")));
        TimelineModel model;
        TimelineFilterModel proxy;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&model);
        model.setResult(result);
        QCOMPARE(model.rowCount(), int(result->events.size()));
        QVERIFY(model.rowCount() > 0);
        for (int r = 0; r < model.rowCount(); ++r) {
            const QModelIndex e = model.index(r, 0);
            QCOMPARE(model.rowCount(e), e.data(TimelineModel::MentionCountRole).toInt());
            QCOMPARE(e.data(TimelineModel::EventIdRole).toString(), result->events.at(r).id);
        }
        proxy.setDateRange(QDate(2022, 1, 1), QDate(2022, 12, 31));
        for (int r = 0; r < proxy.rowCount(); ++r) {
            const QModelIndex e = proxy.index(r, 0);
            QVERIFY(e.data(TimelineModel::StartDateRole).toDate() <= QDate(2022, 12, 31));
            QVERIFY(e.data(TimelineModel::EndDateRole).toDate() >= QDate(2022, 1, 1));
        }
        // The story dates events in that year and others; every one of that year, and only those, passes the range.
        const auto inYear = std::count_if(result->events.cbegin(), result->events.cend(), [](const Event &e) {
            const QDate end = e.end.isValid() ? e.end : e.start;
            return e.start.isValid() && e.start <= QDate(2022, 12, 31) && end >= QDate(2022, 1, 1);
        });
        QVERIFY(inYear > 0);
        QCOMPARE(proxy.rowCount(), int(inYear));
    }

    // Filter after filter, the rows shown are those a plain pass over the events picks, in the result's order and,
    // once sorted, in start-date order.
    void filterMatchesPlainReference()
    {
        const std::shared_ptr<const AnalysisResult> result = makeRandomResult(17);
        TimelineModel model;
        TimelineFilterModel proxy;
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&model);
        model.setResult(result);
        const QStringList someOutlets { QStringLiteral("Outlet B"), QStringLiteral("Outlet E"),
            QStringLiteral("art13") };
        const QStringList oneCategory { QStringLiteral("military") };
        const QDate from(2020, 9, 1);
        const QDate to(2021, 3, 31);
        struct Step {
            QStringList outlets;
            QDate from;
            QDate to;
            QStringList categories;
        };
        const QList<Step> steps { { {}, {}, {}, {} }, { someOutlets, {}, {}, {} }, { {}, {}, {}, {} },
            { someOutlets, from, to, {} }, { someOutlets, from, to, oneCategory }, { {}, from, {}, oneCategory },
            { { QStringLiteral("Outlet C") }, {}, to, {} }, { {}, {}, {}, {} } };
        for (const bool sorted : { false, true }) {
            if (sorted)
                proxy.sort(0, Qt::AscendingOrder);
            for (const Step &step : steps) {
                proxy.setOutlets(step.outlets);
                proxy.setDateRange(step.from, step.to);
                proxy.setCategories(step.categories);
                const QStringList expected
                    = plainFilter(*result, step.outlets, step.from, step.to, step.categories, sorted);
                QVERIFY(!expected.isEmpty());
                QCOMPARE(shownLines(proxy), expected);
            }
        }
    }

    void categories()
    {
        TimelineModel model;
        TimelineFilterModel proxy;
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&model);
        model.setResult(makeResult());
        proxy.setCategories({ QStringLiteral("military") });
        QCOMPARE(dump(proxy), (QStringList { allLines.at(3), allLines.at(4), allLines.at(5) }));
    }

    void sorting()
    {
        TimelineModel model;
        TimelineFilterModel proxy;
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&model);
        model.setResult(makeResult());

        const auto topIds = [&proxy] {
            QStringList ids;
            for (int r = 0; r < proxy.rowCount(); ++r)
                ids.append(proxy.index(r, 0).data(TimelineModel::EventIdRole).toString());
            return ids;
        };
        proxy.sort(0, Qt::DescendingOrder);
        QCOMPARE(topIds(), (QStringList { QStringLiteral("e3"), QStringLiteral("e2"), QStringLiteral("e1") }));
        proxy.sort(0, Qt::AscendingOrder);
        QCOMPARE(topIds(), (QStringList { QStringLiteral("e1"), QStringLiteral("e2"), QStringLiteral("e3") }));
        // Mentions sort by their own dates: the day-precise one starts later than its year-precise sibling.
        const QModelIndex summit = proxy.index(0, 0);
        QCOMPARE(proxy.index(0, 0, summit).data(TimelineModel::TimexTextRole).toString(), QStringLiteral("2018-01-01"));

        proxy.setSortRole(TimelineModel::LabelRole);
        proxy.sort(0, Qt::AscendingOrder);
        QCOMPARE(topIds(), (QStringList { QStringLiteral("e2"), QStringLiteral("e1"), QStringLiteral("e3") }));
    }
};

QTEST_GUILESS_MAIN(TestTimelineModel)
#include "tst_timelinemodel.moc"
