// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "timeline/timelinepainter.h"

#include "common/annotationmark.h"
#include "itemmodels/timelinemodel.h"
#include "presentation/speakercolors.h"
#include "timeline/categorycolors.h"
#include "timeline/contextlabels.h"
#include "timeline/labelplacer.h"
#include "timeline/timelinelegend.h"
#include "timeline/timelinemarks.h"

#include <QAbstractItemModel>
#include <QPainter>
#include <QTextLayout>

#include <algorithm>
#include <cmath>
#include <limits>

namespace
{
constexpr double Margin = 8;
constexpr double Gutter = 148; // lane names
constexpr double OverviewHeight = 30;
constexpr double AxisHeight = 36;
constexpr double LegendHeight = 24;
constexpr double MaxLaneHeight = 150;
constexpr double MarkerTop = 13; // the marker line, from a lane's top
constexpr double BucketWidth = 3; // pixels per density bucket
constexpr double MaxLabelWidth = 190;
constexpr double LabelGap = 6; // between labels in a row
constexpr double LeaderInset = 4; // a lower row's leader line, from its label's left edge
constexpr double BreakHalfWidth = 6; // a break mark's zigzags, either side of its middle (TimelineMarks::breakMark)

QFont titleFontOf(const QFont &font)
{
    QFont title = font;
    title.setPointSizeF(font.pointSizeF() * 1.5);
    title.setWeight(QFont::DemiBold);
    return title;
}

// The title as drawn: wrapped to at most two lines, the second elided, so that a long title is read to its end
// (a story's dates often close it) instead of being cut where the first line ends.
QStringList titleLines(const QString &title, const QFont &font, double width)
{
    QTextLayout text(title, font);
    QStringList lines;
    text.beginLayout();
    for (QTextLine line = text.createLine(); line.isValid(); line = text.createLine()) {
        line.setLineWidth(width);
        if (lines.size() == 1) {
            lines.append(QFontMetricsF(font).elidedText(title.mid(line.textStart()).trimmed(), Qt::ElideRight, width));
            break;
        }
        lines.append(title.mid(line.textStart(), line.textLength()).trimmed());
    }
    text.endLayout();
    return lines;
}

// A label of a marker just after a shortened empty stretch, which would start on the stretch's zigzags, starts
// past them instead: drawn over them, it looked crossed out, and the break read as part of the text.
double pastBreaks(const TimelineGeometry &g, double labelX, double markerX)
{
    for (const TimeScale::Gap &gap : g.scale().gaps()) {
        const double mid = (g.mapTimeToX(gap.time0) + g.mapTimeToX(gap.time1)) / 2;
        if (markerX >= mid && labelX >= mid - BreakHalfWidth && labelX < mid + BreakHalfWidth + 2)
            return mid + BreakHalfWidth + 2;
    }
    return labelX;
}

QColor withAlpha(QColor c, int alpha)
{
    c.setAlpha(alpha);
    return c;
}

QString compactCount(int n)
{
    if (n >= 1000000)
        return QString::number(n / 1000000.0, 'f', 1) + QLatin1Char('M');
    if (n >= 10000)
        return QString::number(n / 1000) + QLatin1Char('k');
    if (n >= 1000)
        return QString::number(n / 1000.0, 'f', 1) + QLatin1Char('k');
    return QString::number(n);
}

QString gapText(double days)
{
    // The counts are computed first: lupdate 6.4 hangs on a cast of a call as the count argument.
    const int years = int(std::lround(days / 365.25));
    const int months = int(std::lround(days / 30.44));
    const int whole = int(std::lround(days));
    if (days >= 365.25 * 1.5)
        return TimelinePainter::tr("%n years", nullptr, years);
    if (days >= 45)
        return TimelinePainter::tr("%n months", nullptr, months);
    return TimelinePainter::tr("%n days", nullptr, whole);
}

// Labels are first cut at MaxLabelWidth so that crowded lanes fit many; then each cut label takes back
// what the next label in its row leaves free (with the placer's gap and room for a "+N"), up to `right`.
// With `leaders`, a label in a lower row hangs from its marker by a line that a label above must not cross.
template<typename Placed, typename FullText>
void widenCutLabels(QList<Placed> &placed, double right, double badgeRoom, const QFontMetricsF &fm, bool leaders,
    const FullText &fullText)
{
    const QChar ellipsis(0x2026);
    for (Placed &pl : placed) {
        if (!pl.text.endsWith(ellipsis))
            continue;
        double limit = right;
        for (const Placed &other : std::as_const(placed)) {
            if (other.rect.left() <= pl.rect.left())
                continue;
            if (other.rect.top() == pl.rect.top())
                limit = std::min(limit, other.rect.left() - LabelGap);
            else if (leaders && other.rect.top() > pl.rect.top())
                limit = std::min(limit, other.rect.left() + LeaderInset - LabelGap / 2); // its leader runs down here
        }
        const double room = limit - pl.rect.left() - badgeRoom;
        if (room <= pl.rect.width())
            continue;
        const QString text = fm.elidedText(fullText(pl), Qt::ElideRight, room);
        const double w = fm.horizontalAdvance(text);
        if (w > pl.rect.width()) {
            pl.text = text;
            pl.rect.setWidth(w);
        }
    }
}

}

