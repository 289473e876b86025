// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "guiwatchdog.h"

#include <ctime>

namespace
{
constexpr int IntervalMs = 5;
constexpr qint64 LongMs = 100;
}

GuiWatchdog::GuiWatchdog(QObject *parent)
    : QObject(parent)
{
    m_timer.setInterval(IntervalMs);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &GuiWatchdog::tick);
}

void GuiWatchdog::start(const QString &phase)
{
    m_phase = phase;
    m_longest = 0;
    m_longestCpu = 0;
    m_busiestCpu = 0;
    m_longBlocks = 0;
    m_where.clear();
    m_busiestWhere.clear();
    m_clock.start();
    m_last = 0;
    m_lastCpu = threadCpuMs();
    m_timer.start();
}

void GuiWatchdog::stop()
{
    tick();
    m_timer.stop();
}

qint64 GuiWatchdog::threadCpuMs()
{
    timespec t {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return qint64(t.tv_sec) * 1000 + t.tv_nsec / 1000000;
}

void GuiWatchdog::tick()
{
    const qint64 now = m_clock.elapsed();
    const qint64 cpu = threadCpuMs();
    // The time since the last firing, less the interval the timer waits anyway.
    const qint64 block = std::max<qint64>(0, now - m_last - IntervalMs);
    if (block > LongMs)
        ++m_longBlocks;
    if (block > m_longest) {
        m_longest = block;
        m_longestCpu = cpu - m_lastCpu;
        m_where = QStringLiteral("%1 +%2 ms").arg(m_phase).arg(now);
    }
    if (cpu - m_lastCpu > m_busiestCpu) {
        m_busiestCpu = cpu - m_lastCpu;
        m_busiestWhere = QStringLiteral("%1 +%2 ms").arg(m_phase).arg(now);
    }
    m_last = now;
    m_lastCpu = cpu;
}
