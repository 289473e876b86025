// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "timeline/timelinegeometry.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

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

void TimelineGeometry::setVisibleTime(double time0, double time1)
{
    double a0 = m_scale.toAxis(time0);
    double a1 = m_scale.toAxis(time1);
    if (a1 < a0)
        std::swap(a0, a1);
    const double span = std::clamp(a1 - a0, MinVisibleDays, MaxVisibleDays);
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
    const double span = std::clamp((m_axis1 - m_axis0) / factor, MinVisibleDays, MaxVisibleDays);
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
    const double ppd = pixelsPerDay();
    for (TickUnit unit : { TickUnit::Day, TickUnit::Week, TickUnit::Month, TickUnit::Quarter, TickUnit::Year,
             TickUnit::FiveYears, TickUnit::Decade }) {
        if (unitDays(unit) * ppd >= MinLabelSpacing)
            return unit;
    }
    return TickUnit::Century;
}

TimelineGeometry::TickUnit TimelineGeometry::minorUnit() const
{
    const TickUnit major = majorUnit();
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
        finer = unitDays(TickUnit::Month) * pixelsPerDay() >= MinTickSpacing ? TickUnit::Month : TickUnit::Quarter;
        break;
    case TickUnit::FiveYears:
    case TickUnit::Decade:
        finer = TickUnit::Year;
        break;
    case TickUnit::Century:
        finer = TickUnit::Decade;
        break;
    }
    return unitDays(finer) * pixelsPerDay() >= MinTickSpacing ? finer : major;
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
        return QDate(y, date.month(), 1);
    case TickUnit::Quarter:
        return QDate(y, (date.month() - 1) / 3 * 3 + 1, 1);
    case TickUnit::Year:
        return QDate(y, 1, 1);
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

QString TimelineGeometry::tickLabel(QDate date, TickUnit unit) const
{
    const QLocale locale;
    switch (unit) {
    case TickUnit::Day:
        // Room for the weekday once a day is wide enough.
        return pixelsPerDay() >= 90
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

QList<std::pair<double, double>> TimelineGeometry::visiblePieces() const
{
    QList<std::pair<double, double>> pieces;
    double from = visibleStart();
    const double to = visibleEnd();
    for (const TimeScale::Gap &gap : m_scale.gaps()) {
        if (gap.time1 <= from)
            continue;
        if (gap.time0 >= to)
            break;
        if (gap.time0 > from)
            pieces.append({ from, gap.time0 });
        from = gap.time1;
    }
    if (from < to)
        pieces.append({ from, to });
    return pieces;
}

QList<TimelineGeometry::Tick> TimelineGeometry::ticksOf(TickUnit unit, bool labelled) const
{
    QList<Tick> ticks;
    const auto pieces = visiblePieces();
    for (const auto &[from, to] : pieces) {
        const QDate last = dateOf(to);
        for (QDate d = floorDate(dateOf(from), unit); d.isValid() && d <= last; d = nextDate(d, unit)) {
            const double t = timeOf(d);
            if (t < from || t > to)
                continue;
            ticks.append({ t, mapTimeToX(t), labelled ? tickLabel(d, unit) : QString(), labelled });
        }
    }
    return ticks;
}

QList<TimelineGeometry::Tick> TimelineGeometry::ticks() const
{
    const TickUnit major = majorUnit();
    const TickUnit minor = minorUnit();
    QList<Tick> result = ticksOf(major, true);
    if (minor != major) {
        QList<Tick> minors = ticksOf(minor, false);
        for (const Tick &t : std::as_const(minors)) {
            const bool taken = std::any_of(result.cbegin(), result.cend(),
                [&t](const Tick &m) { return m.major && std::abs(m.time - t.time) < 0.5; });
            if (!taken)
                result.append(t);
        }
        std::sort(result.begin(), result.end(), [](const Tick &a, const Tick &b) { return a.time < b.time; });
    }
    return result;
}

QList<TimelineGeometry::Tick> TimelineGeometry::contextLabels() const
{
    const TickUnit major = majorUnit();
    TickUnit context;
    QString format;
    switch (major) {
    case TickUnit::Day:
    case TickUnit::Week:
        context = TickUnit::Month;
        format = QStringLiteral("MMMM yyyy");
        break;
    case TickUnit::Month:
    case TickUnit::Quarter:
        context = TickUnit::Year;
        format = QStringLiteral("yyyy");
        break;
    default:
        return {};
    }
    const QLocale locale;
    QList<Tick> labels;
    const auto pieces = visiblePieces();
    for (const auto &[from, to] : pieces) {
        const QDate first = dateOf(from);
        labels.append({ from, mapTimeToX(from), locale.toString(first, format), true });
        const QDate last = dateOf(to);
        for (QDate d = nextDate(floorDate(first, context), context); d.isValid() && d <= last;
             d = nextDate(d, context)) {
            const double t = timeOf(d);
            if (t < to)
                labels.append({ t, mapTimeToX(t), locale.toString(d, format), true });
        }
    }
    return labels;
}
