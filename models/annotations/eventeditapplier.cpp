// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotations/eventeditapplier.h"

#include "core/logging.h"

#include <algorithm>

namespace
{
class Replay
{
public:
    Replay(QList<Event> events, const Corpus &corpus)
        : m_events(std::move(events))
        , m_corpus(corpus)
    {
    }

    bool apply(const EventEdit &edit);
    QList<Event> take();

private:
    bool matches(const EventMention &m, const MentionKey &key) const
    {
        return m.article >= 0 && m.article < m_corpus.articles.size() && m.span.start == key.start
            && m.span.end == key.end && m_corpus.articles.at(m.article).id == key.articleId;
    }
    // The event the edit `madeBy` made when there is one, else the event that holds most of
    // `keys`; -1 when none holds any.
    int findEvent(const QList<MentionKey> &keys, qint64 madeBy) const;
    QString madeId(const EventEdit &edit);
    // Takes the mentions named by `keys` out of their events (dropping events left empty).
    QList<EventMention> takeMentions(const QList<MentionKey> &keys);
    void removeMention(Event &event, int index);
    static void fitDates(Event &event);

    QList<Event> m_events;
    const Corpus &m_corpus;
    int m_unnumbered = 0;
};

QString Replay::madeId(const EventEdit &edit)
{
    // An edit is numbered once stored; an unnumbered one (a bare replay) still needs a unique id.
    return edit.seq > 0 ? EventEditApplier::madeEventId(edit.seq) : QStringLiteral("u0.%1").arg(++m_unnumbered);
}

int Replay::findEvent(const QList<MentionKey> &keys, qint64 madeBy) const
{
    if (madeBy > 0) {
        const QString id = EventEditApplier::madeEventId(madeBy);
        for (int i = 0; i < m_events.size(); ++i) {
            if (m_events.at(i).id == id)
                return i;
        }
    }
    int best = -1;
    int bestCount = 0;
    for (int i = 0; i < m_events.size(); ++i) {
        int count = 0;
        for (const EventMention &m : m_events.at(i).mentions) {
            count += std::any_of(keys.cbegin(), keys.cend(), [&](const MentionKey &k) { return matches(m, k); });
        }
        if (count > bestCount) {
            best = i;
            bestCount = count;
        }
    }
    return best;
}

void Replay::removeMention(Event &event, int index)
{
    event.mentions.removeAt(index);
    // Conflict indices point into the mentions: renumber them, drop those that no longer compare two.
    for (EventConflict &c : event.conflicts) {
        c.mentions.removeAll(index);
        for (int &i : c.mentions) {
            if (i > index)
                --i;
        }
    }
    event.conflicts.removeIf([](const EventConflict &c) { return c.mentions.size() < 2; });
}

QList<EventMention> Replay::takeMentions(const QList<MentionKey> &keys)
{
    QList<EventMention> taken;
    for (Event &event : m_events) {
        for (int i = int(event.mentions.size()) - 1; i >= 0; --i) {
            const EventMention &m = event.mentions.at(i);
            if (std::any_of(keys.cbegin(), keys.cend(), [&](const MentionKey &k) { return matches(m, k); })) {
                taken.prepend(m);
                removeMention(event, i);
            }
        }
    }
    m_events.removeIf([](const Event &e) { return e.mentions.isEmpty() && !e.id.startsWith(QLatin1Char('u')); });
    return taken;
}

void Replay::fitDates(Event &event)
{
    QDate start;
    QDate end;
    auto precision = DatePrecision::Unknown;
    for (const EventMention &m : std::as_const(event.mentions)) {
        if (!m.timex.isResolved())
            continue;
        if (!start.isValid() || m.timex.start < start)
            start = m.timex.start;
        if (!end.isValid() || m.timex.end > end)
            end = m.timex.end;
        precision = std::min(precision, m.timex.precision);
    }
    if (start.isValid()) {
        event.start = start;
        event.end = end;
        event.precision = precision;
    }
}

bool Replay::apply(const EventEdit &edit)
{
    using Kind = EventEdit::Kind;
    if (edit.kind == Kind::Add) {
        Event made;
        made.id = madeId(edit);
        made.label = edit.label;
        made.category = edit.category;
        made.start = edit.start;
        made.end = edit.end.isValid() ? edit.end : edit.start;
        made.precision = edit.precision;
        made.mentions = takeMentions(edit.other);
        if (!made.start.isValid())
            fitDates(made);
        m_events.append(made);
        return true;
    }
    const int target = findEvent(edit.event, edit.eventMadeBy);
    if (target < 0)
        return false;
    switch (edit.kind) {
    case Kind::Rename:
        m_events[target].label = edit.label;
        return true;
    case Kind::Delete:
        m_events.removeAt(target);
        return true;
    case Kind::Merge: {
        const int other = findEvent(edit.other, edit.otherMadeBy);
        if (other < 0 || other == target)
            return false;
        Event &into = m_events[target];
        const Event from = m_events.at(other);
        const int offset = int(into.mentions.size());
        into.mentions.append(from.mentions);
        for (EventConflict c : from.conflicts) {
            for (int &i : c.mentions)
                i += offset;
            into.conflicts.append(c);
        }
        for (const QString &p : from.participants) {
            if (!into.participants.contains(p))
                into.participants.append(p);
        }
        if (from.start.isValid() && (!into.start.isValid() || from.start < into.start))
            into.start = from.start;
        if (from.end.isValid() && (!into.end.isValid() || from.end > into.end))
            into.end = from.end;
        m_events.removeAt(other);
        return true;
    }
    case Kind::Split:
    case Kind::MoveMention: {
        const QString targetId = m_events.at(target).id;
        QList<EventMention> moved = takeMentions(edit.other);
        if (moved.isEmpty())
            return false;
        Event made;
        Event *into = nullptr;
        if (edit.kind == Kind::Split) {
            made.id = madeId(edit);
            made.label = edit.label;
            const auto source
                = std::find_if(m_events.cbegin(), m_events.cend(), [&](const Event &e) { return e.id == targetId; });
            made.category = source != m_events.cend() ? source->category : QString();
            into = &made;
        } else {
            const auto it
                = std::find_if(m_events.begin(), m_events.end(), [&](const Event &e) { return e.id == targetId; });
            if (it == m_events.end())
                return false;
            into = &*it;
        }
        into->mentions.append(moved);
        fitDates(*into);
        for (Event &e : m_events) {
            if (e.id == targetId && edit.kind == Kind::Split)
                fitDates(e);
        }
        if (edit.kind == Kind::Split)
            m_events.append(made);
        return true;
    }
    case Kind::Add:
        break;
    }
    return false;
}

QList<Event> Replay::take()
{
    std::stable_sort(m_events.begin(), m_events.end(), [](const Event &a, const Event &b) {
        if (a.start.isValid() != b.start.isValid())
            return a.start.isValid();
        return a.start < b.start;
    });
    return std::move(m_events);
}
}

