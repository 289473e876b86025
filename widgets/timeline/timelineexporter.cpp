// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "timeline/timelineexporter.h"

#include "core/logging.h"
#include "timeline/timelinegeometry.h"
#include "timeline/timelinepainter.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgGenerator>

std::optional<TimelineExporter::Format> TimelineExporter::formatFor(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("png"))
        return Format::Png;
    if (suffix == QLatin1String("svg"))
        return Format::Svg;
    if (suffix == QLatin1String("pdf"))
        return Format::Pdf;
    return std::nullopt;
}

namespace
{
TimelinePaintOptions paintOptionsFor(const TimelineExportOptions &options)
{
    TimelinePaintOptions paintOptions;
    paintOptions.title = options.title;
    paintOptions.legend = options.legend;
    paintOptions.transparent = options.transparent;
    // A report has no use for the view's navigation band.
    paintOptions.overview = false;
    return paintOptions;
}
}

QSize TimelineExporter::sizeFor(const TimelineExportSource &source, const TimelineExportOptions &options)
{
    // A picture cannot scroll: it grows to show every lane with room for its labels.
    const TimelinePainter timeline(*source.index, source.model, source.palette, source.font);
    const double height
        = timeline.heightShowingAllLanes(QRectF(QPointF(0, 0), QSizeF(options.size)), paintOptionsFor(options));
    return { options.size.width(), std::max(options.size.height(), int(std::ceil(height))) };
}

void TimelineExporter::paint(
    QPainter *painter, const TimelineExportSource &source, const TimelineExportOptions &options)
{
    const TimelinePainter timeline(
        *source.index, source.model, ReportPalette::forScheme(options.colours, source.palette), source.font);
    const TimelinePaintOptions paintOptions = paintOptionsFor(options);
    const QRectF rect(QPointF(0, 0), QSizeF(sizeFor(source, options)));
    const TimelineLayout layout = timeline.layout(rect, paintOptions);
    TimelineGeometry geometry;
    geometry.setScale(source.scale);
    geometry.setPixelRange(layout.plotLeft, layout.plotRight);
    if (options.to > options.from) {
        geometry.fit(options.from, options.to, 0.01);
    } else {
        const auto [lo, hi] = source.index->extent();
        geometry.fit(lo, std::max(hi, lo + 1));
    }
    timeline.paint(painter, rect, geometry, paintOptions);
}

QImage TimelineExporter::renderImage(const TimelineExportSource &source, const TimelineExportOptions &options)
{
    const double scale = std::max(0.1, options.scale);
    QImage image(sizeFor(source, options) * scale, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(scale);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    paint(&painter, source, options);
    return image;
}

Error TimelineExporter::write(
    const QString &path, const TimelineExportSource &source, const TimelineExportOptions &options)
{
    const std::optional<Format> format = formatFor(path);
    if (!format)
        return { Error::Code::InvalidArgument, tr("%1: the file name must end in .png, .svg or .pdf").arg(path), path };
    if (options.size.width() < 200 || options.size.height() < 120 || options.size.width() > 20000
        || options.size.height() > 20000 || options.scale <= 0 || options.scale > 8)
        return { Error::Code::InvalidArgument,
            tr("the size must be between 200×120 and 20000×20000 and the scale between 0 and 8"), path };
    QElapsedTimer timer;
    timer.start();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return { Error::Code::Io, tr("cannot write %1: %2").arg(path, file.errorString()), path };
    bool painted = true;
    switch (*format) {
    case Format::Png:
        // A low zlib level: big timelines are mostly flat colour, and export speed matters more.
        painted = renderImage(source, options).save(&file, "PNG", 80);
        break;
    case Format::Svg: {
        QSvgGenerator svg;
        svg.setOutputDevice(&file);
        svg.setSize(sizeFor(source, options));
        svg.setViewBox(QRect(QPoint(0, 0), sizeFor(source, options)));
        // QSvgGenerator writes the title into <title> as it is: escaped here, it stays text.
        svg.setTitle(options.title.toHtmlEscaped());
        svg.setDescription(tr("Event timeline exported by Parallax"));
        QPainter painter;
        painted = painter.begin(&svg);
        if (painted)
            paint(&painter, source, options);
        break;
    }
    case Format::Pdf: {
        QPdfWriter pdf(&file);
        pdf.setCreator(QStringLiteral("Parallax"));
        pdf.setTitle(options.title);
        pdf.setResolution(96);
        pdf.setPageSize(QPageSize(QSizeF(sizeFor(source, options)) * 72.0 / 96.0, QPageSize::Point));
        pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
        QPainter painter;
        painted = painter.begin(&pdf);
        if (painted)
            paint(&painter, source, options);
        break;
    }
    }
    if (!painted) {
        file.cancelWriting();
        return { Error::Code::Io, tr("cannot write %1: the image could not be encoded").arg(path), path };
    }
    if (!file.commit())
        return { Error::Code::Io, tr("cannot write %1: %2").arg(path, file.errorString()), path };
    Logging::get("ui")->info("exported timeline to {} in {} ms", path.toStdString(), timer.elapsed());
    return {};
}
