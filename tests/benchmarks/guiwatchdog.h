// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QString>
#include <QTimer>

// How long the GUI thread goes without coming back to its event loop, as an analyst feels it: a timer
// on that thread due every few milliseconds, whose late firings are the blocks. The benchmark labels
// what it is doing, so that the longest block says when it happened.
class GuiWatchdog : public QObject
{
    Q_OBJECT
public:
    explicit GuiWatchdog(QObject *parent = nullptr);

    // Starts a new measurement labelled `phase`.
    void start(const QString &phase);
    void stop();

    qint64 longestMs() const { return m_longest; }
    // The GUI thread's own CPU time in that block: what it costs on a machine that is not shared.
    qint64 longestCpuMs() const { return m_longestCpu; }
    // "phase +1234 ms": what was running and how long after the phase began the block ended.
    QString longestWhere() const { return m_where; }
    // The most CPU the GUI thread spent in one block, and where that block ended: on a loaded machine the
    // longest block is often one that waited for a core, not the one that worked the most.
    qint64 busiestCpuMs() const { return m_busiestCpu; }
    QString busiestWhere() const { return m_busiestWhere; }
    // Blocks longer than 100 ms in this measurement.
    int longBlocks() const { return m_longBlocks; }

private:
    void tick();
    static qint64 threadCpuMs();

    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_lastCpu = 0;
    qint64 m_longest = 0;
    qint64 m_longestCpu = 0;
    qint64 m_busiestCpu = 0;
    int m_longBlocks = 0;
    QString m_phase;
    QString m_where;
    QString m_busiestWhere;
};
