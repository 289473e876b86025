// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "events/event.h"

#include <QList>
#include <QMutex>
#include <QSet>
#include <QString>

// Equal strings made one: each article's parked mentions decode copies of their own, and the merge, then the events,
// hold every mention (a trigger, a date, a clause's text recur across the corpus). Empty strings are left as they
// are, null or not. Safe to call from several threads: the articles are decoded in parallel.
class StringPool
{
public:
    void share(QList<EventMention> &mentions);

private:
    void share(QString &s);
    void share(QStringList &list);
    void share(EventMention &m);

    QMutex m_mutex;
    QSet<QString> m_strings;
};
