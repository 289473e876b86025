// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>

#include <ctime>

// What the benchmarks report beside their times: this process' memory and the machine's load, since
// the machine is shared and a figure means little without it.
namespace BenchSupport
{
// A field of /proc/self/status in megabytes ("VmRSS", "VmHWM"); -1 when unreadable.
inline double statusMb(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray prefix = QByteArray(field) + ':';
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).trimmed().split(' ').constFirst().toDouble() / 1024.0;
    }
    return -1;
}
inline double residentMb()
{
    return statusMb("VmRSS");
}
inline double peakResidentMb()
{
    return statusMb("VmHWM");
}
// Starts the peak (VmHWM) again from the current resident size, so each phase reports its own peak.
inline void resetPeakResident()
{
    QFile clear(QStringLiteral("/proc/self/clear_refs"));
    if (clear.open(QIODevice::WriteOnly))
        clear.write("5");
}
// The one-minute load average, as /proc/loadavg gives it.
inline QString loadAverage()
{
    QFile load(QStringLiteral("/proc/loadavg"));
    return load.open(QIODevice::ReadOnly) ? QString::fromLatin1(load.readAll().split(' ').value(0)) : QString();
}
inline double cpuSeconds(clockid_t clock = CLOCK_PROCESS_CPUTIME_ID)
{
    timespec t {};
    clock_gettime(clock, &t);
    return double(t.tv_sec) + double(t.tv_nsec) / 1e9;
}
}
