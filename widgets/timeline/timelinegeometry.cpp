// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "timeline/timelinegeometry.h"

#include <QLocale>

#include <algorithm>
#include <cmath>
#include <limits>

QDate TimelineGeometry::dateOf(double time)
{
    return QDate::fromJulianDay(qint64(std::floor(time)));
}

void TimelineGeometry::setScale(const TimeScale &scale)
{
    const double t0 = visibleStart();
    const double t1 = visibleEnd();
    m_scale = scale;
    setVisibleTime(t0, t1);
}

void TimelineGeometry::setPixelRange(double left, double right)
{
    m_left = left;
    m_right = std::max(left + 1.0, right);
}

void TimelineGeometry::setZoomOutLimit(double axisDays)
{
    m_maxAxisDays = std::clamp(axisDays, MinVisibleDays, MaxVisibleDays);
}

void TimelineGeometry::setVisibleTime(double time0, double time1)
{
    double a0 = m_scale.toAxis(time0);
    double a1 = m_scale.toAxis(time1);
    if (a1 < a0)
        std::swap(a0, a1);
    const double span = std::clamp(a1 - a0, MinVisibleDays, m_maxAxisDays);
    const double centre = (a0 + a1) / 2;
    m_axis0 = centre - span / 2;
    m_axis1 = centre + span / 2;
}

void TimelineGeometry::fit(double time0, double time1, double margin)
{
    const double a0 = m_scale.toAxis(time0);
    const double a1 = m_scale.toAxis(time1);
    const double span = std::max(a1 - a0, MinVisibleDays);
    const double pad = span * margin / std::max(0.1, 1 - 2 * margin);
    setVisibleTime(m_scale.toTime(a0 - pad), m_scale.toTime(a0 + span + pad));
}

double TimelineGeometry::mapTimeToX(double time) const
{
    return m_left + (m_scale.toAxis(time) - m_axis0) * width() / (m_axis1 - m_axis0);
}

double TimelineGeometry::mapXToTime(double x) const
{
    return m_scale.toTime(m_axis0 + (x - m_left) * (m_axis1 - m_axis0) / width());
}

double TimelineGeometry::pixelsPerDay() const
{
    return width() / (m_axis1 - m_axis0);
}

void TimelineGeometry::zoom(double factor, double anchorX)
{
    if (factor <= 0)
        return;
    const double anchor = m_axis0 + (anchorX - m_left) * (m_axis1 - m_axis0) / width();
    const double span = std::clamp((m_axis1 - m_axis0) / factor, MinVisibleDays, m_maxAxisDays);
    const double fraction = (anchorX - m_left) / width();
    m_axis0 = anchor - span * fraction;
    m_axis1 = m_axis0 + span;
}

void TimelineGeometry::pan(double dx)
{
    const double days = dx * (m_axis1 - m_axis0) / width();
    m_axis0 -= days;
    m_axis1 -= days;
}

double TimelineGeometry::unitDays(TickUnit unit)
{
    switch (unit) {
    case TickUnit::Day:
        return 1;
    case TickUnit::Week:
        return 7;
    case TickUnit::Month:
        return 30.44;
    case TickUnit::Quarter:
        return 91.31;
    case TickUnit::Year:
        return 365.25;
    case TickUnit::FiveYears:
        return 365.25 * 5;
    case TickUnit::Decade:
        return 3652.5;
    case TickUnit::Century:
        return 36525;
    }
    return 1;
}

TimelineGeometry::TickUnit TimelineGeometry::majorUnit() const
{
    return majorUnitAt(pixelsPerDay());
}

TimelineGeometry::TickUnit TimelineGeometry::minorUnit() const
{
    return minorUnitAt(pixelsPerDay());
}

TimelineGeometry::TickUnit TimelineGeometry::majorUnitAt(double pixelsPerDay)
{
    for (TickUnit unit : { TickUnit::Day, TickUnit::Week, TickUnit::Month, TickUnit::Quarter, TickUnit::Year,
             TickUnit::FiveYears, TickUnit::Decade }) {
        if (unitDays(unit) * pixelsPerDay >= MinLabelSpacing)
            return unit;
    }
    return TickUnit::Century;
}

