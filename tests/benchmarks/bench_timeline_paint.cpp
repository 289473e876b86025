// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "itemmodels/timelinemodel.h"
#include "testsupport.h"
#include "timeline/timelineexporter.h"
#include "timeline/timelineindex.h"
#include "timeline/timelinepainter.h"
#include "timeline/timelinequotes.h"

#include <QAbstractListModel>
#include <QApplication>
#include <QElapsedTimer>
#include <QPainter>
#include <QRandomGenerator>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <ctime>

namespace
{
constexpr int EventCount = 1000000;

double threadCpuMs()
{
    timespec ts {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

int distinctColours(const QImage &image)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 7) {
        for (int x = 0; x < image.width(); x += 7)
            colours.insert(image.pixel(x, y));
    }
    return int(colours.size());
}
const QDate Origin(1995, 1, 1);

// A million events made up on the fly, answering TimelineModel's roles, so the benchmark measures
// the view's index and painting rather than a model's storage.
class SyntheticTimelineModel : public QAbstractListModel
{
public:
    SyntheticTimelineModel()
    {
        QRandomGenerator random(42);
        m_days.resize(EventCount);
        // Thirty years of background with a dense story in the last few months.
        for (int i = 0; i < EventCount; ++i)
            m_days[i] = i % 3 == 0 ? 10800 + int(random.bounded(120)) : int(random.bounded(10950));
        std::sort(m_days.begin(), m_days.end());
    }
    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : EventCount; }
    QVariant data(const QModelIndex &index, int role) const override
    {
        const int row = index.row();
        const QDate start = Origin.addDays(m_days.at(row));
        const bool vague = row % 10 < 3;
        switch (role) {
        case TimelineModel::StartDateRole:
            return vague ? QDate(start.year(), start.month(), 1) : start;
        case TimelineModel::EndDateRole:
            return vague ? QDate(start.year(), start.month(), 1).addMonths(1).addDays(-1) : start;
        case TimelineModel::PrecisionRole:
            return int(vague ? DatePrecision::Month : DatePrecision::Day);
        case TimelineModel::CategoryRole:
            return m_categories.at(row % m_categories.size());
        case TimelineModel::HasConflictRole:
            return row % 17 == 0;
        case TimelineModel::LabelRole:
            return QStringLiteral("Event %1").arg(row);
        default:
            return {};
        }
    }

private:
    QList<int> m_days;
    const QStringList m_categories { QStringLiteral("diplomacy"), QStringLiteral("military"),
        QStringLiteral("politics"), QStringLiteral("economy"), QStringLiteral("law"), QStringLiteral("health"),
        QStringLiteral("culture"), QStringLiteral("disaster") };
};
}

// Repaint cost of the timeline with a million events, at zooms from thirty years to two days.
class BenchTimelinePaint : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QElapsedTimer timer;
        timer.start();
        m_index.build(&m_model, TimelineIndex::LaneMode::Category);
        qInfo("index of %d events in %d lanes built in %lld ms", m_index.itemCount(), int(m_index.lanes().size()),
            timer.elapsed());
        timer.restart();
        m_scale = m_index.squeezedScale();
        qInfo("squeezed scale (%d stretches) in %lld ms", int(m_scale.gaps().size()), timer.elapsed());
    }

    void repaint_data()
    {
        QTest::addColumn<double>("days");
        QTest::addColumn<bool>("squeezed");
        QTest::addColumn<int>("from"); // days after the origin
        QTest::newRow("fit all (30 years)") << 0.0 << false << 0;
        QTest::newRow("fit all, squeezed") << 0.0 << true << 0;
        QTest::newRow("one year") << 365.0 << false << 10850;
        QTest::newRow("one month, dense story") << 30.0 << false << 10850;
        QTest::newRow("one week, dense story") << 7.0 << false << 10850;
        QTest::newRow("two days, dense story") << 2.0 << false << 10850;
        QTest::newRow("two days, background: single items") << 2.0 << false << 5000;
    }
    void repaint()
    {
        QFETCH(double, days);
        QFETCH(bool, squeezed);
        QFETCH(int, from);
        QImage image(1600, 600, QImage::Format_ARGB32_Premultiplied);
        const TimelinePainter painter(m_index, &m_model, QApplication::palette(), QApplication::font());
        const QRectF rect(image.rect());
        const TimelineLayout layout = painter.layout(rect, {});
        TimelineGeometry g;
        g.setScale(squeezed ? m_scale : TimeScale());
        g.setPixelRange(layout.plotLeft, layout.plotRight);
        const auto [lo, hi] = m_index.extent();
        if (days == 0) {
            g.fit(lo, hi);
        } else {
            const double start = TimelineGeometry::timeOf(Origin.addDays(from));
            g.setVisibleTime(start, start + days);
        }
        // Median of many repaints, as wall time and as this thread's CPU time: on a loaded machine
        // the CPU time is the figure that says what a repaint costs.
        QList<TimelineHit> hits;
        QList<double> wall;
        QList<double> cpu;
        for (int i = 0; i < 25; ++i) {
            const double c0 = threadCpuMs();
            QElapsedTimer timer;
            timer.start();
            QPainter p(&image);
            painter.paint(&p, rect, g, {}, &hits);
            p.end();
            wall.append(timer.nsecsElapsed() / 1e6);
            cpu.append(threadCpuMs() - c0);
        }
        std::sort(wall.begin(), wall.end());
        std::sort(cpu.begin(), cpu.end());
        qInfo("%-28s median %.2f ms wall, %.2f ms CPU (%lld hit regions)", QTest::currentDataTag(), wall.at(12),
            cpu.at(12), qlonglong(hits.size()));
        QVERIFY(distinctColours(image) > 3); // something was drawn
    }

    void exportSamplePng()
    {
        // The figure: a 4000×1200 PNG of the sample corpus, rendering and encoding.
        const auto result = std::make_shared<const AnalysisResult>(TestSupport::sampleAnalysis());
        TimelineModel model;
        model.setResult(result);
        TimelineIndex index;
        index.build(&model, TimelineIndex::LaneMode::Category);
        index.setQuoteMarks(TimelineQuotes::fromResult(*result));
        const TimelineExportSource source { &index, &model, index.squeezedScale(), QApplication::palette(),
            QApplication::font() };
        TimelineExportOptions options;
        options.size = QSize(4000, 1200);
        options.title = result->corpus.name;
        QTemporaryDir dir;
        QList<double> wall;
        QList<double> cpu;
        for (int i = 0; i < 5; ++i) {
            const double c0 = threadCpuMs();
            QElapsedTimer timer;
            timer.start();
            QCOMPARE(
                TimelineExporter::write(dir.filePath(QStringLiteral("t.png")), source, options).message, QString());
            wall.append(timer.nsecsElapsed() / 1e6);
            cpu.append(threadCpuMs() - c0);
        }
        std::sort(wall.begin(), wall.end());
        std::sort(cpu.begin(), cpu.end());
        qInfo("4000x1200 PNG of the sample: median %.0f ms wall, %.0f ms CPU", wall.at(2), cpu.at(2));
    }

private:
    SyntheticTimelineModel m_model;
    TimelineIndex m_index;
    TimeScale m_scale;
};

int main(int argc, char **argv)
{
    // Run by hand as the README says, it needs no display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    BenchTimelinePaint bench;
    return QTest::qExec(&bench, argc, argv);
}
#include "bench_timeline_paint.moc"
