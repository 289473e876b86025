// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands/command.h"

#include "commands/commandsupport.h"
#include "core/translation.h"
#include "itemmodels/timelinefiltermodel.h"
#include "itemmodels/timelinemodel.h"
#include "timeline/timelineexporter.h"
#include "timeline/timelinequotes.h"

#include <QApplication>
#include <QRegularExpression>

#include <cstdio>

PARALLAX_NAMESPACE_TR(Commands)

namespace
{
// "2025-10-12", "2025-10" or "2025": the first day of that period, or (with `end`) its last.
QDate parseDate(const QString &text, bool end)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})(?:-(\\d{1,2})(?:-(\\d{1,2}))?)?$"));
    const QRegularExpressionMatch m = pattern.match(text.trimmed());
    if (!m.hasMatch())
        return {};
    const int year = m.captured(1).toInt();
    if (m.captured(2).isEmpty())
        return end ? QDate(year, 12, 31) : QDate(year, 1, 1);
    const int month = m.captured(2).toInt();
    if (m.captured(3).isEmpty()) {
        const QDate first(year, month, 1);
        return end && first.isValid() ? first.addMonths(1).addDays(-1) : first;
    }
    return { year, month, m.captured(3).toInt() };
}

bool parseNumber(const QCommandLineParser &parser, const QString &name, double low, double high, double &value)
{
    if (!parser.isSet(name))
        return true;
    bool ok = false;
    const double v = parser.value(name).toDouble(&ok);
    if (!ok || v < low || v > high) {
        CommandSupport::printError(Commands::tr("--%1 must be a number from %2 to %3, not \"%4\"")
                                       .arg(name)
                                       .arg(low)
                                       .arg(high)
                                       .arg(parser.value(name)));
        return false;
    }
    value = v;
    return true;
}
}

int Commands::exportTimeline(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Export the event timeline of a corpus as PNG, SVG or PDF, without a window."));
    parser.addPositionalArgument(QStringLiteral("path"), tr("Corpus folder"));
    parser.addOptions({
        { { QStringLiteral("o"), QStringLiteral("output") }, tr("Write to FILE (.png, .svg or .pdf)"),
            QStringLiteral("FILE") },
        { QStringLiteral("width"), tr("Width in pixels (default 1600)"), QStringLiteral("W") },
        { QStringLiteral("height"), tr("Height in pixels (default 600)"), QStringLiteral("H") },
        { QStringLiteral("scale"), tr("Pixel scale of a PNG, e.g. 2 for slides (default 1)"), QStringLiteral("S") },
        { QStringLiteral("from"), tr("First date shown: YYYY, YYYY-MM or YYYY-MM-DD"), QStringLiteral("DATE") },
        { QStringLiteral("to"), tr("Last date shown: YYYY, YYYY-MM or YYYY-MM-DD"), QStringLiteral("DATE") },
        { QStringLiteral("outlets"), tr("Only these outlets, comma-separated"), QStringLiteral("A,B") },
        { QStringLiteral("title"), tr("Title drawn above the timeline (default: the corpus name)"),
            QStringLiteral("T") },
        { QStringLiteral("lanes"), tr(R"(Lanes by "category" (default) or "outlet")"), QStringLiteral("BY") },
        { QStringLiteral("no-legend"), tr("Leave out the legend") },
        { QStringLiteral("transparent"), tr("Transparent background (PNG, SVG)") },
    });
    if (!CommandSupport::parse(parser, QStringLiteral("export-timeline"), arguments))
        return parser.isSet(QStringLiteral("help")) ? 0 : 2;
    if (parser.positionalArguments().size() != 1) {
        CommandSupport::printError(tr("export-timeline takes exactly one corpus folder"));
        return 2;
    }
    const QString output = parser.value(QStringLiteral("output"));
    if (output.isEmpty()) {
        CommandSupport::printError(tr("say where to write the timeline with -o FILE.png|svg|pdf"));
        return 2;
    }
    if (!TimelineExporter::formatFor(output)) {
        CommandSupport::printError(tr("%1: the file name must end in .png, .svg or .pdf").arg(output));
        return 2;
    }
    TimelineExportOptions options;
    double width = options.size.width();
    double height = options.size.height();
    if (!parseNumber(parser, QStringLiteral("width"), 200, 20000, width)
        || !parseNumber(parser, QStringLiteral("height"), 120, 20000, height)
        || !parseNumber(parser, QStringLiteral("scale"), 0.1, 8, options.scale))
        return 2;
    options.size = QSize(int(width), int(height));
    QDate from;
    QDate to;
    for (const auto &[name, date, end] :
        { std::tuple { QStringLiteral("from"), &from, false }, std::tuple { QStringLiteral("to"), &to, true } }) {
        if (!parser.isSet(name))
            continue;
        *date = parseDate(parser.value(name), end);
        if (!date->isValid()) {
            CommandSupport::printError(
                tr("--%1: \"%2\" is not a date like 2025, 2025-10 or 2025-10-12").arg(name, parser.value(name)));
            return 2;
        }
    }
    if (from.isValid() && to.isValid() && to < from) {
        CommandSupport::printError(tr("--to is before --from"));
        return 2;
    }
    const QString lanes = parser.value(QStringLiteral("lanes"));
    if (!lanes.isEmpty() && lanes != QLatin1String("category") && lanes != QLatin1String("outlet")) {
        CommandSupport::printError(tr(R"(--lanes must be "category" or "outlet", not "%1")").arg(lanes));
        return 2;
    }
    const QStringList outlets = parser.value(QStringLiteral("outlets")).split(QLatin1Char(','), Qt::SkipEmptyParts);

    const auto analysed = CommandSupport::loadAndAnalyze(parser.positionalArguments().constFirst());
    if (!analysed)
        return 1;
    const auto result = std::make_shared<const AnalysisResult>(*analysed);
    TimelineModel model;
    model.setResult(result);
    TimelineFilterModel filter;
    filter.setSourceModel(&model);
    QStringList trimmedOutlets;
    for (const QString &o : outlets)
        trimmedOutlets.append(o.trimmed());
    filter.setOutlets(trimmedOutlets);
    filter.setDateRange(from, to);

    TimelineIndex index;
    index.build(&filter,
        lanes == QLatin1String("outlet") ? TimelineIndex::LaneMode::Outlet : TimelineIndex::LaneMode::Category);
    QList<TimelineQuoteMark> marks = TimelineQuotes::fromResult(*result, trimmedOutlets);
    marks.removeIf([&](const TimelineQuoteMark &m) {
        const QDate d = m.said.isValid() ? m.said : m.published.value(0);
        return (from.isValid() && d < from) || (to.isValid() && d > to);
    });
    index.setQuoteMarks(marks);

    if (from.isValid() || to.isValid()) {
        const auto [lo, hi] = index.extent();
        options.from = from.isValid() ? double(from.toJulianDay()) : lo;
        options.to = to.isValid() ? double(to.toJulianDay()) + 1 : hi;
    }
    options.title = parser.isSet(QStringLiteral("title")) ? parser.value(QStringLiteral("title")) : result->corpus.name;
    options.legend = !parser.isSet(QStringLiteral("no-legend"));
    options.transparent = parser.isSet(QStringLiteral("transparent"));
    const TimelineExportSource source { &index, &filter, index.squeezedScale(), QApplication::palette(),
        QApplication::font() };
    const QString error = TimelineExporter::write(output, source, options);
    if (!error.isEmpty()) {
        CommandSupport::printError(error);
        return 1;
    }
    return 0;
}
