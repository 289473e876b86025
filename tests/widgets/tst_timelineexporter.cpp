// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "itemmodels/timelinemodel.h"
#include "syntheticanalysis.h"
#include "timeline/timelineexporter.h"
#include "timeline/timelinequotes.h"

#include <QApplication>
#include <QFile>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace
{
struct Source {
    std::shared_ptr<const AnalysisResult> result = SyntheticAnalysis::make();
    TimelineModel model;
    TimelineIndex index;
    Source()
    {
        model.setResult(result);
        index.build(&model, TimelineIndex::LaneMode::Category);
        index.setQuoteMarks(TimelineQuotes::fromResult(*result));
    }
    TimelineExportSource source() const
    {
        return { &index, &model, index.squeezedScale(), QApplication::palette(), QApplication::font() };
    }
};

int distinctColours(const QImage &image, const QRect &area)
{
    QSet<QRgb> colours;
    for (int y = area.top(); y <= area.bottom(); y += 2) {
        for (int x = area.left(); x <= area.right(); x += 2)
            colours.insert(image.pixel(x, y));
    }
    return int(colours.size());
}
}

// Exports: the asked size, real content, a drawn title, vector formats, atomic replacement.
class TestTimelineExporter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void pngHasAskedSizeAndContent_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::addColumn<double>("scale");
        QTest::newRow("screen") << QSize(1600, 600) << 1.0;
        QTest::newRow("slides 2x") << QSize(800, 300) << 2.0;
        QTest::newRow("wide") << QSize(4000, 1200) << 1.0;
    }
    void pngHasAskedSizeAndContent()
    {
        QFETCH(QSize, size);
        QFETCH(double, scale);
        Source s;
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("timeline.png"));
        TimelineExportOptions options;
        options.size = size;
        options.scale = scale;
        options.title = QStringLiteral("A title to look for");
        QCOMPARE(TimelineExporter::write(path, s.source(), options), QString());
        const QImage image(path);
        QCOMPARE(image.size(), size * scale);
        // Not blank: lanes, markers, labels make many colours.
        QVERIFY(distinctColours(image, image.rect()) > 20);
        // The title is drawn at the top left: pixels there differ from the background.
        const QRgb background = image.pixel(image.width() - 2, image.height() - 2);
        const QRect titleArea(int(10 * scale), int(10 * scale), int(200 * scale), int(20 * scale));
        int inked = 0;
        for (int y = titleArea.top(); y <= titleArea.bottom(); ++y) {
            for (int x = titleArea.left(); x <= titleArea.right(); ++x)
                inked += image.pixel(x, y) != background;
        }
        QVERIFY2(inked > 50, qPrintable(QString::number(inked)));
    }

    void transparentBackgroundStaysClear()
    {
        Source s;
        TimelineExportOptions options;
        options.transparent = true;
        options.size = QSize(800, 300);
        const QImage image = TimelineExporter::renderImage(s.source(), options);
        QCOMPARE(qAlpha(image.pixel(2, 2)), 0);
        options.transparent = false;
        QCOMPARE(qAlpha(TimelineExporter::renderImage(s.source(), options).pixel(2, 2)), 255);
    }

    void vectorFormats_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("start");
        QTest::addColumn<QByteArray>("contains");
        QTest::newRow("svg") << QStringLiteral("t.svg") << QByteArray("<?xml") << QByteArray("Geneva meeting");
        QTest::newRow("pdf") << QStringLiteral("t.pdf") << QByteArray("%PDF") << QByteArray("/Title");
    }
    void vectorFormats()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, start);
        QFETCH(QByteArray, contains);
        Source s;
        QTemporaryDir dir;
        TimelineExportOptions options;
        options.title = QStringLiteral("Story");
        QCOMPARE(TimelineExporter::write(dir.filePath(name), s.source(), options), QString());
        QFile file(dir.filePath(name));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray data = file.readAll();
        QVERIFY(data.startsWith(start));
        QVERIFY(data.contains(contains));
        QVERIFY(data.size() > 2000);
    }

    void failuresLeaveOldFileAndSaySo_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QSize>("size");
        QTest::newRow("unknown suffix") << QStringLiteral("t.gif") << QSize(800, 300);
        QTest::newRow("size too small") << QStringLiteral("t.png") << QSize(10, 10);
        QTest::newRow("missing folder") << QStringLiteral("no/such/folder/t.png") << QSize(800, 300);
    }
    void failuresLeaveOldFileAndSaySo()
    {
        QFETCH(QString, name);
        QFETCH(QSize, size);
        Source s;
        QTemporaryDir dir;
        const QString path = dir.filePath(name);
        QFile old(path);
        const bool hadOld = old.open(QIODevice::WriteOnly) && old.write("old") == 3;
        old.close();
        TimelineExportOptions options;
        options.size = size;
        const QString error = TimelineExporter::write(path, s.source(), options);
        QVERIFY(!error.isEmpty());
        if (hadOld) {
            QVERIFY(old.open(QIODevice::ReadOnly));
            QCOMPARE(old.readAll(), QByteArray("old"));
        }
    }

    void existingFileIsReplacedWhenComplete()
    {
        Source s;
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("t.png"));
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("old");
        old.close();
        QCOMPARE(TimelineExporter::write(path, s.source(), {}), QString());
        QCOMPARE(QImage(path).size(), QSize(1600, 600));
    }
};

QTEST_MAIN(TestTimelineExporter)
#include "tst_timelineexporter.moc"
