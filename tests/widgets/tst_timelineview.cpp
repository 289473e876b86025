// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "itemmodels/timelinefiltermodel.h"
#include "itemmodels/timelinemodel.h"
#include "syntheticanalysis.h"
#include "timeline/timelineindex.h"
#include "timeline/timelinequotes.h"
#include "timeline/timelineview.h"
#include "widgettestsupport.h"

#include <QMenu>
#include <QPainter>
#include <QRandomGenerator>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTest>
#include <QWheelEvent>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace
{
double day(int y, int m, int d)
{
    return TimelineGeometry::timeOf(QDate(y, m, d));
}

struct Fixture {
    std::shared_ptr<const AnalysisResult> result = SyntheticAnalysis::make();
    TimelineModel model;
    TimelineView view;
    Fixture()
    {
        model.setResult(result);
        view.setModel(&model);
        view.setQuoteMarks(TimelineQuotes::fromResult(*result));
        view.resize(1200, 420);
        view.show();
        view.fitAll();
        view.grab(); // paints once, so hit-testing has something to test
    }
    QPointF markerOf(int row) const { return markerIn(view, row); }
    static QPointF markerIn(const TimelineView &view, int row)
    {
        const auto [s, e] = view.index().timeOf(row);
        const TimelineLayout l = view.currentLayout();
        for (int y = int(l.lanes.top()); y < l.lanes.bottom(); y += 2) {
            const QPointF p(view.geometry().mapTimeToX((s + e) / 2), y);
            if (view.hitAt(p).first == row)
                return p;
        }
        return {};
    }
};

// Events as TimelineModel's roles, one per outlet: `outlets` lanes when laid out by outlet.
std::unique_ptr<QStandardItemModel> eventsByOutlet(int outlets)
{
    auto model = std::make_unique<QStandardItemModel>();
    for (int i = 0; i < outlets; ++i) {
        auto *item = new QStandardItem;
        item->setData(QStringLiteral("e%1").arg(i), TimelineModel::EventIdRole);
        item->setData(QStringLiteral("Event of outlet %1").arg(i), TimelineModel::LabelRole);
        item->setData(QDate(2025, 10, 1 + i), TimelineModel::StartDateRole);
        item->setData(QDate(2025, 10, 1 + i), TimelineModel::EndDateRole);
        item->setData(
            QStringList { QStringLiteral("A rather long outlet name, number %1").arg(i) }, TimelineModel::OutletsRole);
        model->appendRow(item);
    }
    return model;
}

// The hits `painter` reports when it paints `rect` with `from` to `to` (times) across its plot.
QList<TimelineHit> paintedHits(const TimelinePainter &painter, const QRectF &rect, double from, double to)
{
    const TimelineLayout l = painter.layout(rect, {});
    TimelineGeometry g;
    g.setPixelRange(l.plotLeft, l.plotRight);
    g.fit(from, to);
    QImage image(rect.size().toSize(), QImage::Format_ARGB32_Premultiplied);
    QPainter p(&image);
    QList<TimelineHit> hits;
    painter.paint(&p, rect, g, {}, &hits);
    return hits;
}

// Labelled items and those their "+N" stand for.
int labelledOrCounted(const QList<TimelineHit> &hits, bool quotes)
{
    int n = 0;
    for (const TimelineHit &h : hits) {
        if (h.label && (quotes ? h.quote >= 0 : h.row >= 0))
            n += 1 + h.hidden;
    }
    return n;
}
}