TimelinePainter::TimelinePainter(
    const TimelineIndex &index, const QAbstractItemModel *model, const QPalette &palette, const QFont &font)
    : m_index(index)
    , m_model(model)
    , m_palette(palette)
    , m_font(font)
    , m_dark(palette.color(QPalette::Base).lightness() < 128)
{
}

QColor TimelinePainter::laneColor(int lane) const
{
    // Outlets and categories keep their colour everywhere, whatever the lane's rank.
    if (m_index.laneMode() == TimelineIndex::LaneMode::Outlet)
        return SpeakerColors::forName(m_index.lanes().at(lane).name, m_dark);
    return CategoryColors::forCategory(m_index.lanes().at(lane).name, m_dark);
}

QString TimelinePainter::labelOf(int row) const
{
    return m_model ? m_model->index(row, 0).data(TimelineModel::LabelRole).toString() : QString();
}

TimelineLayout TimelinePainter::layout(const QRectF &rect, const TimelinePaintOptions &options) const
{
    TimelineLayout l;
    const QRectF inner = rect.adjusted(Margin, Margin, -Margin, -Margin);
    double y = inner.top();
    if (!options.title.isEmpty()) {
        const QFont titleFont = titleFontOf(m_font);
        const double h
            = titleLines(options.title, titleFont, inner.width()).size() * QFontMetricsF(titleFont).height() + 8;
        l.title = QRectF(inner.left(), y, inner.width(), h);
        y += h;
    }
    if (options.overview) {
        l.overview = QRectF(inner.left() + Gutter, y, inner.width() - Gutter, OverviewHeight);
        y += OverviewHeight + 4;
    }
    l.axis = QRectF(inner.left(), y, inner.width(), AxisHeight);
    y += AxisHeight;
    const double legend = options.legend ? LegendHeight : 0;
    l.lanes = QRectF(inner.left(), y, inner.width(), std::max(0.0, inner.bottom() - y - legend));
    if (options.legend)
        l.legend = QRectF(inner.left(), inner.bottom() - legend, inner.width(), legend);
    l.plotLeft = inner.left() + Gutter + 6;
    l.plotRight = inner.right() - 6 - options.scrollBarWidth;

    // Every lane at least tall enough for a row of labels; when they do not all fit, the event lanes
    // scroll and the quotes lane stays at the bottom.
    const int events = int(m_index.lanes().size());
    const bool quotes = !m_index.quoteMarks().isEmpty();
    const int total = events + (quotes ? 1 : 0);
    if (total == 0)
        return l;
    l.laneHeight = std::clamp(l.lanes.height() / total, minLaneHeight(), MaxLaneHeight);
    const double quotesHeight = quotes ? l.laneHeight : 0;
    l.eventLanesContent = events * l.laneHeight;
    const double eventRoom = std::max(0.0, std::min(l.eventLanesContent, l.lanes.height() - quotesHeight));
    l.eventLanes = QRectF(l.lanes.left(), l.lanes.top(), l.lanes.width(), eventRoom);
    if (quotes)
        l.quotesLane = QRectF(l.lanes.left(), l.eventLanes.bottom(), l.lanes.width(), quotesHeight);
    return l;
}

double TimelinePainter::minLaneHeight() const
{
    // The marker row and one row of labels under it.
    return MarkerTop + 8 + QFontMetricsF(m_font).height() + 1 + 8;
}

double TimelinePainter::heightShowingAllLanes(const QRectF &rect, const TimelinePaintOptions &options) const
{
    const TimelineLayout l = layout(rect, options);
    const double needed = l.eventLanesContent + l.quotesLane.height();
    return rect.height() + std::max(0.0, needed - l.eventLanes.height() - l.quotesLane.height());
}

double TimelinePainter::maxLaneScroll(const TimelineLayout &l)
{
    return std::max(0.0, l.eventLanesContent - l.eventLanes.height());
}

QList<TimelinePainter::LaneBox> TimelinePainter::laneBoxes(const TimelineLayout &l, double scroll) const
{
    QList<LaneBox> boxes;
    if (l.laneHeight <= 0)
        return boxes;
    scroll = std::clamp(scroll, 0.0, maxLaneScroll(l));
    for (int i = 0; i < m_index.lanes().size(); ++i) {
        const QRectF rect(
            l.eventLanes.left(), l.eventLanes.top() - scroll + i * l.laneHeight, l.eventLanes.width(), l.laneHeight);
        if (rect.bottom() > l.eventLanes.top() && rect.top() < l.eventLanes.bottom())
            boxes.append({ i, rect });
    }
    if (!l.quotesLane.isEmpty())
        boxes.append({ -1, l.quotesLane });
    return boxes;
}

