// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/exportfiledialog.h"
#include "common/reportpalette.h"
#include "itemmodels/timelinemodel.h"
#include "syntheticanalysis.h"
#include "timeline/timelineexportdialog.h"
#include "timeline/timelineexporter.h"
#include "timeline/timelinepainter.h"
#include "timeline/timelinequotes.h"

#include <QApplication>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

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

// The content streams of a PDF, inflated.
QList<QByteArray> pdfStreams(const QByteArray &pdf)
{
    QList<QByteArray> streams;
    qsizetype at = 0;
    while ((at = pdf.indexOf("stream\n", at)) >= 0) {
        const qsizetype start = at + 7;
        const qsizetype end = pdf.indexOf("endstream", start);
        if (end < 0)
            break;
        const QByteArray raw = pdf.mid(start, end - start);
        const qsizetype object = pdf.lastIndexOf(" obj", at);
        const QByteArray dictionary = pdf.mid(object, at - object);
        at = end + 9; // past "endstream"
        if (!dictionary.contains("/FlateDecode")) {
            streams.append(raw);
            continue;
        }
        // qUncompress wants the inflated size first; a generous guess grows as needed.
        QByteArray sized(4, '\0');
        qToBigEndian(quint32(raw.size() * 20), sized.data());
        streams.append(qUncompress(sized + raw));
    }
    return streams;
}

