// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMutex>
#include <QThread>

#include <atomic>

// Orders the writes of one project's connections within this process. SQLite lets one writer in at
// a time and a blocked one polls, so a long series of background batches (the analysis cache) could
// keep the analyst's own writes waiting past their timeout: here a writer that is waiting is let
// in before the next batch, so it waits for at most one.
class WriteGate
{
public:
    // For ProjectStore::write: enters at once, or after the batch in progress.
    void enter()
    {
        ++m_waiting;
        m_mutex.lock();
        --m_waiting;
    }
    // For a background batch: enters once no other writer is waiting.
    void enterBatch()
    {
        for (;;) {
            while (m_waiting.load() > 0)
                QThread::usleep(200);
            m_mutex.lock();
            if (m_waiting.load() == 0)
                return;
            m_mutex.unlock();
        }
    }
    void leave() { m_mutex.unlock(); }

private:
    QMutex m_mutex;
    std::atomic_int m_waiting = 0;
};