TimelineGeometry TimelinePainter::overviewGeometry(const TimelineGeometry &detail, const TimelineLayout &l) const
{
    TimelineGeometry overview;
    overview.setScale(detail.scale());
    overview.setPixelRange(l.plotLeft, l.plotRight);
    const auto [lo, hi] = m_index.extent();
    if (hi > lo)
        overview.fit(lo, hi, 0.02);
    else
        overview.setVisibleTime(detail.visibleStart(), detail.visibleEnd());
    return overview;
}

void TimelinePainter::paint(QPainter *p, const QRectF &rect, const TimelineGeometry &detail,
    const TimelinePaintOptions &options, QList<TimelineHit> *hits) const
{
    p->save();
    p->setFont(m_font);
    p->setRenderHint(QPainter::Antialiasing);
    if (!options.transparent)
        p->fillRect(rect, m_palette.color(QPalette::Base));
    const TimelineLayout l = layout(rect, options);
    if (hits)
        hits->clear();

    paintTitle(p, l, options);
    if (m_index.isEmpty()) {
        p->setPen(m_palette.color(QPalette::PlaceholderText));
        p->drawText(l.lanes, Qt::AlignCenter | Qt::TextWordWrap,
            options.emptyText.isEmpty() ? noDatedEventsText() : options.emptyText);
        p->restore();
        return;
    }
    if (options.overview)
        paintOverview(p, l, detail, options);
    const QList<LaneBox> boxes = laneBoxes(l, options.laneScroll);
    const auto clipOf = [&l](const LaneBox &box) { return box.lane < 0 ? l.quotesLane : l.eventLanes; };
    for (const LaneBox &box : boxes) {
        p->save();
        p->setClipRect(clipOf(box));
        paintLaneFrame(p, box, box.lane < 0 ? int(m_index.lanes().size()) : box.lane, l);
        p->restore();
    }
    const double lanesBottom = l.quotesLane.isEmpty() ? l.eventLanes.bottom() : l.quotesLane.bottom();
    const QList<QRectF> tickLabels = paintAxis(p, l, detail, lanesBottom);
    // The years row stays whole: a year that begins inside a shortened stretch keeps its label.
    paintGaps(p, QRectF(l.plotLeft, l.axis.top(), l.plotRight - l.plotLeft, lanesBottom - l.axis.top()), detail,
        tickLabels, yearsRowHeight());

    const QRectF plot(l.plotLeft - 4, l.axis.bottom(), l.plotRight - l.plotLeft + 8, lanesBottom - l.axis.bottom());
    for (const LaneBox &box : boxes) {
        p->save();
        p->setClipRect(plot.intersected(clipOf(box)));
        if (box.lane < 0)
            paintQuotes(p, box, detail, options, hits);
        else
            paintItems(p, box, detail, options, hits);
        p->restore();
    }
    if (options.rangeEnd != options.rangeStart) {
        p->save();
        p->setClipRect(plot);
        const double x0 = detail.mapTimeToX(std::min(options.rangeStart, options.rangeEnd));
        const double x1 = detail.mapTimeToX(std::max(options.rangeStart, options.rangeEnd));
        const QColor h = m_palette.color(QPalette::Highlight);
        p->fillRect(QRectF(x0, l.axis.bottom(), x1 - x0, lanesBottom - l.axis.bottom()), withAlpha(h, 50));
        p->setPen(QPen(h, 1));
        p->drawLine(QPointF(x0, l.axis.bottom()), QPointF(x0, lanesBottom));
        p->drawLine(QPointF(x1, l.axis.bottom()), QPointF(x1, lanesBottom));
        // Say what the picked range is for, where the analyst looks.
        const QString hint = tr("Enter: zoom to this range");
        const QFontMetricsF fm(m_font);
        const QRectF hintRect(x0 + 4, l.axis.bottom() + 2, fm.horizontalAdvance(hint) + 8, fm.height() + 2);
        if (hintRect.right() < x1 - 2) {
            p->fillRect(hintRect, withAlpha(m_palette.color(QPalette::Base), 220));
            p->setPen(m_palette.color(QPalette::Text));
            p->drawText(hintRect, Qt::AlignCenter, hint);
        }
        p->restore();
    }
    if (m_index.undatedCount() > 0) {
        p->setPen(m_palette.color(QPalette::PlaceholderText));
        p->drawText(QRectF(l.axis.left(), l.axis.top(), Gutter - 12, l.axis.height()),
            Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap,
            tr("%n undated event(s) not shown", nullptr, m_index.undatedCount()));
    }
    if (options.legend)
        TimelineLegend(m_palette, m_font)
            .paint(p, l.legend, !m_index.quoteMarks().isEmpty(), !detail.scale().gaps().isEmpty(),
                detail.scale().compressesBackground());
    p->restore();
}

void TimelinePainter::paintTitle(QPainter *p, const TimelineLayout &l, const TimelinePaintOptions &o) const
{
    if (o.title.isEmpty())
        return;
    const QFont titleFont = titleFontOf(m_font);
    const double lineHeight = QFontMetricsF(titleFont).height();
    p->save();
    p->setFont(titleFont);
    p->setPen(m_palette.color(QPalette::Text));
    QRectF line(l.title.left(), l.title.top(), l.title.width(), lineHeight);
    for (const QString &text : titleLines(o.title, titleFont, l.title.width())) {
        p->drawText(line, Qt::AlignLeft | Qt::AlignTop, text);
        line.translate(0, lineHeight);
    }
    p->restore();
}