// Path operators that need a current point but find none: what poppler reports as
// "No current point in closepath".
int pathsWithoutPoint(const QByteArray &content)
{
    int errors = 0;
    bool point = false;
    bool inText = false;
    for (const QByteArray &token : content.simplified().split(' ')) {
        if (token == "BT" || token == "ET") {
            inText = token == "BT";
        } else if (inText) {
            continue;
        } else if (token == "m" || token == "re") {
            point = true;
        } else if (token == "l" || token == "c" || token == "v" || token == "y" || token == "h") {
            errors += point ? 0 : 1;
        } else if (token == "f" || token == "F" || token == "f*" || token == "S" || token == "s" || token == "B"
            || token == "B*" || token == "b" || token == "b*" || token == "n") {
            point = false;
        }
    }
    return errors;
}

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
        QCOMPARE(TimelineExporter::write(path, s.source(), options).message, QString());
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

    // A title longer than the image is wide goes on to a second line, so that its end (often the story's dates)
    // is read, instead of being cut at the first line's end; the plot gives way by that line.
    void aLongTitleWrapsToASecondLine()
    {
        Source s;
        const QString shortTitle = QStringLiteral("Harbour talks in Velmora");
        const QString longTitle = QStringLiteral("Harbour talks in Velmora: the ferry strike, the mayor's offer, the "
                                                 "unions' answer and the week of meetings that ended it (3-9 May)");
        const TimelinePainter painter(*s.source().index, nullptr, QPalette(), QFont());
        const QRectF rect(0, 0, 600, 400);
        TimelinePaintOptions options;
        options.title = shortTitle;
        const TimelineLayout one = painter.layout(rect, options);
        options.title = longTitle;
        const TimelineLayout two = painter.layout(rect, options);
        QVERIFY2(two.title.height() > one.title.height() * 1.6,
            qPrintable(QStringLiteral("%1 against %2").arg(two.title.height()).arg(one.title.height())));
        QCOMPARE(two.axis.top() - one.axis.top(), two.title.height() - one.title.height());

        // Drawn there: the second line of the title has ink.
        TimelineExportOptions exportOptions;
        exportOptions.size = QSize(600, 400);
        exportOptions.title = longTitle;
        const QImage image = TimelineExporter::renderImage(s.source(), exportOptions);
        const QRgb background = image.pixel(image.width() - 2, image.height() - 2);
        const int secondLine = int(one.title.bottom() - 4);
        int inked = 0;
        for (int y = secondLine; y < int(two.title.bottom()) - 8; ++y) {
            for (int x = 10; x < 300; ++x)
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
        QCOMPARE(TimelineExporter::write(dir.filePath(name), s.source(), options).message, QString());
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
        const Error error = TimelineExporter::write(path, s.source(), options);
        QVERIFY(!error.ok());
        QVERIFY(!error.message.isEmpty());
        if (hadOld) {
            QVERIFY(old.open(QIODevice::ReadOnly));
            QCOMPARE(old.readAll(), QByteArray("old"));
        }
    }

    // Regression: vague dates were gradients with transparency, which poppler and Ghostscript paint as solid
    // bars, and lines of no length left paths without a point.
    void pdfKeepsVagueDatesVagueForEveryViewer()
    {
        Source s;
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("t.pdf"));
        QCOMPARE(TimelineExporter::write(path, s.source(), {}).message, QString());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray pdf = file.readAll();
        QVERIFY(!pdf.contains("/Shading"));
        QCOMPARE(pdf.count("/SMask"), pdf.count("/SMask /None"));
        int errors = 0;
        int drawn = 0;
        for (const QByteArray &stream : pdfStreams(pdf)) {
            errors += pathsWithoutPoint(stream);
            drawn += int(stream.count(" re\n") + stream.count(" m\n"));
        }
        QVERIFY(drawn > 100); // the page's drawing was read
        QCOMPARE(errors, 0);
    }

    void lightByDefaultWhateverTheWindow_data()
    {
        QTest::addColumn<int>("scheme");
        QTest::addColumn<bool>("light");
        QTest::newRow("default") << -1 << true;
        QTest::newRow("light") << int(ReportPalette::Scheme::Light) << true;
        QTest::newRow("dark") << int(ReportPalette::Scheme::Dark) << false;
        QTest::newRow("like the (dark) window") << int(ReportPalette::Scheme::Window) << false;
    }
    void lightByDefaultWhateverTheWindow()
    {
        QFETCH(int, scheme);
        QFETCH(bool, light);
        Source s;
        TimelineExportSource source = s.source();
        source.palette = ReportPalette::dark(); // the window's
        TimelineExportOptions options;
        options.size = QSize(800, 300);
        if (scheme >= 0)
            options.colours = ReportPalette::Scheme(scheme);
        const QImage image = TimelineExporter::renderImage(source, options);
        QCOMPARE(QColor(image.pixel(3, image.height() - 3)).lightness() > 128, light);
    }

    void reportHasNoOverviewBand()
    {
        // The view's overview is a band of its own colour across the plot; a report has none.
        Source s;
        TimelineExportOptions options;
        options.size = QSize(1000, 400);
        options.title.clear();
        const QImage image = TimelineExporter::renderImage(s.source(), options);
        const QRgb background = image.pixel(2, 2);
        int fullRows = 0;
        for (int y = 0; y < 90; ++y) {
            int inked = 0;
            for (int x = 200; x < 980; ++x)
                inked += image.pixel(x, y) != background;
            fullRows += inked > 700 ? 1 : 0;
        }
        QVERIFY2(fullRows <= 2, qPrintable(QString::number(fullRows))); // the axis line
        TimelinePaintOptions withBand;
        QVERIFY(!TimelinePainter(*s.source().index, nullptr, QPalette(), QFont())
                     .layout(QRectF(0, 0, 1000, 400), withBand)
                     .overview.isEmpty());
    }

    void labelsStayInsideTheImage_data()
    {
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QDate>("to");
        QTest::newRow("whole range") << QDate() << QDate();
        QTest::newRow("a week") << QDate(2025, 10, 20) << QDate(2025, 10, 27);
        QTest::newRow("a month") << QDate(2025, 10, 1) << QDate(2025, 11, 1);
        QTest::newRow("two years") << QDate(2018, 1, 1) << QDate(2019, 12, 31);
    }
    void labelsStayInsideTheImage()
    {
        QFETCH(QDate, from);
        QFETCH(QDate, to);
        Source s;
        TimelineExportOptions options;
        options.size = QSize(1000, 400);
        options.title.clear();
        if (from.isValid()) {
            options.from = TimelineGeometry::timeOf(from);
            options.to = TimelineGeometry::timeOf(to);
        }
        const QImage image = TimelineExporter::renderImage(s.source(), options);
        TimelinePaintOptions paintOptions;
        paintOptions.overview = false;
        paintOptions.legend = true;
        const TimelineLayout l = TimelinePainter(*s.source().index, nullptr, QPalette(), QFont())
                                     .layout(QRectF(QPointF(0, 0), QSizeF(image.size())), paintOptions);
        // Beside the plot's ends, in the axis, nothing is drawn: no label runs past them to be cut.
        const QRgb background = image.pixel(2, 2);
        for (int y = int(l.axis.top()); y < int(l.axis.bottom()) - 1; ++y) {
            for (int x = int(l.plotRight) + 2; x < image.width(); ++x)
                QVERIFY2(image.pixel(x, y) == background, qPrintable(QStringLiteral("%1,%2").arg(x).arg(y)));
            for (int x = int(l.plotLeft) - 6; x < int(l.plotLeft) - 1; ++x)
                QVERIFY2(image.pixel(x, y) == background, qPrintable(QStringLiteral("%1,%2").arg(x).arg(y)));
        }
    }

    void pictureGrowsToShowEveryLane()
    {
        // Twenty lanes do not fit 300 px with room for labels: the picture grows rather than dropping lanes.
        QList<TimelineLane> lanes;
        for (int i = 0; i < 20; ++i)
            lanes.append({ QStringLiteral("Lane %1").arg(i), { { 100.0 + i, 101.0 + i, i, TimelineItem::Point } }, 0 });
        TimelineIndex index;
        index.setLanes(lanes);
        TimelineExportOptions options;
        options.size = QSize(800, 300);
        const TimelineExportSource source { &index, nullptr, {}, QApplication::palette(), QApplication::font() };
        const QSize size = TimelineExporter::sizeFor(source, options);
        QCOMPARE(size.width(), 800);
        QVERIFY(size.height() > 20 * QFontMetricsF(QApplication::font()).height());
        QCOMPARE(TimelineExporter::renderImage(source, options).size(), size);
    }

    void dialogKeepsItselfOpenOnAnError()
    {
        TimelineExportDialog dialog;
        QTemporaryDir dir;
        // Light by default, whatever the window looks like.
        QCOMPARE(dialog.options(0, 0).colours, ReportPalette::Scheme::Light);
        int writes = 0;
        dialog.setWriter(
            [&writes](const QString &path, const TimelineExportOptions &) {
                ++writes;
                return path.endsWith(QLatin1String("bad.png"))
                    ? Error(Error::Code::Io, QStringLiteral("cannot write bad.png"), path)
                    : Error();
            },
            0, 0);
        dialog.setPath(dir.filePath(QStringLiteral("no-suffix")));
        dialog.show();
        dialog.accept();
        QVERIFY(dialog.isVisible());
        QCOMPARE(writes, 0);
        QVERIFY(!dialog.errorText().isEmpty());
        dialog.setPath(dir.filePath(QStringLiteral("bad.png")));
        dialog.accept();
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.errorText(), QStringLiteral("cannot write bad.png"));
        dialog.setPath(dir.filePath(QStringLiteral("good.png")));
        dialog.accept();
        QVERIFY(!dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(writes, 2);
        // The next export starts in this folder.
        QCOMPARE(QFileInfo(TimelineExportDialog().path()).absolutePath(), QFileInfo(dir.path()).absoluteFilePath());
    }

    void exportFileDialogHelpers()
    {
        // A remembered folder that is gone, and no Pictures folder: start in one that exists.
        QSettings().setValue(QStringLiteral("export/folder"), QStringLiteral("/no/such/folder"));
        QVERIFY(QFileInfo(ExportFileDialog::startFolder()).isDir());
        const QList<ExportFileDialog::FileType> types { { QStringLiteral("PNG"), QStringLiteral("png") },
            { QStringLiteral("PDF"), QStringLiteral("pdf") } };
        // The chosen type gives a name without one its extension; a known one is kept.
        QCOMPARE(ExportFileDialog::withSuffix(QStringLiteral("/tmp/report"), types.at(1), types),
            QStringLiteral("/tmp/report.pdf"));
        QCOMPARE(ExportFileDialog::withSuffix(QStringLiteral("/tmp/report.v2"), types.at(0), types),
            QStringLiteral("/tmp/report.v2.png"));
        QCOMPARE(ExportFileDialog::withSuffix(QStringLiteral("/tmp/t.PNG"), types.at(1), types),
            QStringLiteral("/tmp/t.PNG"));
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
        QCOMPARE(TimelineExporter::write(path, s.source(), {}).message, QString());
        QCOMPARE(QImage(path).size(), QSize(1600, 600));
    }
};

QTEST_MAIN(TestTimelineExporter)
#include "tst_timelineexporter.moc"