// The timeline view: index, level of detail, zoom and pan around the pointer, selection and keys.
class TestTimelineView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // Lanes given out of order and an event in several of them: navigation order, positions and the occupied
    // stretches are those worked out the plain way (every span sorted, then merged), also with a quote dated
    // centuries before the others (its days are too far apart to be marked one by one).
    void indexMatchesPlainReference_data()
    {
        QTest::addColumn<int>("strayYearsBack");
        QTest::newRow("quotes within a year") << 0;
        QTest::newRow("a quote four centuries back") << 400;
    }
    void indexMatchesPlainReference()
    {
        QFETCH(int, strayYearsBack);
        QRandomGenerator random(23);
        QList<TimelineLane> lanes(4);
        QList<std::pair<double, double>> spans;
        QList<TimelineItem> items;
        for (int row = 0; row < 300; ++row) {
            const double start = 2459000 + random.bounded(400);
            const double end = start + 1 + (random.bounded(5) == 0 ? random.bounded(90) : 0);
            const TimelineItem item { start, end, row, 0 };
            items.append(item);
            lanes[random.bounded(4)].items.append(item);
            if (row % 7 == 0)
                lanes[(row / 7) % 4].items.append(item);
        }
        for (TimelineLane &lane : lanes)
            std::shuffle(lane.items.begin(), lane.items.end(), random);
        QList<TimelineQuoteMark> marks;
        for (int i = 0; i < 40; ++i) {
            TimelineQuoteMark mark;
            mark.said = QDate::fromJulianDay(2458990 + random.bounded(420));
            mark.published = { mark.said.addDays(1), mark.said.addDays(random.bounded(30)) };
            std::sort(mark.published.begin(), mark.published.end());
            marks.append(mark);
        }
        if (strayYearsBack > 0)
            marks[17].said = marks.at(17).said.addYears(-strayYearsBack);
        TimelineIndex index;
        index.setLanes(lanes);
        index.setQuoteMarks(marks);

        std::stable_sort(items.begin(), items.end(), [](const TimelineItem &a, const TimelineItem &b) {
            return a.start < b.start || (a.start == b.start && a.row < b.row);
        });
        QCOMPARE(index.itemCount(), int(items.size()));
        QCOMPARE(index.firstRow(), items.constFirst().row);
        for (int i = 0; i + 1 < items.size(); ++i)
            QCOMPARE(index.neighbour(items.at(i).row, +1), items.at(i + 1).row);
        for (const TimelineItem &item : std::as_const(items))
            QCOMPARE(index.timeOf(item.row), std::pair(item.start, item.end));

        constexpr double longest = 45;
        for (const TimelineItem &item : std::as_const(items)) {
            if (item.end - item.start <= longest)
                spans.append({ item.start, item.end });
        }
        for (const TimelineQuoteMark &mark : std::as_const(marks)) {
            for (const QDate &d : mark.published)
                spans.append({ double(d.toJulianDay()), double(d.toJulianDay()) + 1 });
            spans.append({ double(mark.said.toJulianDay()), double(mark.said.toJulianDay()) + 1 });
        }
        std::sort(spans.begin(), spans.end());
        QList<std::pair<double, double>> merged;
        for (const auto &span : std::as_const(spans)) {
            if (!merged.isEmpty() && span.first <= merged.last().second)
                merged.last().second = std::max(merged.last().second, span.second);
            else
                merged.append(span);
        }
        QCOMPARE(index.occupied(longest), merged);
    }
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void indexBuildsLanes_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<QStringList>("lanes");
        QTest::newRow("category") << int(TimelineIndex::LaneMode::Category)
                                  << QStringList { QStringLiteral("diplomacy"), QStringLiteral("military") };
        QTest::newRow("outlet") << int(TimelineIndex::LaneMode::Outlet)
                                << QStringList { QStringLiteral("Alpha News"), QStringLiteral("Beta Daily") };
    }
    // The index reads a TimelineModel (behind its filter) through the events and outlet ids; it must make the
    // same lanes as from a model that only has the roles.
    void indexReadsTimelineModelAsItsRoles_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<QStringList>("outlets");
        QTest::newRow("category, every outlet") << int(TimelineIndex::LaneMode::Category) << QStringList();
        QTest::newRow("outlet, every outlet") << int(TimelineIndex::LaneMode::Outlet) << QStringList();
        QTest::newRow("outlet, one outlet")
            << int(TimelineIndex::LaneMode::Outlet) << QStringList { QStringLiteral("Beta Daily") };
        QTest::newRow("category, one outlet")
            << int(TimelineIndex::LaneMode::Category) << QStringList { QStringLiteral("Alpha News") };
    }
    void indexReadsTimelineModelAsItsRoles()
    {
        QFETCH(int, mode);
        QFETCH(QStringList, outlets);
        TimelineModel model;
        model.setResult(SyntheticAnalysis::make());
        TimelineFilterModel proxy;
        proxy.setSourceModel(&model);
        proxy.setOutlets(outlets);
        QVERIFY(proxy.rowCount() > 0);
        QStandardItemModel roles;
        for (int row = 0; row < proxy.rowCount(); ++row) {
            auto *item = new QStandardItem;
            for (const int role : { TimelineModel::StartDateRole, TimelineModel::EndDateRole,
                     TimelineModel::PrecisionRole, TimelineModel::HasConflictRole, TimelineModel::AnnotationCountRole,
                     TimelineModel::CategoryRole, TimelineModel::OutletsRole })
                item->setData(proxy.index(row, 0).data(role), role);
            roles.appendRow(item);
        }
        const auto lanesOf = [mode](const QAbstractItemModel *m) {
            TimelineIndex index;
            index.build(m, TimelineIndex::LaneMode(mode));
            QStringList lines;
            for (const TimelineLane &l : index.lanes()) {
                for (const TimelineItem &item : l.items)
                    lines.append(QStringLiteral("%1 %2 %3 %4 %5")
                                     .arg(l.name)
                                     .arg(item.start)
                                     .arg(item.end)
                                     .arg(item.row)
                                     .arg(item.flags));
            }
            return lines;
        };
        const QStringList expected = lanesOf(&roles);
        QVERIFY(!expected.isEmpty());
        QCOMPARE(lanesOf(&proxy), expected);
    }

    void indexBuildsLanes()
    {
        QFETCH(int, mode);
        QFETCH(QStringList, lanes);
        TimelineModel model;
        model.setResult(SyntheticAnalysis::make());
        TimelineIndex index;
        index.build(&model, TimelineIndex::LaneMode(mode));
        QStringList names;
        for (const TimelineLane &l : index.lanes())
            names.append(l.name);
        QCOMPARE(names, lanes);
        QCOMPARE(index.itemCount(), 4);
        // Month precision is a span, day precision a point; the conflict is flagged.
        const auto [s, e] = index.timeOf(1);
        QCOMPARE(e - s, 28.0);
        for (const TimelineLane &l : index.lanes()) {
            for (const TimelineItem &item : l.items) {
                QCOMPARE(bool(item.flags & TimelineItem::Point), item.row != 1);
                QCOMPARE(bool(item.flags & TimelineItem::Conflict), item.row == 2);
            }
        }
    }

    void visibleRangeMatchesBruteForce_data()
    {
        QTest::addColumn<double>("from");
        QTest::addColumn<double>("to");
        QTest::newRow("all") << -1e6 << 1e6;
        QTest::newRow("middle") << 400.0 << 520.0;
        QTest::newRow("narrow") << 733.2 << 733.9;
        QTest::newRow("before everything") << -50.0 << -10.0;
    }
    void visibleRangeMatchesBruteForce()
    {
        QFETCH(double, from);
        QFETCH(double, to);
        QRandomGenerator random(7);
        TimelineLane lane;
        for (int i = 0; i < 5000; ++i) {
            const double start = random.bounded(1000.0);
            const double length = random.bounded(4) == 0 ? random.bounded(60.0) : 1.0;
            lane.items.append({ start, start + length, i, 0 });
        }
        TimelineIndex index;
        index.setLanes({ lane });
        const auto [first, last] = index.visibleRange(0, from, to);
        int expected = 0;
        int found = 0;
        const TimelineLane &sorted = index.lanes().constFirst();
        for (int i = 0; i < sorted.items.size(); ++i) {
            const TimelineItem &item = sorted.items.at(i);
            const bool overlaps = item.start < to && item.end > from;
            expected += overlaps;
            if (overlaps) {
                QVERIFY(i >= first && i < last); // every overlapping item is a candidate
                ++found;
            }
        }
        QCOMPARE(found, expected);
    }

    void wheelZoomKeepsPointerTime()
    {
        Fixture f;
        const QPointF pos(700, 200);
        const double before = f.view.geometry().mapXToTime(pos.x());
        const double span = f.view.geometry().visibleAxisDays();
        QWheelEvent wheel(pos, f.view.mapToGlobal(pos), QPoint(), QPoint(0, 240), Qt::NoButton, Qt::NoModifier,
            Qt::NoScrollPhase, false);
        QApplication::sendEvent(&f.view, &wheel);
        QVERIFY(f.view.geometry().visibleAxisDays() < span);
        QVERIFY(std::abs(f.view.geometry().mapXToTime(pos.x()) - before) < 1e-6);
    }

    void dragPansAndKeepsGrabbedTime()
    {
        Fixture f;
        const QPoint from(600, 300);
        const QPoint to(450, 300);
        const double grabbed = f.view.geometry().mapXToTime(from.x());
        QTest::mousePress(&f.view, Qt::LeftButton, Qt::NoModifier, from);
        QMouseEvent move(QEvent::MouseMove, QPointF(to), f.view.mapToGlobal(QPointF(to)), Qt::NoButton, Qt::LeftButton,
            Qt::NoModifier);
        QApplication::sendEvent(&f.view, &move);
        QTest::mouseRelease(&f.view, Qt::LeftButton, Qt::NoModifier, to);
        QVERIFY(std::abs(f.view.geometry().mapXToTime(to.x()) - grabbed) < 1e-6);
    }

    void fitAllShowsEverything()
    {
        Fixture f;
        f.view.zoomIn();
        f.view.zoomIn();
        f.view.fitAll();
        const auto [lo, hi] = f.view.index().extent();
        QVERIFY(f.view.geometry().visibleStart() <= lo);
        QVERIFY(f.view.geometry().visibleEnd() >= hi);
        // Background and story both readable: the story's fortnight gets a real width.
        const double story
            = f.view.geometry().mapTimeToX(day(2025, 10, 31)) - f.view.geometry().mapTimeToX(day(2025, 10, 20));
        QVERIFY2(story > 100, qPrintable(QString::number(story)));
    }

    void keyboardStepsThroughEventsInTime()
    {
        Fixture f;
        QSignalSpy spy(&f.view, &TimelineView::eventSelected);
        QList<QDate> starts;
        for (int i = 0; i < 4; ++i) {
            QTest::keyClick(&f.view, Qt::Key_Right);
            starts.append(f.view.selectedIndex().data(TimelineModel::StartDateRole).toDate());
        }
        QCOMPARE(spy.count(), 4);
        QCOMPARE(
            starts, (QList<QDate> { QDate(2018, 6, 12), QDate(2019, 2, 1), QDate(2025, 10, 22), QDate(2025, 10, 27) }));
        QTest::keyClick(&f.view, Qt::Key_Left);
        QCOMPARE(f.view.selectedIndex().data(TimelineModel::StartDateRole).toDate(), QDate(2025, 10, 22));
    }

    void clickSelectsEventUnderPointer()
    {
        Fixture f;
        const QPointF p = f.markerOf(2);
        QVERIFY(!p.isNull());
        QSignalSpy spy(&f.view, &TimelineView::eventSelected);
        QTest::mouseClick(&f.view, Qt::LeftButton, Qt::NoModifier, p.toPoint());
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.constFirst().constFirst().toString(), QStringLiteral("e3"));
    }

    void highlightRingsTheNamedEvents()
    {
        Fixture f;
        const QString id = f.model.index(1, 0).data(TimelineModel::EventIdRole).toString();
        const QPointF marker = f.markerOf(1);
        QVERIFY(!marker.isNull());
        const QRect around = QRectF(marker - QPointF(12, 12), QSizeF(24, 24)).toAlignedRect();
        const QImage before = f.view.grab().toImage().copy(around);
        f.view.setHighlightedEvents({ id, QStringLiteral("no-such-event") });
        QCOMPARE(f.view.highlightedRows(), QSet<int> { 1 });
        QVERIFY(f.view.grab().toImage().copy(around) != before);
        f.view.setHighlightedEvents({});
        QVERIFY(f.view.highlightedRows().isEmpty());
        QCOMPARE(f.view.grab().toImage().copy(around), before);
    }
    // Rings follow the rows the view shows: after a filter hides earlier events, the same event is found at
    // its new row, and a hidden one is not ringed.
    void highlightFollowsAFilter()
    {
        const auto result = SyntheticAnalysis::make();
        TimelineModel model;
        model.setResult(result);
        TimelineFilterModel filter;
        filter.setSourceModel(&model);
        TimelineView view;
        view.setModel(&filter);
        const QString last = model.index(model.rowCount() - 1, 0).data(TimelineModel::EventIdRole).toString();
        const QString first = model.index(0, 0).data(TimelineModel::EventIdRole).toString();
        view.setHighlightedEvents({ last });
        QCOMPARE(view.highlightedRows(), QSet<int> { model.rowCount() - 1 });
        filter.setCategories({ filter.index(filter.rowCount() - 1, 0).data(TimelineModel::CategoryRole).toString() });
        QVERIFY(filter.rowCount() < model.rowCount());
        int shown = -1;
        for (int row = 0; row < filter.rowCount(); ++row) {
            if (filter.index(row, 0).data(TimelineModel::EventIdRole).toString() == last)
                shown = row;
        }
        QVERIFY(shown >= 0);
        view.setHighlightedEvents({ last, first });
        const bool firstShown = filter.index(0, 0).data(TimelineModel::EventIdRole).toString() == first;
        QCOMPARE(view.highlightedRows(), firstShown ? (QSet<int> { 0, shown }) : QSet<int> { shown });
        QTest::qWait(0);
        QCOMPARE(view.highlightedRows(), firstShown ? (QSet<int> { 0, shown }) : QSet<int> { shown });
    }

    // The event menu is asked for by event id: sorted or filtered, the menu acts on the event named, and an
    // event the timeline does not show gets the empty timeline's menu.
    void eventMenuNamesItsEvent_data()
    {
        QTest::addColumn<QString>("eventId");
        QTest::addColumn<QString>("offered"); // the event the menu acts on; empty: the empty timeline's menu
        QTest::newRow("the last row") << u"e0"_s << u"e0"_s;
        QTest::newRow("the first row") << u"e3"_s << u"e3"_s;
        QTest::newRow("a middle row") << u"e1"_s << u"e1"_s;
        QTest::newRow("filtered out") << u"e2"_s << QString();
        QTest::newRow("unknown") << u"no-such-event"_s << QString();
        QTest::newRow("none") << QString() << QString();
    }

    void eventMenuNamesItsEvent()
    {
        QFETCH(QString, eventId);
        QFETCH(QString, offered);
        const auto events = eventsByOutlet(4);
        // Newest first and without e2, so that rows and the source's order disagree.
        QSortFilterProxyModel shown;
        shown.setSourceModel(events.get());
        shown.setFilterRole(TimelineModel::EventIdRole);
        shown.setFilterRegularExpression(u"^e[013]$"_s);
        shown.setSortRole(TimelineModel::EventIdRole);
        shown.sort(0, Qt::DescendingOrder);
        QCOMPARE(shown.index(0, 0).data(TimelineModel::EventIdRole).toString(), u"e3"_s);
        TimelineView view;
        view.setModel(&shown);
        QStringList requested; // the event ids eventMenuRequested names
        connect(&view, &TimelineView::eventMenuRequested, this,
            [&requested](QMenu *, const QString &id) { requested.append(id); });
        QSignalSpy annotate(&view, &TimelineView::annotateEventRequested);
        std::unique_ptr<QMenu> menu(view.createEventMenu(eventId, nullptr));
        QCOMPARE(requested, QStringList { offered });
        QAction *action = WidgetTestSupport::menuAction(*menu, u"annotateEvent"_s);
        QCOMPARE(action != nullptr, !offered.isEmpty());
        if (action) {
            action->trigger();
            QCOMPARE(annotate.size(), 1);
            QCOMPARE(annotate.constFirst().constFirst().toString(), offered);
        }
    }

    void zoomToSelectionCentresIt()
    {
        Fixture f;
        f.view.selectRow(3);
        f.view.zoomToSelection();
        const auto [s, e] = f.view.index().timeOf(3);
        QVERIFY(f.view.geometry().visibleStart() < s && f.view.geometry().visibleEnd() > e);
        QVERIFY(f.view.geometry().visibleAxisDays() < 30);
    }

    void quoteLaneMarksStatements()
    {
        Fixture f;
        QCOMPARE(f.view.index().quoteMarks().size(), 2);
        const TimelineQuoteMark &s1 = f.view.index().quoteMarks().constFirst();
        QCOMPARE(s1.statementId, QStringLiteral("s1"));
        QCOMPARE(s1.published, (QList<QDate> { QDate(2025, 10, 28), QDate(2025, 10, 30) }));
        QVERIFY(!s1.said.isValid());
    }

    void zoomOutStopsNearFitAll()
    {
        Fixture f;
        const double fitted = f.view.geometry().visibleAxisDays();
        for (int i = 0; i < 30; ++i)
            f.view.zoomOut();
        QVERIFY2(f.view.geometry().visibleAxisDays() <= fitted * 1.6,
            qPrintable(QStringLiteral("%1 vs %2").arg(f.view.geometry().visibleAxisDays()).arg(fitted)));
    }

    // The quotes lane arrives from a worker after the events: it is shown beside the events' lanes as they
    // were, and reaches the time the view can be fitted to.
    void quoteMarksJoinTheEventLanes()
    {
        const auto model = eventsByOutlet(3);
        TimelineView view;
        view.setModel(model.get());
        view.setLaneMode(TimelineIndex::LaneMode::Outlet);
        const int lanes = int(view.index().lanes().size());
        const int items = view.index().itemCount();
        QVERIFY(lanes > 0 && items > 0);
        const double end = view.index().extent().second;
        TimelineQuoteMark mark { QStringLiteral("s1"), QStringLiteral("Someone"),
            QStringLiteral("Someone: \u201cyes\u201d"), {}, { QDate(2031, 1, 5) } };
        view.setQuoteMarks({ mark });
        QCOMPARE(view.index().quoteMarks().size(), 1);
        QCOMPARE(int(view.index().lanes().size()), lanes);
        QCOMPARE(view.index().itemCount(), items);
        QVERIFY(view.index().extent().second > end);
        view.setQuoteMarks({});
        QVERIFY(view.index().quoteMarks().isEmpty());
        QCOMPARE(view.index().itemCount(), items);
        QCOMPARE(view.index().extent().second, end);
    }

    void manyLanesScrollAndKeepTheirLabels()
    {
        const auto model = eventsByOutlet(16);
        TimelineView view;
        view.setModel(model.get());
        view.setLaneMode(TimelineIndex::LaneMode::Outlet);
        TimelineQuoteMark mark { QStringLiteral("s1"), QStringLiteral("Someone"),
            QStringLiteral("Someone: \u201cyes\u201d"), {}, { QDate(2025, 10, 3) } };
        view.setQuoteMarks({ mark });
        view.resize(1000, 420);
        view.show();
        view.fitAll();
        view.grab();
        const TimelineLayout l = view.currentLayout();
        QCOMPARE(view.index().lanes().size(), 16);
        // Tall enough for a row of labels under the markers, so the lanes scroll.
        QVERIFY(l.laneHeight >= QFontMetricsF(view.font()).height() + 20);
        QVERIFY(!view.laneScrollBar()->isHidden());
        QVERIFY(view.laneScrollBar()->maximum() > 0);
        // The quotes lane stays at the bottom, whole, not covered by a note.
        QCOMPARE(l.quotesLane.bottom(), l.lanes.bottom());
        QCOMPARE(l.quotesLane.height(), l.laneHeight);
        // Scrolled to the end, the last lane's event can be clicked.
        const int lastRow = view.index().lanes().constLast().items.constFirst().row;
        QVERIFY(Fixture::markerIn(view, lastRow).isNull());
        view.laneScrollBar()->setValue(view.laneScrollBar()->maximum());
        view.grab();
        QVERIFY(!Fixture::markerIn(view, lastRow).isNull());
        // Selecting an event scrolls its lane into view.
        const int firstRow = view.index().lanes().constFirst().items.constFirst().row;
        QVERIFY(Fixture::markerIn(view, firstRow).isNull());
        view.selectRow(firstRow);
        view.grab();
        QVERIFY(!Fixture::markerIn(view, firstRow).isNull());
        WidgetTestSupport::maybeScreenshot(view, QStringLiteral("timeline-many-lanes.png"));
    }

    void everyLabelIsShownOrCounted_data()
    {
        QTest::addColumn<bool>("quotes");
        QTest::addColumn<int>("items");
        QTest::newRow("events on one day") << false << 30;
        QTest::newRow("statements on one day") << true << 30;
        QTest::newRow("a few statements") << true << 2;
    }
    void everyLabelIsShownOrCounted()
    {
        QFETCH(bool, quotes);
        QFETCH(int, items);
        TimelineIndex index;
        if (quotes) {
            QList<TimelineQuoteMark> marks;
            for (int i = 0; i < items; ++i)
                marks.append({ QStringLiteral("s%1").arg(i), QStringLiteral("Speaker %1").arg(i),
                    QStringLiteral("Speaker %1: \u201cwords\u201d").arg(i), {}, { QDate(2025, 10, 2) } });
            index.setQuoteMarks(marks);
        } else {
            TimelineLane lane { QStringLiteral("crowded"), {}, 0 };
            for (int i = 0; i < items; ++i)
                lane.items.append({ day(2025, 10, 2), day(2025, 10, 3), i, TimelineItem::Point });
            index.setLanes({ lane });
        }
        const TimelinePainter painter(index, nullptr, QPalette(), QFont());
        const QList<TimelineHit> hits
            = paintedHits(painter, QRectF(0, 0, 1000, 300), day(2025, 9, 28), day(2025, 10, 8));
        QCOMPARE(labelledOrCounted(hits, quotes), items);
    }

    // Regression: every label was cut at 190 pixels, so "Missile tests off the western …" stood
    // before an empty lane. A cut label takes back the room the next label in its row leaves free.
    void labelsTakeTheRoomTheyHave_data()
    {
        QTest::addColumn<bool>("quotes");
        QTest::addColumn<QList<int>>("days"); // of October 2025; the first item has the long label
        QTest::addColumn<bool>("wider"); // the long label is longer than the 190 pixels it was cut at
        QTest::addColumn<bool>("whole"); // and shown whole
        QTest::newRow("events, the lane empty after it") << false << QList<int> { 2 } << true << true;
        QTest::newRow("events, the next label two weeks on") << false << QList<int> { 2, 16 } << true << true;
        QTest::newRow("events, the next label in its row a week on") << false << QList<int> { 2, 9 } << true << false;
        // The second label hangs in the row below from a line down from its marker: not crossed.
        QTest::newRow("events, a leader line the next day") << false << QList<int> { 2, 3, 16 } << false << false;
        QTest::newRow("statements, the next two weeks on") << true << QList<int> { 2, 16 } << true << true;
        // Statement labels hang without leader lines.
        QTest::newRow("statements, the next in its row a week on") << true << QList<int> { 2, 3, 9 } << true << false;
    }
    void labelsTakeTheRoomTheyHave()
    {
        QFETCH(bool, quotes);
        QFETCH(QList<int>, days);
        QFETCH(bool, wider);
        QFETCH(bool, whole);
        const QString longLabel = QStringLiteral("Ferry services across the northern sound suspended after the storm");
        const auto labelOf = [&](int i) { return i == 0 ? longLabel : QStringLiteral("Harbour reopens %1").arg(i); };
        TimelineIndex index;
        QStandardItemModel model;
        if (quotes) {
            QList<TimelineQuoteMark> marks;
            for (int i = 0; i < days.size(); ++i)
                marks.append({ QStringLiteral("s%1").arg(i), QStringLiteral("Speaker %1").arg(i), labelOf(i), {},
                    { QDate(2025, 10, days.at(i)) } });
            index.setQuoteMarks(marks);
        } else {
            TimelineLane lane { QStringLiteral("transport"), {}, 0 };
            for (int i = 0; i < days.size(); ++i) {
                auto *item = new QStandardItem;
                item->setData(labelOf(i), TimelineModel::LabelRole);
                model.appendRow(item);
                lane.items.append({ day(2025, 10, days.at(i)), day(2025, 10, days.at(i) + 1), i, TimelineItem::Point });
            }
            index.setLanes({ lane });
        }
        const QFont font(QStringLiteral("DejaVu Sans"), 9);
        const TimelinePainter painter(index, &model, QPalette(), font);
        const QList<TimelineHit> hits
            = paintedHits(painter, QRectF(0, 0, 1000, 300), day(2025, 9, 28), day(2025, 10, 18));
        QList<QRectF> labels;
        QRectF first;
        for (const TimelineHit &h : std::as_const(hits)) {
            if (!h.label || (quotes ? h.quote : h.row) < 0)
                continue;
            labels.append(h.rect);
            if ((quotes ? h.quote : h.row) == 0)
                first = h.rect;
        }
        QCOMPARE(labels.size(), days.size());
        const double fullWidth = QFontMetricsF(font).horizontalAdvance(longLabel);
        QVERIFY2((first.width() > 190) == wider, qPrintable(QString::number(first.width())));
        QCOMPARE(qFuzzyCompare(first.width(), fullWidth), whole);
        // Never over the next label in its row.
        for (const QRectF &a : std::as_const(labels)) {
            for (const QRectF &b : std::as_const(labels)) {
                if (a != b && a.top() == b.top() && a.left() < b.left())
                    QVERIFY(a.right() + 6 <= b.left());
            }
        }
    }

    // A label of an event just after a shortened empty stretch starts past the stretch's zigzags, not on them.
    void labelsStartPastBreakMarks()
    {
        TimelineIndex index;
        QStandardItemModel model;
        TimelineLane lane { QStringLiteral("transport"), {}, 0 };
        // Years of nothing, then a year of monthly events: the stretch is drawn a few pixels wide, as in an export.
        QList<double> days { day(2012, 3, 1) };
        for (int month = 0; month < 12; ++month)
            days.append(day(2025, 10, 1) + month * 30.5);
        for (int i = 0; i < days.size(); ++i) {
            auto *item = new QStandardItem;
            item->setData(QStringLiteral("Harbour reopens %1").arg(i), TimelineModel::LabelRole);
            model.appendRow(item);
            lane.items.append({ days.at(i), days.at(i) + 1, i, TimelineItem::Point });
        }
        index.setLanes({ lane });
        const TimelinePainter painter(index, &model, QPalette(), QFont(QStringLiteral("DejaVu Sans"), 9));
        const QRectF rect(0, 0, 1000, 300);
        const TimelineLayout l = painter.layout(rect, {});
        TimelineGeometry g;
        g.setScale(TimeScale::fromRequests({ { day(2012, 3, 3), day(2025, 10, 1), 4, true } }));
        g.setPixelRange(l.plotLeft, l.plotRight);
        g.fit(days.first() - 2, days.last() + 2);
        QCOMPARE(g.scale().gaps().size(), 1);
        const TimeScale::Gap &gap = g.scale().gaps().first();
        const double mid = (g.mapTimeToX(gap.time0) + g.mapTimeToX(gap.time1)) / 2;
        // The first event after the stretch is drawn close enough to its zigzags for its label to start on them.
        QVERIFY2(
            g.mapTimeToX(days.at(1) + 0.5) - 4 < mid + 8, qPrintable(QString::number(g.mapTimeToX(days.at(1)) - mid)));
        QImage image(rect.size().toSize(), QImage::Format_ARGB32_Premultiplied);
        QPainter p(&image);
        QList<TimelineHit> hits;
        painter.paint(&p, rect, g, {}, &hits);
        int labels = 0;
        for (const TimelineHit &h : std::as_const(hits)) {
            if (!h.label || h.row < 1)
                continue;
            ++labels;
            QVERIFY2(h.rect.left() >= mid + 8,
                qPrintable(u"%1 at %2, the break at %3"_s.arg(h.row).arg(h.rect.left()).arg(mid)));
        }
        QVERIFY(labels > 0);
    }

    void paintsDenseLanesAsDensity()
    {
        // 200,000 events in a year on a 1200 px view: density bars, and fast.
        TimelineLane lane { QStringLiteral("dense"), {}, 0 };
        QRandomGenerator random(3);
        for (int i = 0; i < 200000; ++i) {
            const double t = day(2024, 1, 1) + random.bounded(366.0);
            lane.items.append({ t, t + 1, i, TimelineItem::Point });
        }
        TimelineIndex index;
        index.setLanes({ lane });
        const TimelinePainter painter(index, nullptr, QPalette(), QFont());
        const QList<TimelineHit> hits = paintedHits(painter, QRectF(0, 0, 1200, 400), day(2024, 1, 1), day(2025, 1, 1));
        QVERIFY(hits.isEmpty()); // no single items drawn
    }
};

QTEST_MAIN(TestTimelineView)
#include "tst_timelineview.moc"
