// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "timeline/timescale.h"

#include <QDate>
#include <QList>
#include <QString>

// The timeline's time <-> pixel mapping, zoom, pan, ticks and level of detail, as a plain value.
// Times are Julian day numbers (see TimeScale); x grows to the right from left() to right().
class TimelineGeometry
{
public:
    enum class TickUnit { Day, Week, Month, Quarter, Year, FiveYears, Decade, Century };

    struct Tick {
        double time = 0;
        double x = 0;
        QString label; // empty for minor ticks
        bool major = false;
    };

    static constexpr double MinVisibleDays = 2.0;
    static constexpr double MaxVisibleDays = 365.25 * 400;
    static constexpr double MinLabelSpacing = 64.0; // pixels between labelled ticks
    static constexpr double MinTickSpacing = 6.0; // pixels between minor ticks
    static constexpr double PixelsPerItem = 5.0; // denser than this and a lane is drawn as density

    static double timeOf(QDate date) { return double(date.toJulianDay()); }
    static QDate dateOf(double time);

    void setScale(const TimeScale &scale);
    const TimeScale &scale() const { return m_scale; }
    void setPixelRange(double left, double right);
    double left() const { return m_left; }
    double right() const { return m_right; }
    double width() const { return m_right - m_left; }

    // The widest view zooming out reaches, in axis days (at most MaxVisibleDays).
    void setZoomOutLimit(double axisDays);
    double zoomOutLimit() const { return m_maxAxisDays; }
    // Shows [time0, time1) across the pixel range (kept within the zoom limits).
    void setVisibleTime(double time0, double time1);
    // Shows [time0, time1) with `margin` of the width free on each side.
    void fit(double time0, double time1, double margin = 0.04);
    double visibleStart() const { return m_scale.toTime(m_axis0); }
    double visibleEnd() const { return m_scale.toTime(m_axis1); }
    double visibleAxisDays() const { return m_axis1 - m_axis0; }

    double mapTimeToX(double time) const;
    double mapXToTime(double x) const;
    // Pixels per day outside the squeezed and compressed stretches.
    double pixelsPerDay() const;

    // factor > 1 zooms in; the time under anchorX stays under anchorX.
    void zoom(double factor, double anchorX);
    // Moves the content by dx pixels (positive: to the right, showing earlier times).
    void pan(double dx);

    // The units outside the stretches; compressed background gets coarser ones (majorUnitAt its own scale).
    TickUnit majorUnit() const;
    // Finer unit for unlabelled ticks; equals majorUnit() when there is no room for one.
    TickUnit minorUnit() const;
    static TickUnit majorUnitAt(double pixelsPerDay);
    static TickUnit minorUnitAt(double pixelsPerDay);
    // Ticks within the visible range, outside squeezed stretches, in time order.
    QList<Tick> ticks() const;
    // Coarser labels ("October 2025" over day ticks): one at each period start and at each visible
    // stretch's left edge, so the reader always knows the month or year.
    QList<Tick> contextLabels() const;

    // Whether `visibleItems` items fit to be drawn one by one; otherwise they are drawn as density.
    bool drawsItems(int visibleItems) const { return visibleItems <= width() / PixelsPerItem; }

    static QDate floorDate(QDate date, TickUnit unit);
    static QDate nextDate(QDate date, TickUnit unit);
    static double unitDays(TickUnit unit);

private:
    // A visible stretch of time drawn at one scale.
    struct Piece {
        double from = 0;
        double to = 0;
        double pixelsPerDay = 0;
    };
    // The visible time between squeezed stretches, split where the background's compression changes.
    QList<Piece> visiblePieces() const;
    // `pixelsPerDay`, `dayLabelRoom`: pixels per day of the narrowest piece with day labels.
    static QString tickLabel(QDate date, TickUnit unit, double pixelsPerDay);
    QList<Tick> ticksOf(const Piece &piece, TickUnit unit, bool labelled, double dayLabelRoom) const;

    TimeScale m_scale;
    double m_left = 0;
    double m_right = 1000;
    double m_axis0 = 0;
    double m_axis1 = 365;
    double m_maxAxisDays = MaxVisibleDays;
};
