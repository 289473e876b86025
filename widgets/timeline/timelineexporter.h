// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/reportpalette.h"
#include "core/error.h"
#include "timeline/timelineindex.h"
#include "timeline/timescale.h"

#include <QCoreApplication>
#include <QFont>
#include <QImage>
#include <QPalette>
#include <QSize>
#include <QString>

#include <optional>

class QAbstractItemModel;

// What to export and how it looks. Sizes are in logical pixels; `scale` multiplies the PNG's pixels
// (2 for sharp slides) and leaves SVG and PDF, which are vector, at the logical size.
struct TimelineExportOptions {
    QSize size { 1600, 600 };
    double scale = 1.0;
    double from = 0; // the time range shown (Julian days); empty = everything
    double to = 0;
    QString title;
    bool legend = true;
    bool transparent = false;
    // Light for reports unless asked; Window uses TimelineExportSource::palette.
    ReportPalette::Scheme colours = ReportPalette::Scheme::Light;
};

// What is exported: an index, the model it was built from (for labels) and the time scale.
struct TimelineExportSource {
    const TimelineIndex *index = nullptr;
    const QAbstractItemModel *model = nullptr;
    TimeScale scale;
    QPalette palette; // the window's, for ReportPalette::Scheme::Window
    QFont font;
};

// Writes a timeline to PNG, SVG or PDF (chosen by the file's suffix). The file is replaced only
// once the new one is complete.
class TimelineExporter
{
    Q_DECLARE_TR_FUNCTIONS(TimelineExporter)
public:
    enum class Format { Png, Svg, Pdf };

    static std::optional<Format> formatFor(const QString &path);
    static QStringList suffixes() { return { QStringLiteral("png"), QStringLiteral("svg"), QStringLiteral("pdf") }; }

    // Empty on success, else a message saying what went wrong.
    static Error write(const QString &path, const TimelineExportSource &source, const TimelineExportOptions &options);
    static QImage renderImage(const TimelineExportSource &source, const TimelineExportOptions &options);
    // The asked size, taller when the lanes need it (a picture cannot scroll).
    static QSize sizeFor(const TimelineExportSource &source, const TimelineExportOptions &options);

private:
    static void paint(QPainter *painter, const TimelineExportSource &source, const TimelineExportOptions &options);
};
