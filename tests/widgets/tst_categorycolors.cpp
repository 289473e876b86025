// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "events/eventcategory.h"
#include "itemmodels/timelinemodel.h"
#include "syntheticanalysis.h"
#include "timeline/categorycolors.h"
#include "timeline/timelineexporter.h"

#include <QApplication>
#include <QSet>
#include <QStandardPaths>
#include <QTest>

namespace
{
// The rows of the exported image's lane gutter where a swatch of exactly `colour` is drawn.
QList<int> swatchRows(const QImage &image, const QColor &colour)
{
    QList<int> rows;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < 40; ++x) {
            if (image.pixel(x, y) == colour.rgb()) {
                rows.append(y);
                break;
            }
        }
    }
    return rows;
}

TimelineLane lane(const QString &name, const QList<int> &rows)
{
    TimelineLane l;
    l.name = name;
    for (int row : rows) {
        const double day = double(QDate(2025, 10, 1 + row).toJulianDay());
        l.items.append({ day, day + 1, row, TimelineItem::Point });
    }
    return l;
}
}

// A category is one colour everywhere: fixed for the model's own categories, whatever the lane's rank.
class TestCategoryColors : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void ownCategoriesAreDistinct_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::newRow("light") << false;
        QTest::newRow("dark") << true;
    }
    void ownCategoriesAreDistinct()
    {
        QFETCH(bool, dark);
        QSet<QRgb> seen;
        for (const QString &category : EventCategory::all()) {
            const QColor c = CategoryColors::forCategory(category, dark);
            QVERIFY2(c.isValid(), qPrintable(category));
            QVERIFY2(!seen.contains(c.rgb()), qPrintable(category));
            seen.insert(c.rgb());
            QCOMPARE(CategoryColors::forCategory(category, dark), c);
        }
        QCOMPARE(CategoryColors::forCategory(QString(), dark), CategoryColors::forCategory(EventCategory::Other, dark));
    }

    void madeUpCategoriesAreStable()
    {
        const QColor c = CategoryColors::forCategory(QStringLiteral("sports"));
        QVERIFY(c.isValid());
        QCOMPARE(CategoryColors::forCategory(QStringLiteral("sports")), c);
        QVERIFY(c != CategoryColors::forCategory(QStringLiteral("culture")));
    }

    // Before, a lane's colour came from its rank: the busiest category was blue in one export, another
    // category in the next. Swapping the ranks must leave each category its own colour.
    void exportedLaneColourFollowsCategory()
    {
        const std::shared_ptr<const AnalysisResult> result = SyntheticAnalysis::make();
        TimelineModel model;
        model.setResult(result);
        const QColor diplomacy = CategoryColors::forCategory(EventCategory::Diplomacy);
        const QColor military = CategoryColors::forCategory(EventCategory::Military);
        for (const bool diplomacyBusier : { true, false }) {
            TimelineIndex index;
            index.setLanes(
                { lane(EventCategory::Diplomacy, diplomacyBusier ? QList<int> { 0, 1, 3 } : QList<int> { 0 }),
                    lane(EventCategory::Military, diplomacyBusier ? QList<int> { 2 } : QList<int> { 1, 2, 3 }) });
            QCOMPARE(
                index.lanes().constFirst().name, diplomacyBusier ? EventCategory::Diplomacy : EventCategory::Military);
            TimelineExportOptions options;
            options.size = QSize(900, 400);
            options.legend = false;
            const TimelineExportSource source { &index, &model, index.squeezedScale(), QApplication::palette(),
                QApplication::font() };
            const QImage image = TimelineExporter::renderImage(source, options);
            const QList<int> d = swatchRows(image, diplomacy);
            const QList<int> m = swatchRows(image, military);
            QVERIFY2(!d.isEmpty(), "no diplomacy swatch in the gutter");
            QVERIFY2(!m.isEmpty(), "no military swatch in the gutter");
            // The busier lane is drawn on top, in its category's colour.
            QCOMPARE(d.constFirst() < m.constFirst(), diplomacyBusier);
        }
    }
};

QTEST_MAIN(TestCategoryColors)
#include "tst_categorycolors.moc"
