// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "timeline/contextlabels.h"
#include "timeline/labelplacer.h"
#include "timeline/timelinegeometry.h"
#include "timeline/timescale.h"

#include <QStandardPaths>
#include <QTest>

using Unit = TimelineGeometry::TickUnit;
Q_DECLARE_METATYPE(TimelineGeometry::TickUnit)

namespace
{
double day(int y, int m, int d)
{
    return TimelineGeometry::timeOf(QDate(y, m, d));
}

// Background in 2018-2019, the story in October 2025.
TimeScale storyScale()
{
    return TimeScale::squeezingGaps({ { day(2018, 6, 12), day(2018, 6, 13) }, { day(2019, 2, 1), day(2019, 3, 1) },
                                        { day(2025, 10, 20), day(2025, 11, 4) } },
        30, 10);
}
}

// The timeline's time <-> pixel geometry as a plain value: mapping, zoom, pan, ticks, squeezed stretches.
class TestTimelineGeometry : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale::c());
    }

    void roundTrip_data()
    {
        QTest::addColumn<bool>("squeezed");
        QTest::addColumn<double>("time");
        QTest::newRow("linear, story") << false << day(2025, 10, 22);
        QTest::newRow("linear, background") << false << day(2018, 6, 12);
        QTest::newRow("squeezed, before the first gap") << true << day(2018, 6, 12);
        QTest::newRow("squeezed, inside a gap") << true << day(2021, 1, 1);
        QTest::newRow("squeezed, between gaps") << true << day(2019, 2, 15);
        QTest::newRow("squeezed, after the last gap") << true << day(2025, 10, 30);
    }
    void roundTrip()
    {
        QFETCH(bool, squeezed);
        QFETCH(double, time);
        TimelineGeometry g;
        g.setScale(squeezed ? storyScale() : TimeScale());
        g.setPixelRange(100, 1100);
        g.fit(day(2018, 1, 1), day(2026, 1, 1));
        QVERIFY(std::abs(g.mapXToTime(g.mapTimeToX(time)) - time) < 1e-6);
    }

    void squeezeShrinksLongGapsOnly()
    {
        const TimeScale scale = storyScale();
        // 2018-06-13 → 2019-02-01 (233 days) and 2019-03-01 → 2025-10-20 are squeezed.
        QCOMPARE(scale.gaps().size(), 2);
        const TimeScale::Gap &big = scale.gaps().at(1);
        QVERIFY(big.axis1 - big.axis0 < 100);
        QVERIFY(big.axis1 - big.axis0 > 20); // grows with the stretch: longer than the 233-day one
        QVERIFY(big.axis1 - big.axis0 > scale.gaps().at(0).axis1 - scale.gaps().at(0).axis0);
        // Days outside gaps keep their length.
        QCOMPARE(scale.toAxis(day(2025, 10, 25)) - scale.toAxis(day(2025, 10, 24)), 1.0);
        QCOMPARE(scale.gapAt(day(2022, 1, 1)), 1);
        QCOMPARE(scale.gapAt(day(2025, 10, 25)), -1);
        // Nothing to squeeze when stretches are short.
        QVERIFY(TimeScale::squeezingGaps({ { 0, 10 }, { 40, 50 } }, 60, 30).gaps().isEmpty());
    }

    void storyReadableWhenFitted()
    {
        TimelineGeometry g;
        g.setScale(storyScale());
        g.setPixelRange(0, 1200);
        g.fit(day(2018, 6, 12), day(2025, 11, 4));
        // Linear, October 2025 would get 1200 * 15 / 2700 ≈ 7 px; squeezed, it gets a real share.
        const double storyWidth = g.mapTimeToX(day(2025, 11, 4)) - g.mapTimeToX(day(2025, 10, 20));
        QVERIFY2(storyWidth > 150, qPrintable(QString::number(storyWidth)));
    }

    void zoomKeepsAnchor_data()
    {
        QTest::addColumn<double>("factor");
        QTest::addColumn<double>("anchorX");
        QTest::addColumn<bool>("squeezed");
        QTest::newRow("in at the left") << 2.0 << 120.0 << false;
        QTest::newRow("in at the middle") << 3.5 << 600.0 << false;
        QTest::newRow("out at the right") << 0.5 << 1050.0 << false;
        QTest::newRow("in, squeezed scale") << 4.0 << 900.0 << true;
        QTest::newRow("out, squeezed scale") << 0.25 << 300.0 << true;
    }
    void zoomKeepsAnchor()
    {
        QFETCH(double, factor);
        QFETCH(double, anchorX);
        QFETCH(bool, squeezed);
        TimelineGeometry g;
        g.setScale(squeezed ? storyScale() : TimeScale());
        g.setPixelRange(100, 1100);
        g.fit(day(2018, 1, 1), day(2026, 1, 1));
        const double before = g.mapXToTime(anchorX);
        const double span = g.visibleAxisDays();
        g.zoom(factor, anchorX);
        QVERIFY(std::abs(g.mapXToTime(anchorX) - before) < 1e-6);
        QVERIFY(std::abs(g.visibleAxisDays() - span / factor) < 1e-6);
    }

    void zoomIsLimited()
    {
        TimelineGeometry g;
        g.setPixelRange(0, 1000);
        g.fit(day(2025, 10, 1), day(2025, 10, 31));
        for (int i = 0; i < 50; ++i)
            g.zoom(2, 500);
        QCOMPARE(g.visibleAxisDays(), TimelineGeometry::MinVisibleDays);
        for (int i = 0; i < 80; ++i)
            g.zoom(0.5, 500);
        QCOMPARE(g.visibleAxisDays(), TimelineGeometry::MaxVisibleDays);
    }

    void panMovesContent_data()
    {
        QTest::addColumn<double>("dx");
        QTest::newRow("right") << 140.0;
        QTest::newRow("left") << -333.0;
    }
    void panMovesContent()
    {
        QFETCH(double, dx);
        TimelineGeometry g;
        g.setPixelRange(0, 1000);
        g.fit(day(2025, 10, 1), day(2025, 11, 1));
        const double t = day(2025, 10, 15);
        const double x = g.mapTimeToX(t);
        g.pan(dx);
        QVERIFY(std::abs(g.mapTimeToX(t) - (x + dx)) < 1e-6);
    }

    void tickUnitAdapts_data()
    {
        QTest::addColumn<double>("days");
        QTest::addColumn<Unit>("major");
        // 1000 px wide; labels need 64 px.
        QTest::newRow("a week: days") << 7.0 << Unit::Day;
        QTest::newRow("two months: weeks") << 60.0 << Unit::Week;
        QTest::newRow("a year: months") << 400.0 << Unit::Month;
        QTest::newRow("five years: quarters") << 1400.0 << Unit::Quarter;
        QTest::newRow("twelve years: years") << 4380.0 << Unit::Year;
        QTest::newRow("fifty years: five years") << 18262.0 << Unit::FiveYears;
        QTest::newRow("a century: decades") << 36525.0 << Unit::Decade;
        QTest::newRow("four centuries") << 146100.0 << Unit::Century;
    }
    void tickUnitAdapts()
    {
        QFETCH(double, days);
        QFETCH(Unit, major);
        TimelineGeometry g;
        g.setPixelRange(0, 1000);
        g.setVisibleTime(day(2000, 1, 1), day(2000, 1, 1) + days);
        QCOMPARE(g.majorUnit(), major);
        const QList<TimelineGeometry::Tick> ticks = g.ticks();
        QVERIFY(!ticks.isEmpty());
        double lastMajor = -1e9;
        for (const auto &t : ticks) {
            QVERIFY(t.x >= g.left() - 1e-6 && t.x <= g.right() + 1e-6);
            if (!t.major)
                continue;
            QVERIFY(!t.label.isEmpty());
            QVERIFY2(t.x - lastMajor >= TimelineGeometry::MinLabelSpacing * 0.85, qPrintable(t.label));
            lastMajor = t.x;
        }
    }

    void tickLabels_data()
    {
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QDate>("to");
        QTest::addColumn<QStringList>("labels");
        QTest::addColumn<QStringList>("context");
        QTest::newRow("days") << QDate(2025, 10, 20) << QDate(2025, 10, 24)
                              << QStringList { QStringLiteral("Mon 20"), QStringLiteral("Tue 21"),
                                     QStringLiteral("Wed 22"), QStringLiteral("Thu 23"), QStringLiteral("Fri 24") }
                              << QStringList { QStringLiteral("October 2025") };
        QTest::newRow("months") << QDate(2025, 1, 1) << QDate(2025, 12, 31)
                                << QStringList { QStringLiteral("Jan"), QStringLiteral("Feb"), QStringLiteral("Mar"),
                                       QStringLiteral("Apr"), QStringLiteral("May"), QStringLiteral("Jun"),
                                       QStringLiteral("Jul"), QStringLiteral("Aug"), QStringLiteral("Sep"),
                                       QStringLiteral("Oct"), QStringLiteral("Nov"), QStringLiteral("Dec") }
                                << QStringList { QStringLiteral("2025") };
        QTest::newRow("years") << QDate(2010, 1, 1) << QDate(2019, 12, 31)
                               << QStringList { QStringLiteral("2010"), QStringLiteral("2011"), QStringLiteral("2012"),
                                      QStringLiteral("2013"), QStringLiteral("2014"), QStringLiteral("2015"),
                                      QStringLiteral("2016"), QStringLiteral("2017"), QStringLiteral("2018"),
                                      QStringLiteral("2019") }
                               << QStringList {};
    }
    void tickLabels()
    {
        QFETCH(QDate, from);
        QFETCH(QDate, to);
        QFETCH(QStringList, labels);
        QFETCH(QStringList, context);
        TimelineGeometry g;
        g.setPixelRange(0, 1000);
        g.setVisibleTime(TimelineGeometry::timeOf(from), TimelineGeometry::timeOf(to) + 0.99);
        QStringList got;
        for (const auto &t : g.ticks()) {
            if (t.major)
                got.append(t.label);
        }
        QCOMPARE(got, labels);
        QStringList gotContext;
        for (const auto &t : g.contextLabels())
            gotContext.append(t.label);
        QCOMPARE(gotContext, context);
    }

    void noTicksInsideSqueezedStretches()
    {
        TimelineGeometry g;
        g.setScale(storyScale());
        g.setPixelRange(0, 1000);
        g.fit(day(2018, 6, 1), day(2025, 11, 5));
        const TimeScale::Gap &big = g.scale().gaps().at(1);
        for (const auto &t : g.ticks())
            QVERIFY2(t.time <= big.time0 || t.time >= big.time1, qPrintable(QString::number(t.time)));
        // After the break the reader is told where they are.
        bool storyContext = false;
        for (const auto &c : g.contextLabels())
            storyContext |= c.label.contains(QLatin1String("2025"));
        QVERIFY(storyContext);
    }

    // Regression: a piece that began late in a year was named by that year right beside the next
    // year's "Jan", and a year split by a shortened stretch was named twice.
    void contextLabelsNamePeriodsAtTheirStartOnce_data()
    {
        QTest::addColumn<QList<double>>("occupied"); // pairs of start, end
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QDate>("to");
        QTest::addColumn<QStringList>("labels");
        QTest::newRow("piece from late December")
            << QList<double> { day(2017, 12, 20), day(2017, 12, 21), day(2018, 2, 10), day(2019, 6, 1) }
            << QDate(2017, 12, 20) << QDate(2019, 6, 1)
            << QStringList { QStringLiteral("2017"), QStringLiteral("2018"), QStringLiteral("2019") };
        QTest::newRow("a year split by a shortened stretch")
            << QList<double> { day(2019, 1, 10), day(2019, 3, 1), day(2019, 10, 1), day(2019, 12, 31) }
            << QDate(2019, 1, 1) << QDate(2019, 12, 31) << QStringList { QStringLiteral("2019") };
        QTest::newRow("a year beginning inside a shortened stretch")
            << QList<double> { day(2023, 3, 1), day(2023, 5, 1), day(2024, 9, 1), day(2024, 11, 1) }
            << QDate(2023, 3, 1) << QDate(2024, 11, 1)
            << QStringList { QStringLiteral("2023"), QStringLiteral("2024") };
        QTest::newRow("months across a shortened stretch")
            << QList<double> { day(2025, 9, 28), day(2025, 10, 2), day(2025, 10, 28), day(2025, 11, 4) }
            << QDate(2025, 9, 28) << QDate(2025, 11, 4)
            << QStringList { QStringLiteral("September 2025"), QStringLiteral("October 2025"),
                   QStringLiteral("November 2025") };
    }
    void contextLabelsNamePeriodsAtTheirStartOnce()
    {
        QFETCH(QList<double>, occupied);
        QFETCH(QDate, from);
        QFETCH(QDate, to);
        QFETCH(QStringList, labels);
        QList<std::pair<double, double>> spans;
        for (qsizetype i = 0; i + 1 < occupied.size(); i += 2)
            spans.append({ occupied.at(i), occupied.at(i + 1) });
        TimelineGeometry g;
        g.setScale(TimeScale::squeezingGaps(spans, 20, 4));
        QVERIFY(!g.scale().gaps().isEmpty());
        g.setPixelRange(0, 1200);
        g.setVisibleTime(TimelineGeometry::timeOf(from), TimelineGeometry::timeOf(to));
        QStringList got;
        for (const auto &c : g.contextLabels()) {
            got.append(c.label);
            // Each stands at the start of its period, or at the left edge for the period already begun.
            const QDate d = TimelineGeometry::dateOf(c.time);
            const bool atStart = d.day() == 1 && (c.label.contains(QLatin1Char(' ')) || d.month() == 1);
            QVERIFY2(atStart || c.time == g.visibleStart(), qPrintable(c.label));
            QVERIFY2(c.label.endsWith(QString::number(d.year())), qPrintable(c.label));
        }
        QCOMPARE(got, labels);
    }

    // Regression: "2025" squeezed against "October 2025" was pushed left over its own tick, which ran
    // through its last digit, and it stood over the stretch before its year.
    void contextLabelsStayRightOfTheirTick_data()
    {
        QTest::addColumn<QList<double>>("ticks"); // x of "2019", "2025", "October 2025"
        QTest::addColumn<QStringList>("shown");
        QTest::newRow("room for each") << QList<double> { 20, 300,
            600 } << QStringList { QStringLiteral("2019"), QStringLiteral("2025"), QStringLiteral("October 2025") };
        QTest::newRow("a year too close to its month")
            << QList<double> { 20, 300, 310 } << QStringList { QStringLiteral("2019"), QStringLiteral("October 2025") };
        QTest::newRow("the period begun before the plot sticks to its edge") << QList<double> { -400, 300,
            600 } << QStringList { QStringLiteral("2019"), QStringLiteral("2025"), QStringLiteral("October 2025") };
        QTest::newRow("a year at the plot's right edge")
            << QList<double> { 20, 300, 995 } << QStringList { QStringLiteral("2019"), QStringLiteral("2025") };
    }
    void contextLabelsStayRightOfTheirTick()
    {
        QFETCH(QList<double>, ticks);
        QFETCH(QStringList, shown);
        const QStringList names { QStringLiteral("2019"), QStringLiteral("2025"), QStringLiteral("October 2025") };
        QList<TimelineGeometry::Tick> labels;
        for (qsizetype i = 0; i < ticks.size(); ++i)
            labels.append({ 0, ticks.at(i), names.at(i), true });
        // Seven pixels a character, about what the axis' bold font takes.
        const auto width = [](const QString &label) { return 7.0 * double(label.size()); };
        const double left = 0;
        const double right = 1000;
        QStringList got;
        double lastRight = left;
        for (const ContextLabels::Placed &c : ContextLabels::place(labels, left, right, width)) {
            got.append(c.label);
            const double w = width(c.label);
            QVERIFY2(c.x >= lastRight, qPrintable(c.label));
            QVERIFY2(c.x + w <= right, qPrintable(c.label));
            // Its tick is left of its text, or outside the plot for the period already begun.
            QVERIFY2(c.tickX <= c.x || c.tickX < left, qPrintable(c.label));
            lastRight = c.x + w;
        }
        QCOMPARE(got, shown);
    }

    void zoomOutStopsAtTheLimit()
    {
        TimelineGeometry g;
        g.setPixelRange(0, 1000);
        g.fit(day(2025, 10, 1), day(2025, 11, 1));
        g.setZoomOutLimit(60);
        for (int i = 0; i < 30; ++i)
            g.zoom(1 / 1.25, 500);
        QCOMPARE(g.visibleAxisDays(), 60.0);
        g.setVisibleTime(day(2000, 1, 1), day(2030, 1, 1));
        QCOMPARE(g.visibleAxisDays(), 60.0);
    }

    void compressedBackgroundGetsCoarserTicks()
    {
        // Two years of background compressed to 5 axis days before a story of a week.
        const TimeScale scale = TimeScale::fromRequests({ { day(2023, 10, 1), day(2025, 10, 1), 5, false } });
        TimelineGeometry g;
        g.setScale(scale);
        g.setPixelRange(0, 1000);
        g.setVisibleTime(day(2023, 10, 1), day(2025, 10, 8));
        QCOMPARE(g.majorUnit(), Unit::Day);
        QStringList labels;
        for (const auto &t : g.ticks()) {
            if (t.major)
                labels.append(t.label);
        }
        // The background names its years, the story its days.
        QVERIFY2(labels.contains(QStringLiteral("2024")), qPrintable(labels.join(QLatin1Char(','))));
        QVERIFY2(labels.contains(QStringLiteral("Thu 2")), qPrintable(labels.join(QLatin1Char(','))));
    }

    void levelOfDetail_data()
    {
        QTest::addColumn<int>("items");
        QTest::addColumn<bool>("drawn");
        QTest::newRow("few") << 10 << true;
        QTest::newRow("one per five pixels") << 200 << true;
        QTest::newRow("dense") << 201 << false;
        QTest::newRow("a million") << 1000000 << false;
    }
    void levelOfDetail()
    {
        QFETCH(int, items);
        QFETCH(bool, drawn);
        TimelineGeometry g;
        g.setPixelRange(0, 1000);
        QCOMPARE(g.drawsItems(items), drawn);
    }

    void labelsNeverOverlap()
    {
        LabelPlacer placer(2, 4);
        QCOMPARE(placer.place(0, 100), 0);
        QCOMPARE(placer.place(50, 100), 1); // row 0 is taken there
        QCOMPARE(placer.place(60, 10), -1); // both rows taken: collapsed into a count
        QCOMPARE(placer.place(104, 20), 0); // row 0 free again after its gap
        LabelPlacer none(0, 4);
        QCOMPARE(none.place(0, 10), -1);
    }
};

QTEST_GUILESS_MAIN(TestTimelineGeometry)
#include "tst_timelinegeometry.moc"