TimelineGeometry::TickUnit TimelineGeometry::minorUnitAt(double pixelsPerDay)
{
    const TickUnit major = majorUnitAt(pixelsPerDay);
    TickUnit finer = major;
    switch (major) {
    case TickUnit::Day:
        return major;
    case TickUnit::Week:
    case TickUnit::Month:
        finer = TickUnit::Day;
        break;
    case TickUnit::Quarter:
        finer = TickUnit::Month;
        break;
    case TickUnit::Year:
        finer = unitDays(TickUnit::Month) * pixelsPerDay >= MinTickSpacing ? TickUnit::Month : TickUnit::Quarter;
        break;
    case TickUnit::FiveYears:
    case TickUnit::Decade:
        finer = TickUnit::Year;
        break;
    case TickUnit::Century:
        finer = TickUnit::Decade;
        break;
    }
    return unitDays(finer) * pixelsPerDay >= MinTickSpacing ? finer : major;
}

QDate TimelineGeometry::floorDate(QDate date, TickUnit unit)
{
    const int y = date.year();
    const auto floorYear = [y](int step) { return QDate(y - (((y % step) + step) % step), 1, 1); };
    switch (unit) {
    case TickUnit::Day:
        return date;
    case TickUnit::Week:
        return date.addDays(1 - date.dayOfWeek());
    case TickUnit::Month:
        return { y, date.month(), 1 };
    case TickUnit::Quarter:
        return { y, (date.month() - 1) / 3 * 3 + 1, 1 };
    case TickUnit::Year:
        return { y, 1, 1 };
    case TickUnit::FiveYears:
        return floorYear(5);
    case TickUnit::Decade:
        return floorYear(10);
    case TickUnit::Century:
        return floorYear(100);
    }
    return date;
}

QDate TimelineGeometry::nextDate(QDate date, TickUnit unit)
{
    switch (unit) {
    case TickUnit::Day:
        return date.addDays(1);
    case TickUnit::Week:
        return date.addDays(7);
    case TickUnit::Month:
        return date.addMonths(1);
    case TickUnit::Quarter:
        return date.addMonths(3);
    case TickUnit::Year:
        return date.addYears(1);
    case TickUnit::FiveYears:
        return date.addYears(5);
    case TickUnit::Decade:
        return date.addYears(10);
    case TickUnit::Century:
        return date.addYears(100);
    }
    return date.addDays(1);
}

QString TimelineGeometry::tickLabel(QDate date, TickUnit unit, double pixelsPerDay)
{
    const QLocale locale;
    switch (unit) {
    case TickUnit::Day:
        // Room for the weekday once a day is wide enough.
        return pixelsPerDay >= 60
            ? locale.dayName(date.dayOfWeek(), QLocale::ShortFormat) + QLatin1Char(' ') + QString::number(date.day())
            : QString::number(date.day());
    case TickUnit::Week:
        return QString::number(date.day());
    case TickUnit::Month:
    case TickUnit::Quarter:
        return locale.monthName(date.month(), QLocale::ShortFormat);
    case TickUnit::Year:
    case TickUnit::FiveYears:
    case TickUnit::Decade:
    case TickUnit::Century:
        return QString::number(date.year());
    }
    return {};
}

QList<TimelineGeometry::Piece> TimelineGeometry::visiblePieces() const
{
    QList<Piece> pieces;
    const double base = pixelsPerDay();
    const auto add = [&](double from, double to, double ppd) {
        if (to <= from)
            return;
        if (!pieces.isEmpty() && pieces.constLast().to == from && pieces.constLast().pixelsPerDay == ppd)
            pieces.last().to = to;
        else
            pieces.append({ from, to, ppd });
    };
    double from = visibleStart();
    const double to = visibleEnd();
    for (const TimeScale::Gap &stretch : m_scale.stretches()) {
        if (stretch.time1 <= from)
            continue;
        if (stretch.time0 >= to)
            break;
        add(from, stretch.time0, base);
        if (!stretch.empty)
            add(std::max(from, stretch.time0), std::min(to, stretch.time1), base * stretch.factor());
        from = stretch.time1;
    }
    add(from, to, base);
    return pieces;
}

