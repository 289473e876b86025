// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "events/eventmerger.h"

#include "events/conflictfinder.h"
#include "events/eventlabeler.h"
#include "events/lexicon.h"
#include "events/mentionfeatures.h"

#include <QHash>

#include <algorithm>
#include <numeric>

namespace
{
// Mentions of one article that share one time expression (a sentence and those that refer back to it).
struct Unit {
    QList<int> mentions;
    int article = 0;
    Timex timex;
    MentionFeatures features;
};

struct Cluster {
    QList<int> units;
    QDate start;
    QDate end;
    DatePrecision precision = DatePrecision::Unknown;
    double confidence = 0.0;
    QString relation; // for undated clusters: the unresolved value ("PUB-1M"); dated ones collect theirs below
    QSet<QString> presentValues; // PRESENT_REF / PAST_REF of the mentions: the articles' own present
    quint16 families = 0;
    QStringList placeKeys;
    bool descriptivePlace = false;
    QStringList people;
    QStringList types;
    int dayConflicts = 0;
};

// Happenings about one person: different people means different events.
constexpr quint16 personal = Lexicon::Office | Lexicon::Ouster | Lexicon::Speech | Lexicon::Statement;

bool isPresentValue(const QString &value)
{
    return value == QLatin1String("PRESENT_REF") || value == QLatin1String("PAST_REF");
}

int monthKey(const QDate &d)
{
    return d.year() * 12 + d.month() - 1;
}

class Merger
{
public:
    explicit Merger(QList<EventMention> &mentions)
        : m_mentions(mentions)
    {
    }

    QList<Event> run(const Corpus &corpus);

private:
    void buildUnits();
    int score(const Unit &u, const Cluster &c, bool dated) const;
    void add(int clusterIndex, int unitIndex);
    void index(int clusterIndex);
    QList<int> candidates(const Unit &u);
    QList<int> undatedCandidates(const Unit &u);
    void indexKeys(int clusterIndex, const Unit &u);
    bool informative(const Cluster &c) const;