void TimelinePainter::paintOverview(
    QPainter *p, const TimelineLayout &l, const TimelineGeometry &detail, const TimelinePaintOptions &o) const
{
    const TimelineGeometry overview = overviewGeometry(detail, l);
    const QRectF band = l.overview;
    p->save();
    p->setPen(Qt::NoPen);
    p->setBrush(m_palette.color(QPalette::AlternateBase));
    p->drawRoundedRect(band, 4, 4);
    p->setPen(m_palette.color(QPalette::PlaceholderText));
    p->drawText(
        QRectF(l.axis.left(), band.top(), Gutter - 8, band.height()), Qt::AlignLeft | Qt::AlignVCenter, tr("Overview"));
    p->setClipRect(band);
    paintDensity(p, band.adjusted(0, 3, 0, -3), overview, m_palette.color(QPalette::Mid),
        [&](const QList<double> &boundaries) { return m_index.densityBetween(-1, boundaries); });
    paintGaps(p, band, overview);
    if (o.selectedRow >= 0) {
        const auto [s, e] = m_index.timeOf(o.selectedRow);
        if (e > s) {
            const double x = overview.mapTimeToX((s + e) / 2);
            p->setPen(QPen(m_palette.color(QPalette::Highlight), 2));
            p->drawLine(QPointF(x, band.top()), QPointF(x, band.bottom()));
        }
    }
    // The detail band's window.
    const double x0 = std::max(band.left(), overview.mapTimeToX(detail.visibleStart()));
    const double x1 = std::min(band.right(), overview.mapTimeToX(detail.visibleEnd()));
    const QColor h = m_palette.color(QPalette::Highlight);
    p->setPen(QPen(h, 1.5));
    p->setBrush(withAlpha(h, 40));
    p->drawRoundedRect(QRectF(x0, band.top() + 1, std::max(3.0, x1 - x0), band.height() - 2), 3, 3);
    p->restore();
}

double TimelinePainter::yearsRowHeight() const
{
    return QFontMetricsF(m_font).height() + 2;
}

QList<QRectF> TimelinePainter::paintAxis(
    QPainter *p, const TimelineLayout &l, const TimelineGeometry &g, double lanesBottom) const
{
    QList<QRectF> drawn;
    const QRectF axis(l.plotLeft, l.axis.top(), l.plotRight - l.plotLeft, l.axis.height());
    const QColor text = m_palette.color(QPalette::Text);
    const QColor faint = m_palette.color(QPalette::PlaceholderText);
    const QFontMetricsF fm(m_font);
    p->save();
    p->setClipRect(axis.adjusted(-2, 0, 2, 0));
    // Under the tick labels, where the background runs at another pace than the story.
    for (const TimeScale::Gap &stretch : g.scale().stretches()) {
        if (stretch.empty)
            continue;
        const double x0 = std::max(axis.left(), g.mapTimeToX(stretch.time0));
        const double x1 = std::min(axis.right(), g.mapTimeToX(stretch.time1));
        if (x1 > x0)
            p->fillRect(QRectF(x0, axis.top() + yearsRowHeight(), x1 - x0, axis.height() - yearsRowHeight()),
                TimelineLegend::compressionTint(m_palette));
    }
    const double contextY = axis.top() + yearsRowHeight() - fm.descent() - 1;
    const double tickY = axis.bottom() - 6;
    QFont bold = m_font;
    bold.setWeight(QFont::DemiBold);
    p->setFont(bold);
    p->setPen(text);
    for (const ContextLabels::Placed &c : ContextLabels::place(g.contextLabels(), axis.left(), axis.right(),
             [fb = QFontMetricsF(bold)](const QString &label) { return fb.horizontalAdvance(label); })) {
        p->drawText(QPointF(c.x, contextY), c.label);
        p->drawLine(QPointF(c.tickX, contextY - fm.ascent()), QPointF(c.tickX, contextY + 2));
    }
    p->setFont(m_font);
    double lastRight = -1e9;
    const QList<TimelineGeometry::Tick> ticks = g.ticks();
    for (const auto &t : ticks) {
        p->setPen(QPen(t.major ? text : faint, 1));
        p->drawLine(QPointF(t.x, axis.bottom()), QPointF(t.x, axis.bottom() - (t.major ? 6 : 3)));
        if (!t.major)
            continue;
        const double w = fm.horizontalAdvance(t.label);
        const double x = std::clamp(t.x - w / 2, axis.left(), axis.right() - w);
        if (x < lastRight + 6)
            continue;
        p->drawText(QPointF(x, tickY - 2), t.label);
        drawn.append(QRectF(x, tickY - 2 - fm.ascent(), w, fm.height()));
        lastRight = x + w;
    }
    p->setPen(QPen(faint, 1));
    p->drawLine(axis.bottomLeft(), axis.bottomRight());
    p->restore();

    // Grid lines for major ticks through the lanes.
    p->save();
    p->setPen(QPen(withAlpha(faint, 45), 1));
    for (const auto &t : ticks) {
        if (t.major && t.x >= l.plotLeft && t.x <= l.plotRight)
            p->drawLine(QPointF(t.x, l.axis.bottom()), QPointF(t.x, lanesBottom));
    }
    p->restore();
    return drawn;
}