QList<TimelineGeometry::Tick> TimelineGeometry::ticksOf(
    const Piece &piece, TickUnit unit, bool labelled, double dayLabelRoom) const
{
    QList<Tick> ticks;
    const QDate last = dateOf(piece.to);
    for (QDate d = floorDate(dateOf(piece.from), unit); d.isValid() && d <= last; d = nextDate(d, unit)) {
        const double t = timeOf(d);
        if (t < piece.from || t >= piece.to)
            continue;
        ticks.append({ t, mapTimeToX(t), labelled ? tickLabel(d, unit, dayLabelRoom) : QString(), labelled });
    }
    return ticks;
}

QList<TimelineGeometry::Tick> TimelineGeometry::ticks() const
{
    QList<Tick> result;
    QList<Piece> pieces = visiblePieces();
    // Day labels name the weekday in every piece or in none, so that compressed background beside the
    // story does not switch between "13" and "Wed 15".
    double dayLabelRoom = std::numeric_limits<double>::infinity();
    for (const Piece &piece : std::as_const(pieces)) {
        if (majorUnitAt(piece.pixelsPerDay) == TickUnit::Day)
            dayLabelRoom = std::min(dayLabelRoom, piece.pixelsPerDay);
    }
    for (const Piece &piece : std::as_const(pieces)) {
        const TickUnit major = majorUnitAt(piece.pixelsPerDay);
        const TickUnit minor = minorUnitAt(piece.pixelsPerDay);
        const QList<Tick> majors = ticksOf(piece, major, true, dayLabelRoom);
        result.append(majors);
        if (minor == major)
            continue;
        const QList<Tick> minors = ticksOf(piece, minor, false, dayLabelRoom);
        for (const Tick &t : minors) {
            const bool taken = std::any_of(
                majors.cbegin(), majors.cend(), [&t](const Tick &m) { return std::abs(m.time - t.time) < 0.5; });
            if (!taken)
                result.append(t);
        }
    }
    std::sort(result.begin(), result.end(), [](const Tick &a, const Tick &b) { return a.time < b.time; });
    return result;
}

QList<TimelineGeometry::Tick> TimelineGeometry::contextLabels() const
{
    // Each period is named once: at its start (inside a shortened stretch when it begins there), or at the
    // left edge when it began before the view. Compressed background may name years where the story names months.
    const QLocale locale;
    const double start = visibleStart();
    QList<Tick> labels;
    QDate namedMonth;
    QDate namedYear;
    const auto pieces = visiblePieces();
    for (const Piece &piece : pieces) {
        TickUnit context;
        QString format;
        QDate *named = nullptr;
        switch (majorUnitAt(piece.pixelsPerDay)) {
        case TickUnit::Day:
        case TickUnit::Week:
            context = TickUnit::Month;
            format = QStringLiteral("MMMM yyyy");
            named = &namedMonth;
            break;
        case TickUnit::Month:
        case TickUnit::Quarter:
            context = TickUnit::Year;
            format = QStringLiteral("yyyy");
            named = &namedYear;
            break;
        default:
            // Years are tick labels here; a piece between shortened stretches that holds no year start
            // still says which year it shows.
            if (!ticksOf(piece, majorUnitAt(piece.pixelsPerDay), false, 0).isEmpty())
                continue;
            context = TickUnit::Year;
            format = QStringLiteral("yyyy");
            named = &namedYear;
            break;
        }
        for (QDate d = floorDate(dateOf(piece.from), context); d.isValid() && timeOf(d) < piece.to;
             d = nextDate(d, context)) {
            if (named->isValid() && d <= *named)
                continue;
            *named = d;
            const double t = std::max(timeOf(d), start);
            labels.append({ t, mapTimeToX(t), locale.toString(d, format), true });
        }
    }
    std::stable_sort(labels.begin(), labels.end(), [](const Tick &a, const Tick &b) { return a.time < b.time; });
    return labels;
}