    QList<EventMention> &m_mentions;
    QList<Unit> m_units;
    QList<Cluster> m_clusters;
    QHash<int, QList<int>> m_byMonth; // month key -> clusters whose range is at most two years
    QHash<int, QList<int>> m_byYear; // year -> clusters with longer ranges
    // Place keys and people's words -> clusters an undated mention may join (undated ones, or dated ones
    // with a present of their own); only the latest entries of a key are looked at, to stay linear.
    QHash<QString, QList<int>> m_byKey;
    QList<int> m_seen; // per cluster: the last unit that listed it, to list each candidate once
    int m_stamp = 0;
};

void Merger::buildUnits()
{
    QHash<QPair<int, qint64>, int> byTimex;
    for (int i = 0; i < m_mentions.size(); ++i) {
        const EventMention &m = m_mentions.at(i);
        const auto key = qMakePair(m.article, (qint64(m.timex.span.start) << 32) | m.timex.span.end);
        const auto it = m.timex.span.isEmpty() ? byTimex.end() : byTimex.find(key);
        if (it != byTimex.end()) {
            Unit &u = m_units[it.value()];
            u.mentions.append(i);
            const MentionFeatures f = MentionFeatures::of(m);
            u.features.families |= f.families;
            if (u.features.placeKeys.isEmpty()) {
                u.features.placeKeys = f.placeKeys;
                u.features.descriptivePlace = f.descriptivePlace;
            }
            for (const QString &p : f.people) {
                if (!u.features.people.contains(p))
                    u.features.people.append(p);
            }
            u.features.types.append(f.types);
            continue;
        }
        Unit u;
        u.mentions.append(i);
        u.article = m.article;
        u.timex = m.timex;
        u.features = MentionFeatures::of(m);
        byTimex.insert(key, int(m_units.size()));
        m_units.append(u);
    }
}

// How well a unit fits a cluster; negative = incompatible.
int Merger::score(const Unit &u, const Cluster &c, bool dated) const
{
    const MentionFeatures &f = u.features;
    if (!MentionFeatures::familiesMeet(f.families, c.families))
        return -1;
    const auto place = MentionFeatures::places(f.placeKeys, f.descriptivePlace, c.placeKeys, c.descriptivePlace);
    if (place == MentionFeatures::Agreement::Disagree)
        return -1;
    const bool people = MentionFeatures::sharePerson(f.people, c.people);
    if ((f.families & personal) && !f.people.isEmpty() && !c.people.isEmpty() && !people)
        return -1;
    // Different weapon types are different tests unless time and place say firmly that it is one.
    const bool typesDiffer = !f.types.isEmpty() && !c.types.isEmpty()
        && std::none_of(f.types.begin(), f.types.end(), [&c](const QString &t) { return c.types.contains(t); });
    const bool firm = dated && int(u.timex.precision) <= int(DatePrecision::Week)
        && int(c.precision) <= int(DatePrecision::Week) && place == MentionFeatures::Agreement::Agree;
    if (typesDiffer && !firm)
        return -1;
    if (dated) {
        // Outlets a day apart on one happening at one place (time zones, late reports) disagree on the date;
        // anything further apart is another happening.
        const bool dayApart = u.timex.precision == DatePrecision::Day && c.precision == DatePrecision::Day
            && std::abs(u.timex.start.daysTo(c.start)) <= 1 && place == MentionFeatures::Agreement::Agree;
        if ((u.timex.end < c.start || u.timex.start > c.end) && !dayApart)
            return -1;
    } else {
        // Undated: only a named place, or the same unresolved relation with the same people, ties it.
        const bool sameRelation
            = c.relation == u.timex.value || (isPresentValue(u.timex.value) && c.presentValues.contains(u.timex.value));
        if (!sameRelation)
            return -1;
        if (place != MentionFeatures::Agreement::Agree && !people)
            return -1;
    }
    return 1 + (place == MentionFeatures::Agreement::Agree ? 4 : 0) + (people ? 2 : 0);
}

QList<int> Merger::candidates(const Unit &u)
{
    ++m_stamp;
    QList<int> out;
    const auto take = [&](const QList<int> &list) {
        for (int c : list) {
            if (m_seen[c] != m_stamp) {
                m_seen[c] = m_stamp;
                out.append(c);
            }
        }
    };
    const int first = monthKey(u.timex.start);
    const int last = std::min(monthKey(u.timex.end), first + 240);
    for (int k = first; k <= last; ++k) {
        if (const auto it = m_byMonth.constFind(k); it != m_byMonth.cend())
            take(it.value());
    }
    for (int y = u.timex.start.year(); y <= u.timex.end.year() && y <= u.timex.start.year() + 50; ++y) {
        if (const auto it = m_byYear.constFind(y); it != m_byYear.cend())
            take(it.value());
    }
    return out;
}

QList<int> Merger::undatedCandidates(const Unit &u)
{
    constexpr qsizetype recent = 256;
    ++m_stamp;
    QList<int> out;
    const auto take = [&](const QString &key) {
        const auto it = m_byKey.constFind(key);
        if (it == m_byKey.cend())
            return;
        const QList<int> &list = it.value();
        for (qsizetype i = std::max<qsizetype>(0, list.size() - recent); i < list.size(); ++i) {
            const int c = list.at(i);
            if (m_seen[c] != m_stamp) {
                m_seen[c] = m_stamp;
                out.append(c);
            }
        }
    };
    for (const QString &k : u.features.placeKeys)
        take(k);
    for (const QString &p : u.features.people) {
        take(p.section(QLatin1Char(' '), 0, 0));
        take(p.section(QLatin1Char(' '), -1));
    }
    std::sort(out.begin(), out.end());
    return out;
}

void Merger::indexKeys(int clusterIndex, const Unit &u)
{
    const Cluster &c = m_clusters.at(clusterIndex);
    if (c.start.isValid() && c.presentValues.isEmpty())
        return;
    const auto put = [&](const QString &key) {
        QList<int> &list = m_byKey[key];
        if (list.isEmpty() || list.constLast() != clusterIndex)
            list.append(clusterIndex);
    };
    for (const QString &k : u.features.placeKeys)
        put(k);
    // "Kim" meets "Kim Jong Un" by the first word, "Trump" meets "Donald Trump" by the last.
    for (const QString &p : u.features.people) {
        put(p.section(QLatin1Char(' '), 0, 0));
        put(p.section(QLatin1Char(' '), -1));
    }
}

void Merger::index(int clusterIndex)
{
    const Cluster &c = m_clusters.at(clusterIndex);
    if (!c.start.isValid())
        return;
    const int first = monthKey(c.start);
    const int last = monthKey(c.end);
    if (last - first < 24) {
        for (int k = first; k <= last; ++k)
            m_byMonth[k].append(clusterIndex);
    } else {
        for (int y = c.start.year(); y <= c.end.year(); ++y)
            m_byYear[y].append(clusterIndex);
    }
}

void Merger::add(int clusterIndex, int unitIndex)
{
    Cluster &c = m_clusters[clusterIndex];
    const Unit &u = m_units.at(unitIndex);
    const bool first = c.units.isEmpty();
    c.units.append(unitIndex);
    c.families |= u.features.families;
    if (c.placeKeys.isEmpty() && !u.features.placeKeys.isEmpty()) {
        c.placeKeys = u.features.placeKeys;
        c.descriptivePlace = u.features.descriptivePlace;
    } else if (c.descriptivePlace == u.features.descriptivePlace) {
        for (const QString &k : u.features.placeKeys) {
            if (!c.placeKeys.contains(k))
                c.placeKeys.append(k);
        }
    }
    for (const QString &p : u.features.people) {
        if (!c.people.contains(p))
            c.people.append(p);
    }
    for (const QString &t : u.features.types) {
        if (!c.types.contains(t))
            c.types.append(t);
    }
    if (isPresentValue(u.timex.value))
        c.presentValues.insert(u.timex.value);
    indexKeys(clusterIndex, u);
    if (first) {
        c.start = u.timex.start;
        c.end = u.timex.end;
        c.precision = u.timex.isResolved() ? u.timex.precision : DatePrecision::Unknown;
        c.confidence = u.timex.confidence;
        c.relation = u.timex.isResolved() ? QString() : u.timex.value;
    }
}

// An undated event made only of vague times ("ongoing tests", "in the years since") with no place and no
// checkable detail tells the analyst nothing the dated events do not.
bool Merger::informative(const Cluster &c) const
{
    for (int u : c.units) {
        const Unit &unit = m_units.at(u);
        if (!unit.features.placeKeys.isEmpty() || !unit.features.types.isEmpty() || unit.features.count != 0)
            return true;
        const QString &v = unit.timex.value;
        if (!isPresentValue(v) && !v.startsWith(QLatin1String("PREV")))
            return true;
    }
    return false;
}

QList<Event> Merger::run(const Corpus &corpus)
{
    buildUnits();
    // Finest dates first, so that coarse mentions meet the events they may belong to already formed.
    QList<int> order(m_units.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [this](int a, int b) {
        const Timex &x = m_units.at(a).timex;
        const Timex &y = m_units.at(b).timex;
        if (x.isResolved() != y.isResolved())
            return x.isResolved();
        // A firm date defines an event before a fine but shaky one ("just ahead of", "currently").
        if ((x.confidence >= 0.5) != (y.confidence >= 0.5))
            return x.confidence >= 0.5;
        if (x.precision != y.precision)
            return int(x.precision) < int(y.precision);
        if (x.confidence != y.confidence)
            return x.confidence > y.confidence;
        return x.start < y.start;
    });
    for (int unitIndex : std::as_const(order)) {
        const Unit &u = m_units.at(unitIndex);
        const bool dated = u.timex.isResolved();
        const QList<int> pool = dated ? candidates(u) : undatedCandidates(u);
        int best = -1;
        int bestScore = 0;
        bool tie = false;
        for (int c : std::as_const(pool)) {
            const int s = score(u, m_clusters.at(c), dated && m_clusters.at(c).start.isValid());
            if (s > bestScore) {
                best = c;
                bestScore = s;
                tie = false;
            } else if (s == bestScore && s > 0) {
                tie = true;
            }
        }
        if (best >= 0 && !tie) {
            add(best, unitIndex);
            continue;
        }
        m_clusters.append(Cluster {});
        m_seen.append(0);
        add(int(m_clusters.size() - 1), unitIndex);
        index(int(m_clusters.size() - 1));
    }

    QList<Event> events;
    events.reserve(m_clusters.size());
    for (const Cluster &c : std::as_const(m_clusters)) {
        if (!c.start.isValid() && !informative(c))
            continue;
        Event e;
        e.start = c.start;
        e.end = c.end;
        e.precision = c.precision;
        QList<int> mentionIndices;
        for (int u : c.units)
            mentionIndices.append(m_units.at(u).mentions);
        std::sort(mentionIndices.begin(), mentionIndices.end(), [this](int a, int b) {
            const EventMention &x = m_mentions.at(a);
            const EventMention &y = m_mentions.at(b);
            return std::tie(x.article, x.span.start, x.span.end) < std::tie(y.article, y.span.start, y.span.end);
        });
        // The mention that set the date also names the place, when it gives one.
        const EventMention &defining = m_mentions.at(m_units.at(c.units.first()).mentions.first());
        const QString definingPlace = defining.place;
        for (int i : std::as_const(mentionIndices))
            e.mentions.append(std::move(m_mentions[i]));
        e.category = QLatin1String(Lexicon::categoryOf(c.families));
        EventLabeler::label(e, definingPlace);
        e.conflicts = ConflictFinder::find(corpus, e);
        events.append(std::move(e));
    }
    std::stable_sort(events.begin(), events.end(), [](const Event &a, const Event &b) {
        if (a.start.isValid() != b.start.isValid())
            return a.start.isValid();
        if (a.start != b.start)
            return a.start < b.start;
        if (a.end != b.end)
            return a.end < b.end;
        return a.label < b.label;
    });
    for (int i = 0; i < events.size(); ++i)
        events[i].id = QLatin1Char('e') + QString::number(i + 1);
    return events;
}
}

QList<Event> EventMerger::merge(const Corpus &corpus, QList<EventMention> mentions)
{
    Merger merger(mentions);
    return merger.run(corpus);
}