void TimelinePainter::paintGaps(
    QPainter *p, const QRectF &band, const TimelineGeometry &g, const QList<QRectF> &tickLabels, double header) const
{
    const QColor line = m_palette.color(QPalette::PlaceholderText);
    const QColor fill = m_palette.color(QPalette::Base);
    QFont small = m_font;
    small.setPointSizeF(m_font.pointSizeF() * 0.85);
    const QFontMetricsF smallMetrics(small);
    p->save();
    p->setClipRect(band);
    for (const TimeScale::Gap &gap : g.scale().gaps()) {
        const double x0 = g.mapTimeToX(gap.time0);
        const double x1 = g.mapTimeToX(gap.time1);
        if (x1 < band.left() || x0 > band.right())
            continue;
        QBrush hatch(withAlpha(line, 40), Qt::BDiagPattern);
        const double top = band.top() + header;
        p->fillRect(QRectF(x0, top, x1 - x0, band.bottom() - top), hatch);
        const double mid = (x0 + x1) / 2;
        TimelineMarks::breakMark(p, mid - 2.5, top, band.bottom(), withAlpha(line, 160), fill);
        if (tickLabels.isEmpty())
            continue;
        // In the tick-label row, inside the stretch and clear of the labels of the ticks at its edges.
        double left = x0 + 2;
        double right = x1 - 2;
        for (const QRectF &label : tickLabels) {
            if (label.center().x() <= mid)
                left = std::max(left, label.right() + 4);
            else
                right = std::min(right, label.left() - 4);
        }
        const QString text = gapText(gap.days());
        const double w = smallMetrics.horizontalAdvance(text) + 8;
        if (w > right - left)
            continue;
        const double x = std::clamp(mid - w / 2, left, right - w);
        const QRectF textRect(x, band.top() + AxisHeight - 21, w, 14);
        p->fillRect(textRect, fill);
        p->setPen(line);
        p->setFont(small);
        p->drawText(textRect, Qt::AlignCenter, text);
        p->setFont(m_font);
    }
    p->restore();
}

void TimelinePainter::paintLaneFrame(QPainter *p, const LaneBox &box, int position, const TimelineLayout &l) const
{
    const bool quotes = box.lane < 0;
    if (position % 2 == 1)
        p->fillRect(box.rect, withAlpha(m_palette.color(QPalette::AlternateBase), 160));
    const QString name = quotes ? tr("Quotes") : m_index.lanes().at(box.lane).name;
    const int count = quotes ? int(m_index.quoteMarks().size()) : int(m_index.lanes().at(box.lane).items.size());
    const QColor color = quotes ? m_palette.color(QPalette::Text) : laneColor(box.lane);
    const QFontMetricsF fm(m_font);
    const double y = box.rect.top() + MarkerTop;
    p->save();
    p->setPen(Qt::NoPen);
    p->setBrush(color);
    if (quotes) {
        TimelineMarks::statement(p, QPointF(box.rect.left() + 6, y), color, color, true);
    } else {
        p->drawRoundedRect(QRectF(box.rect.left() + 1, y - 5, 10, 10), 2, 2);
    }
    p->setPen(m_palette.color(QPalette::Text));
    const QString countText = compactCount(count);
    const double countWidth = fm.horizontalAdvance(countText);
    const double nameWidth = Gutter - 24 - countWidth - 8;
    p->drawText(QPointF(box.rect.left() + 16, y + fm.ascent() / 2 - 1),
        fm.elidedText(name.isEmpty() ? tr("other") : name, Qt::ElideMiddle, nameWidth));
    p->setPen(m_palette.color(QPalette::PlaceholderText));
    p->drawText(QPointF(l.plotLeft - 10 - countWidth, y + fm.ascent() / 2 - 1), countText);
    p->setPen(QPen(withAlpha(m_palette.color(QPalette::PlaceholderText), 60), 1));
    p->drawLine(QPointF(box.rect.left(), box.rect.bottom()), QPointF(box.rect.right(), box.rect.bottom()));
    p->restore();
}