MentionKey EventEditApplier::keyOf(const EventMention &mention, const Corpus &corpus)
{
    const QString id = mention.article >= 0 && mention.article < corpus.articles.size()
        ? corpus.articles.at(mention.article).id
        : QString();
    return { id, mention.span.start, mention.span.end };
}

QString EventEditApplier::madeEventId(qint64 seq)
{
    return QLatin1Char('u') + QString::number(seq);
}

qint64 EventEditApplier::madeBy(const Event &event)
{
    if (!event.id.startsWith(QLatin1Char('u')))
        return 0;
    bool ok = false;
    const qint64 seq = QStringView(event.id).mid(1).toLongLong(&ok);
    return ok && seq > 0 ? seq : 0;
}

void EventEditApplier::nameEvent(EventEdit &edit, const Event &event, const Corpus &corpus)
{
    edit.event = keysOf(event, corpus);
    edit.eventMadeBy = madeBy(event);
}

void EventEditApplier::nameOther(EventEdit &edit, const Event &event, const Corpus &corpus)
{
    edit.other = keysOf(event, corpus);
    edit.otherMadeBy = madeBy(event);
}

QList<MentionKey> EventEditApplier::keysOf(const Event &event, const Corpus &corpus)
{
    QList<MentionKey> keys;
    for (const EventMention &m : event.mentions)
        keys.append(keyOf(m, corpus));
    return keys;
}

EventEditApplier::Result EventEditApplier::apply(
    QList<Event> events, const QList<EventEdit> &edits, const Corpus &corpus)
{
    Replay replay(std::move(events), corpus);
    Result result;
    for (const EventEdit &edit : edits) {
        if (!replay.apply(edit)) {
            result.skipped.append(edit.seq);
            Logging::get("annotations")
                ->info("event edit {} ({}) no longer applies", edit.seq, eventEditKindName(edit.kind).toStdString());
        }
    }
    result.events = replay.take();
    return result;
}
