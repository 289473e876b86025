// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/stringpool.h"

void StringPool::share(QList<EventMention> &mentions)
{
    // One lock an article: decoding is the longer part and runs outside it.
    const QMutexLocker lock(&m_mutex);
    for (EventMention &m : mentions)
        share(m);
}

void StringPool::share(QString &s)
{
    if (s.isEmpty())
        return;
    if (const auto it = m_strings.constFind(s); it != m_strings.cend())
        s = *it;
    else
        m_strings.insert(s);
}

void StringPool::share(QStringList &list)
{
    for (QString &s : list)
        share(s);
}

void StringPool::share(EventMention &m)
{
    share(m.text);
    share(m.timex.text);
    share(m.timex.value);
    share(m.trigger);
    share(m.place);
    share(m.participants);
    share(m.theme);
    share(m.claim);
}