void TimelinePainter::paintDensity(QPainter *p, const QRectF &rect, const TimelineGeometry &g, const QColor &color,
    const std::function<QList<double>(const QList<double> &)> &count) const
{
    const int buckets = int(std::ceil((rect.right() - rect.left()) / BucketWidth));
    if (buckets <= 0)
        return;
    QList<double> boundaries(buckets + 1);
    for (int b = 0; b <= buckets; ++b)
        boundaries[b] = g.mapXToTime(rect.left() + b * BucketWidth);
    const QList<double> counts = count(boundaries);
    const double most = counts.isEmpty() ? 0 : *std::max_element(counts.cbegin(), counts.cend());
    if (most <= 0)
        return;
    // Axis-aligned bars on whole pixels need no antialiasing, which keeps a million events cheap.
    p->save();
    p->setRenderHint(QPainter::Antialiasing, false);
    const double full = rect.height();
    const int bottom = int(std::round(rect.bottom()));
    for (int b = 0; b < buckets; ++b) {
        // What is left of the running totals' rounding is not an event.
        if (counts.at(b) < 1e-6)
            continue;
        // Square root: a single event stays visible beside a peak of thousands.
        const int h = std::max(2, int(full * std::sqrt(counts.at(b) / most)));
        p->fillRect(QRect(int(rect.left() + b * BucketWidth), bottom - h, int(BucketWidth) - 1, h), color);
    }
    p->restore();
}

void TimelinePainter::paintItems(QPainter *p, const LaneBox &box, const TimelineGeometry &g,
    const TimelinePaintOptions &o, QList<TimelineHit> *hits) const
{
    const TimelineLane &lane = m_index.lanes().at(box.lane);
    const double t0 = g.visibleStart();
    const double t1 = g.visibleEnd();
    const auto [first, last] = m_index.visibleRange(box.lane, t0, t1);
    const QColor color = laneColor(box.lane);
    const double y = box.rect.top() + MarkerTop;
    const double plotLeft = g.left();
    const double plotRight = g.right();

    if (!g.drawsItems(last - first)) {
        // Too dense for single items: density bars and counts per stretch.
        const QRectF bars(plotLeft, box.rect.top() + 4, plotRight - plotLeft, box.rect.height() - 8);
        paintDensity(p, bars, g, withAlpha(color, 170),
            [&](const QList<double> &boundaries) { return m_index.densityBetween(box.lane, boundaries); });
        p->setPen(m_palette.color(QPalette::Text));
        const QFontMetricsF fm(m_font);
        for (double x = plotLeft; x < plotRight; x += 90) {
            const int n = m_index.countBetween(box.lane, g.mapXToTime(x), g.mapXToTime(std::min(x + 90, plotRight)));
            if (n == 0)
                continue;
            const QString text = compactCount(n);
            const QRectF r(x + 45 - fm.horizontalAdvance(text) / 2 - 3, box.rect.top() + 2,
                fm.horizontalAdvance(text) + 6, fm.height());
            p->fillRect(r, withAlpha(m_palette.color(QPalette::Base), 200));
            p->drawText(r, Qt::AlignCenter, text);
        }
        return;
    }

    const QFontMetricsF fm(m_font);
    const double lineHeight = fm.height() + 1;
    const int rows = std::clamp(int((box.rect.bottom() - y - 8) / lineHeight), 0, 4);
    const QColor text = m_palette.color(QPalette::Text);
    const QColor highlight = m_palette.color(QPalette::Highlight);
    const QColor base = m_palette.color(QPalette::Base);
    const double badgeRoom = fm.horizontalAdvance(QStringLiteral(" +999"));
    LabelPlacer placer(rows, LabelGap);
    double coveredFrom = std::numeric_limits<double>::infinity();
    double coveredTo = -std::numeric_limits<double>::infinity();
    struct Placed {
        int item;
        int row;
        QRectF rect;
        QString text;
        int hidden = 0;
    };
    QList<Placed> placed;

    for (int i = first; i < last; ++i) {
        const TimelineItem &item = lane.items.at(i);
        if (item.end < t0)
            continue;
        const bool point = item.flags & TimelineItem::Point;
        const double x0 = g.mapTimeToX(item.start);
        const double x1 = g.mapTimeToX(item.end);
        const double x = point ? g.mapTimeToX(item.mid()) : x0;
        QRectF marker;
        if (point) {
            marker = QRectF(x - 5, y - 5, 10, 10);
            TimelineMarks::point(p, marker, color, base);
        } else {
            marker = QRectF(x0, y - 4, std::max(6.0, x1 - x0), 8);
            // Zoomed in, many month-long spans cover the same pixels: paint a stretch once.
            const double shownLeft = std::max(marker.left(), plotLeft - 8);
            const double shownRight = std::min(marker.right(), plotRight + 8);
            if (shownLeft < coveredFrom || shownRight > coveredTo) {
                TimelineMarks::vagueSpan(p, marker, color, plotLeft - 8, plotRight + 8);
                if (shownLeft <= coveredTo) {
                    coveredTo = std::max(coveredTo, shownRight);
                } else {
                    coveredFrom = shownLeft;
                    coveredTo = shownRight;
                }
            }
        }
        if (o.highlightedRows.contains(item.row)) {
            // A wide translucent halo, so it still reads under the selection ring.
            p->setPen(QPen(withAlpha(highlight, 110), 5));
            p->setBrush(Qt::NoBrush);
            if (point)
                p->drawEllipse(marker.adjusted(-5, -5, 5, 5));
            else
                p->drawRoundedRect(marker.adjusted(-4, -4, 4, 4), 5, 5);
        }
        if (item.row == o.selectedRow || item.row == o.hoveredRow) {
            p->setPen(QPen(item.row == o.selectedRow ? highlight : withAlpha(highlight, 140), 2));
            p->setBrush(Qt::NoBrush);
            if (point)
                p->drawEllipse(marker.adjusted(-3, -3, 3, 3));
            else
                p->drawRoundedRect(marker.adjusted(-2, -2, 2, 2), 4, 4);
        }
        if (item.flags & TimelineItem::Conflict)
            TimelineMarks::conflictBadge(p, QRectF(marker.right() - 1, y - 11, 9, 9));
        if (item.flags & TimelineItem::Annotated)
            AnnotationMark::paint(p, QRectF(marker.left() - 8, y - 12, 9, 9), m_dark);
        if (hits)
            hits->append({ marker.adjusted(-3, -3, 3, 3), item.row, -1 });

        // Labels never overlap: one that finds no free row becomes a "+N" on the label before it.
        const double markerX = point ? x - 4 : std::max(plotLeft, x0);
        if (rows == 0)
            continue;
        // Near the right edge a label turns back into the plot instead of being cut.
        const double earliestX
            = pastBreaks(g, std::max(plotLeft, std::min(markerX, plotRight - MaxLabelWidth - badgeRoom)), x);
        QString label;
        double w = 0;
        double labelX = earliestX;
        int row = -1;
        if (placer.hasRoomAt(earliestX)) {
            label = fm.elidedText(labelOf(item.row), Qt::ElideRight, MaxLabelWidth);
            w = fm.horizontalAdvance(label);
            labelX = pastBreaks(g, std::max(plotLeft, std::min(markerX, plotRight - w - badgeRoom)), x);
            row = placer.place(labelX, w + badgeRoom);
        }
        if (row >= 0) {
            placed.append({ i, row, QRectF(labelX, y + 8 + row * lineHeight, w, lineHeight), label });
        } else {
            // Counted on the nearest label before it, which is what covers its place.
            for (qsizetype k = placed.size() - 1; k >= 0; --k) {
                if (placed[k].rect.left() <= labelX) {
                    ++placed[k].hidden;
                    break;
                }
            }
        }
    }
    widenCutLabels(
        placed, plotRight, badgeRoom, fm, true, [&](const Placed &pl) { return labelOf(lane.items.at(pl.item).row); });
    const QColor laneBase = laneBackground(box);
    for (const Placed &pl : std::as_const(placed)) {
        const TimelineItem &item = lane.items.at(pl.item);
        if (pl.row > 0) {
            p->setPen(QPen(withAlpha(color, 120), 1));
            const double lx = pl.rect.left() + LeaderInset;
            p->drawLine(QPointF(lx, y + 6), QPointF(lx, pl.rect.top() + 2));
        }
        QFont f = m_font;
        if (item.row == o.selectedRow)
            f.setWeight(QFont::Bold);
        p->setFont(f);
        // On the lane's own colour, so that break marks, hatching and grid lines do not run through words.
        p->fillRect(labelBackground(pl.rect, QFontMetricsF(f).horizontalAdvance(pl.text)), laneBase);
        p->setPen(text);
        p->drawText(pl.rect.adjusted(0, 0, 40, 0), Qt::AlignLeft | Qt::AlignVCenter, pl.text);
        if (pl.hidden > 0)
            paintHiddenCount(p, pl.rect, pl.hidden, color);
        if (hits)
            hits->append({ pl.rect, item.row, -1, true, pl.hidden });
    }
    p->setFont(m_font);
}

