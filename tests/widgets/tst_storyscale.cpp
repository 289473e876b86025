// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "timeline/storyscale.h"
#include "timeline/timelinedensity.h"
#include "timeline/timelinegeometry.h"

#include <QStandardPaths>
#include <QTest>

namespace
{
double day(int y, int m, int d)
{
    return TimelineGeometry::timeOf(QDate(y, m, d));
}

using Spans = QList<std::pair<double, double>>;

double axisWidth(const TimeScale &scale, double from, double to)
{
    return scale.toAxis(to) - scale.toAxis(from);
}
}

// The scale that keeps the story readable beside its background, and the density that spreads vague dates.
class TestStoryScale : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void storyGetsMostOfTheAxis_data()
    {
        QTest::addColumn<Spans>("occupied");
        QTest::addColumn<double>("storyFrom");
        QTest::addColumn<double>("storyTo");
        // A week of publications, background events years before it (points and month-long ones).
        QTest::newRow("background before")
            << Spans { { day(2017, 3, 1), day(2017, 3, 2) }, { day(2018, 6, 12), day(2018, 6, 13) },
                   { day(2019, 2, 1), day(2019, 3, 1) }, { day(2024, 12, 1), day(2025, 1, 1) },
                   { day(2025, 6, 1), day(2025, 7, 1) }, { day(2025, 10, 27), day(2025, 11, 4) } }
            << day(2025, 10, 29) << day(2025, 11, 4);
        QTest::newRow("background on both sides")
            << Spans { { day(2010, 5, 1), day(2010, 5, 2) }, { day(2020, 1, 1), day(2020, 1, 20) },
                   { day(2020, 1, 25), day(2020, 1, 26) }, { day(2031, 1, 1), day(2031, 2, 1) } }
            << day(2020, 1, 5) << day(2020, 1, 22);
        QTest::newRow("background of many events") << [] {
            Spans spans;
            for (int i = 0; i < 300; ++i)
                spans.append({ day(2015, 1, 1) + i * 9, day(2015, 1, 1) + i * 9 + 1 });
            spans.append({ day(2023, 6, 1), day(2023, 6, 8) });
            return spans;
        }() << day(2023, 6, 1) << day(2023, 6, 8);
    }
    void storyGetsMostOfTheAxis()
    {
        QFETCH(Spans, occupied);
        QFETCH(double, storyFrom);
        QFETCH(double, storyTo);
        const std::pair extent { occupied.constFirst().first, occupied.constLast().second };
        const TimeScale scale = StoryScale::build(occupied, extent, { storyFrom, storyTo });
        const double story = axisWidth(scale, storyFrom, storyTo);
        const double all = axisWidth(scale, extent.first, extent.second);
        // The publications themselves (without the room left around them) get a good share of the axis.
        QVERIFY2(story / all >= 0.45, qPrintable(QString::number(story / all)));
        // ... and stay linear: a day of the story is a day of the axis.
        QCOMPARE(scale.factorAt(storyFrom + 1), 1.0);
        // The background is compressed, not dropped: every event keeps some width and its order.
        double previous = -1e9;
        for (const auto &[a, b] : std::as_const(occupied)) {
            QVERIFY(scale.toAxis(b) > scale.toAxis(a));
            QVERIFY(scale.toAxis(a) >= previous);
            previous = scale.toAxis(b);
        }
    }

    void storyWithoutBackgroundStaysLinear()
    {
        const Spans occupied { { day(2024, 3, 1), day(2024, 3, 2) }, { day(2024, 3, 5), day(2024, 3, 6) } };
        const TimeScale scale
            = StoryScale::build(occupied, { day(2024, 3, 1), day(2024, 3, 6) }, { day(2024, 3, 1), day(2024, 3, 6) });
        QVERIFY(scale.stretches().isEmpty());
    }

    void withoutPublicationsOnlyEmptyStretchesShorten()
    {
        const Spans occupied { { day(2018, 6, 12), day(2018, 6, 13) }, { day(2025, 10, 20), day(2025, 11, 4) } };
        const TimeScale scale = StoryScale::build(occupied, { day(2018, 6, 12), day(2025, 11, 4) }, { 0, 0 });
        QCOMPARE(scale.gaps().size(), 1);
        QVERIFY(!scale.compressesBackground());
        QVERIFY(axisWidth(scale, day(2018, 6, 13), day(2025, 10, 20)) < 200);
    }

    void densitySpreadsVagueDates_data()
    {
        QTest::addColumn<double>("start");
        QTest::addColumn<double>("end");
        QTest::newRow("a month") << day(2019, 1, 1) << day(2019, 2, 1);
        QTest::newRow("a year") << day(2019, 1, 1) << day(2020, 1, 1);
        QTest::newRow("a day") << day(2019, 1, 1) << day(2019, 1, 2);
    }
    void densitySpreadsVagueDates()
    {
        QFETCH(double, start);
        QFETCH(double, end);
        const TimelineDensity density({ { start, end }, { day(2021, 6, 1), day(2021, 6, 1) } });
        // The whole event counts once over its own time, the zero-length one at its day.
        QCOMPARE(density.between(start - 10, end + 10), 1.0);
        QCOMPARE(density.between(day(2021, 6, 1), day(2021, 6, 2)), 1.0);
        // Its first day holds only its share: no spike on the 1st.
        QVERIFY(std::abs(density.between(start, start + 1) - 1.0 / (end - start)) < 1e-9);
        // Consecutive buckets add up to the stretch they cover.
        const QList<double> buckets = density.between(QList<double> { start - 1, start + 0.5, end - 0.5, end + 1 });
        QVERIFY(std::abs(buckets.at(0) + buckets.at(1) + buckets.at(2) - 1.0) < 1e-9);
    }
};

QTEST_GUILESS_MAIN(TestStoryScale)
#include "tst_storyscale.moc"