void TimelinePainter::paintQuotes(QPainter *p, const LaneBox &box, const TimelineGeometry &g,
    const TimelinePaintOptions &o, QList<TimelineHit> *hits) const
{
    const QList<TimelineQuoteMark> &marks = m_index.quoteMarks();
    const double t0 = g.visibleStart();
    const double t1 = g.visibleEnd();
    const auto byTime = [](const TimelineQuoteMark &m, double t) { return m.time() < t; };
    // Renderings can be published long after the statement: look back a year for lines reaching in.
    const auto first = std::lower_bound(marks.cbegin(), marks.cend(), t0 - 366, byTime);
    const auto last = std::lower_bound(first, marks.cend(), t1, byTime);
    const double y = box.rect.top() + MarkerTop;
    if (!g.drawsItems(int(last - first))) {
        const QRectF bars(g.left(), box.rect.top() + 4, g.width(), box.rect.height() - 8);
        paintDensity(p, bars, g, withAlpha(m_palette.color(QPalette::Text), 120), [&](const QList<double> &bounds) {
            QList<double> counts(bounds.size() - 1);
            for (qsizetype i = 0; i + 1 < bounds.size(); ++i) {
                counts[i] = double(std::lower_bound(marks.cbegin(), marks.cend(), bounds.at(i + 1), byTime)
                    - std::lower_bound(marks.cbegin(), marks.cend(), bounds.at(i), byTime));
            }
            return counts;
        });
        return;
    }
    const QFontMetricsF fm(m_font);
    const double lineHeight = fm.height() + 1;
    const int rows = std::clamp(int((box.rect.bottom() - y - 8) / lineHeight), 0, 3);
    LabelPlacer placer(rows, LabelGap);
    const QColor text = m_palette.color(QPalette::Text);
    const QColor base = m_palette.color(QPalette::Base);
    const double badgeRoom = fm.horizontalAdvance(QStringLiteral(" +999"));
    struct Placed {
        int index;
        QRectF rect;
        QString text;
        QColor color;
        int hidden = 0;
    };
    QList<Placed> placed;
    for (auto it = first; it != last; ++it) {
        const int index = int(it - marks.cbegin());
        const QColor color = SpeakerColors::forName(it->speaker, m_dark);
        const double x = g.mapTimeToX(it->time());
        // Publications of the renderings: small ticks joined by a thin line, apart from the statement itself.
        if (!it->published.isEmpty()) {
            const double pa = g.mapTimeToX(double(it->published.constFirst().toJulianDay()) + 0.5);
            const double pb = g.mapTimeToX(double(it->published.constLast().toJulianDay()) + 0.5);
            p->setPen(QPen(withAlpha(color, 130), 1));
            // Never a line of no length: PDF viewers report it as a path without a point.
            if (std::max(x, pb) - std::min(x, pa) > 0.5)
                p->drawLine(QPointF(std::min(x, pa), y), QPointF(std::max(x, pb), y));
            for (const QDate &d : it->published) {
                const double px = g.mapTimeToX(double(d.toJulianDay()) + 0.5);
                p->drawLine(QPointF(px, y - 4), QPointF(px, y + 4));
            }
        }
        TimelineMarks::statement(p, QPointF(x, y), color, base, it->said.isValid());
        if (index == o.selectedQuote) {
            p->setPen(QPen(m_palette.color(QPalette::Highlight), 2));
            p->setBrush(Qt::NoBrush);
            p->drawEllipse(QPointF(x, y), 9, 9);
        }
        if (hits)
            hits->append({ QRectF(x - 8, y - 8, 16, 16), -1, index });
        if (rows == 0 || x < g.left() - 8)
            continue;
        // As on the event lanes: a statement whose label finds no room is counted on the label before it.
        const QString label = fm.elidedText(it->label, Qt::ElideRight, MaxLabelWidth);
        const double w = fm.horizontalAdvance(label);
        const double labelX = pastBreaks(g, std::max(g.left(), std::min(x - 4, g.right() - w - badgeRoom)), x);
        const int row = placer.place(labelX, w + badgeRoom);
        if (row >= 0) {
            placed.append({ index, QRectF(labelX, y + 8 + row * lineHeight, w, lineHeight), label, color });
            continue;
        }
        for (qsizetype k = placed.size() - 1; k >= 0; --k) {
            if (placed[k].rect.left() <= labelX) {
                ++placed[k].hidden;
                break;
            }
        }
    }
    widenCutLabels(placed, g.right(), badgeRoom, fm, false, [&](const Placed &pl) { return marks.at(pl.index).label; });
    const QColor laneBase = laneBackground(box);
    for (const Placed &pl : std::as_const(placed)) {
        p->fillRect(labelBackground(pl.rect, pl.rect.width()), laneBase);
        p->setPen(text);
        p->drawText(pl.rect.adjusted(0, 0, 40, 0), Qt::AlignLeft | Qt::AlignVCenter, pl.text);
        if (pl.hidden > 0)
            paintHiddenCount(p, pl.rect, pl.hidden, pl.color);
        if (hits)
            hits->append({ pl.rect, -1, pl.index, true, pl.hidden });
    }
}

QColor TimelinePainter::laneBackground(const LaneBox &box) const
{
    // Opaque: the alternate lanes' tint over the base colour, as paintLaneFrame draws it.
    const int position = box.lane < 0 ? int(m_index.lanes().size()) : box.lane;
    if (position % 2 == 0)
        return m_palette.color(QPalette::Base);
    const QColor base = m_palette.color(QPalette::Base);
    const QColor tint = m_palette.color(QPalette::AlternateBase);
    const double a = 160.0 / 255.0;
    return QColor::fromRgbF(float(base.redF() * (1 - a) + tint.redF() * a),
        float(base.greenF() * (1 - a) + tint.greenF() * a), float(base.blueF() * (1 - a) + tint.blueF() * a));
}

QRectF TimelinePainter::labelBackground(const QRectF &label, double textWidth)
{
    return { label.left() - 2, label.top() + 1, textWidth + 4, label.height() - 2 };
}

void TimelinePainter::paintHiddenCount(QPainter *p, const QRectF &label, int hidden, const QColor &color) const
{
    const QFontMetricsF fm(m_font);
    const QString badge = QStringLiteral("+%1").arg(hidden);
    const QRectF b(label.right() + 4, label.top() + 1, fm.horizontalAdvance(badge) + 6, label.height() - 2);
    p->setPen(Qt::NoPen);
    p->setBrush(withAlpha(color, 60));
    p->drawRoundedRect(b, 4, 4);
    p->setPen(m_palette.color(QPalette::Text));
    p->drawText(b, Qt::AlignCenter, badge);
}
