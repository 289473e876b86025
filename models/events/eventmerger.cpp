// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "events/eventmerger.h"

#include "events/conflictfinder.h"
#include "events/eventcategorizer.h"
#include "events/eventlabeler.h"
#include "events/lexicon.h"
#include "events/mentionfeatures.h"
#include "events/timexvalue.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <array>
#include <cstddef>
#include <iterator>
#include <span>
#include <utility>

namespace
{
using Ids = QList<int>;
using IdSpan = std::span<const int>;

// A cluster's comparable features, with every string interned to an int (a unit's are packed: UnitKeys).
struct Keys {
    quint32 families = 0;
    Ids places;
    bool descriptivePlace = false;
    QList<Ids> people; // each person as the ids of the words of the name
    QList<Ids> themes; // who the happenings are about, as `people`
    Ids names; // every name the mentions give, whole and lower-case, in the id space of `places`
    Ids types;
    Ids lemmas; // base forms of the primary triggers
    Ids otherLemmas; // those of the other trigger phrases (MentionFeatures::otherLemmas): empty for most
    int count = 0;
    bool remains = false; // MentionFeatures::remains
};

// People as UnitKeys packs them: each name as its length, then the ids of its words.
class PackedPeople
{
public:
    // A forward iterator, so that the standard algorithms take it.
    class Iterator
    {
    public:
        using iterator_category = std::forward_iterator_tag;
        using value_type = IdSpan;
        using difference_type = std::ptrdiff_t;
        using pointer = void;
        using reference = IdSpan;

        Iterator() = default;
        explicit Iterator(const int *at)
            : m_at(at)
        {
        }
        IdSpan operator*() const { return { m_at + 1, size_t(*m_at) }; }
        Iterator &operator++()
        {
            m_at += 1 + *m_at;
            return *this;
        }
        Iterator operator++(int)
        {
            const Iterator before = *this;
            ++*this;
            return before;
        }
        bool operator==(const Iterator &other) const = default;

    private:
        const int *m_at = nullptr;
    };

    PackedPeople(const int *begin, const int *end, qsizetype count)
        : m_begin(begin)
        , m_end(end)
        , m_count(count)
    {
    }
    Iterator begin() const { return Iterator(m_begin); }
    Iterator end() const { return Iterator(m_end); }
    qsizetype size() const { return m_count; }
    bool empty() const { return m_count == 0; }

private:
    const int *m_begin;
    const int *m_end;
    qsizetype m_count;
};

// A unit's Keys read in place from the merger's key store, where they are packed one after another: a hundred
// thousand units each with eight lists of their own were the largest part of a merge's memory.
struct UnitKeys {
    // The store's layout of one unit's keys: a header, then the lists in its order, people and themes as PackedPeople.
    enum Field { Families, Flags, Count, Places, Names, Types, Lemmas, OtherLemmas, People, Themes, HeaderSize };
    enum Flag { DescriptivePlace = 1, Remains = 2 };

    quint32 families = 0;
    bool descriptivePlace = false;
    bool remains = false;
    int count = 0;
    IdSpan places;
    IdSpan names;
    IdSpan types;
    IdSpan lemmas;
    IdSpan otherLemmas;
    PackedPeople people;
    PackedPeople themes;

    explicit UnitKeys(const int *at);
    // Appends `keys` to `store` in the layout above; returns where they start.
    static qsizetype pack(const Keys &keys, QList<int> &store);
    Keys unpacked() const;
};

PackedPeople peopleAt(const int *&at, qsizetype count)
{
    const int *begin = at;
    for (qsizetype i = 0; i < count; ++i)
        at += 1 + *at;
    return { begin, at, count };
}

IdSpan idsAt(const int *&at, int count)
{
    const IdSpan ids(at, size_t(count));
    at += count;
    return ids;
}

UnitKeys::UnitKeys(const int *at)
    : families(quint32(at[Families]))
    , descriptivePlace(at[Flags] & DescriptivePlace)
    , remains(at[Flags] & Remains)
    , count(at[Count])
    , people(nullptr, nullptr, 0)
    , themes(nullptr, nullptr, 0)
{
    const int *next = at + HeaderSize;
    places = idsAt(next, at[Places]);
    names = idsAt(next, at[Names]);
    types = idsAt(next, at[Types]);
    lemmas = idsAt(next, at[Lemmas]);
    otherLemmas = idsAt(next, at[OtherLemmas]);
    people = peopleAt(next, at[People]);
    themes = peopleAt(next, at[Themes]);
}

qsizetype UnitKeys::pack(const Keys &keys, QList<int> &store)
{
    const qsizetype at = store.size();
    store.append({ int(keys.families), (keys.descriptivePlace ? DescriptivePlace : 0) | (keys.remains ? Remains : 0),
        keys.count, int(keys.places.size()), int(keys.names.size()), int(keys.types.size()), int(keys.lemmas.size()),
        int(keys.otherLemmas.size()), int(keys.people.size()), int(keys.themes.size()) });
    for (const Ids *ids : { &keys.places, &keys.names, &keys.types, &keys.lemmas, &keys.otherLemmas })
        store.append(*ids);
    for (const QList<Ids> *people : { &keys.people, &keys.themes }) {
        for (const Ids &person : *people) {
            store.append(int(person.size()));
            store.append(person);
        }
    }
    return at;
}

Keys UnitKeys::unpacked() const
{
    const auto list = [](IdSpan ids) { return Ids(ids.begin(), ids.end()); };
    const auto lists = [&list](const PackedPeople &from) {
        QList<Ids> out;
        for (IdSpan person : from)
            out.append(list(person));
        return out;
    };
    Keys k;
    k.families = families;
    k.places = list(places);
    k.descriptivePlace = descriptivePlace;
    k.people = lists(people);
    k.themes = lists(themes);
    k.names = list(names);
    k.types = list(types);
    k.lemmas = list(lemmas);
    k.otherLemmas = list(otherLemmas);
    k.count = count;
    k.remains = remains;
    return k;
}

// Mentions of one article that share one time expression (a sentence and those that refer back to it). Small, as
// there is about one a mention: the time is that of its first mention, the others are chained from it (Merger::m_next),
// and the keys are in the merger's store.
struct Unit {
    int first = -1; // the mention that made the unit: its time is the unit's
    int last = -1; // the latest to join, where the next is chained
    int article = -1;
    int relation = -1; // interned unresolved value ("PUB-1M", "PRESENT_REF", "UNDATED")
    qsizetype keys = 0; // where its keys start in Merger::m_keyStore
    bool undated = false; // names a happening without any time: joins a dated event or nothing
    bool news = false; // a saying dated only by its article's publication (NEWS_REF): of its speaker only
};

struct Cluster {
    QList<int> units;
    QDate start;
    QDate end;
    DatePrecision precision = DatePrecision::Unknown;
    int relation = -1; // undated clusters: the unresolved value they share
    Ids presentRelations; // PRESENT_REF / PAST_REF of dated clusters: their articles' own present
    QSet<int> articles; // articles with a dated mention in the cluster (a set: one story may be in thousands)
    Keys keys;
    bool dead = false; // absorbed into another cluster
    bool news = false; // made only of sayings dated by their articles' publication
    quint32 kind = 0; // the families of the mentions that made it: later ones must meet these
    bool remains = false; // made by a finding of remains, not by the search (MentionFeatures::remains)
};

// What an event is made of, taken from its cluster so that the merge's working memory can go first.
struct Outline {
    QDate start;
    QDate end;
    DatePrecision precision = DatePrecision::Unknown;
    QList<int> mentions; // in the order of the cluster's units: the first one set the date
};

// Happenings about one person or body: different people means different events.
constexpr quint32 personal = Lexicon::Office | Lexicon::Return | Lexicon::Ouster | Lexicon::Speech | Lexicon::Statement
    | Lexicon::Resignation | Lexicon::Legal;

const QString &undatedValue()
{
    static const QString value = QStringLiteral("UNDATED");
    return value;
}

const QString &newsValue()
{
    static const QString value = TimexValue::NewsRef;
    return value;
}

bool isPresentValue(const QString &value)
{
    return value == QLatin1String("PRESENT_REF") || value == QLatin1String("PAST_REF");
}

// Written out, or worked out by a clear rule; not "currently", "recently", "just ahead of".
bool isFirm(const Timex &t)
{
    return t.confidence >= 0.6 && !isPresentValue(t.value);
}

bool isOneDay(DatePrecision precision, const QDate &start, const QDate &end)
{
    return precision == DatePrecision::Day && start.isValid() && start == end;
}

int monthKey(const QDate &d)
{
    return d.year() * 12 + d.month() - 1;
}

// Index keys: a period (day, month or year) and one family bit, so candidates are of the same kind only.
qint64 periodKey(int period, int familyBit)
{
    return (qint64(period) << 6) | familyBit;
}

// Saying and speaking are one kind: a mention of either looks for both. A halt looks for returns and a return for
// halts (haltedAndSentBack).
quint32 searchFamilies(quint32 families)
{
    if (families & (Lexicon::Speech | Lexicon::Statement))
        families |= Lexicon::Speech | Lexicon::Statement;
    if (families & (Lexicon::Halt | Lexicon::Return))
        families |= Lexicon::Halt | Lexicon::Return;
    return families;
}

// QList::contains calls out of line for every element looked for; these lists hold a few ids, and the merger
// asks about them for every candidate event of every mention.
bool holds(IdSpan ids, int x)
{
    return std::find(ids.begin(), ids.end(), x) != ids.end();
}

bool intersects(IdSpan a, IdSpan b)
{
    return std::any_of(a.begin(), a.end(), [&b](int x) { return holds(b, x); });
}

void unite(Ids &into, IdSpan from)
{
    for (int x : from) {
        if (!holds(into, x))
            into.append(x);
    }
}

// "Halvorsen" and "Erik Halvorsen" are one person: one name's words are all in the other.
bool samePerson(IdSpan a, IdSpan b)
{
    const IdSpan shorter = a.size() <= b.size() ? a : b;
    const IdSpan longer = a.size() <= b.size() ? b : a;
    return !shorter.empty()
        && std::all_of(shorter.begin(), shorter.end(), [&longer](int w) { return holds(longer, w); });
}

// People of a cluster (QList<Ids>) or of a unit (PackedPeople): the templates below take the keys of either.
template<typename A, typename B>
bool sharePerson(const A &a, const B &b)
{
    return std::any_of(a.begin(), a.end(),
        [&b](IdSpan x) { return std::any_of(b.begin(), b.end(), [x](IdSpan y) { return samePerson(x, y); }); });
}

// The people of a list, each once: "Vask" and "Jon Vask" are one.
template<typename A>
QVarLengthArray<IdSpan, 8> distinctPeople(const A &a)
{
    QVarLengthArray<IdSpan, 8> out;
    for (IdSpan x : a) {
        if (std::none_of(out.cbegin(), out.cend(), [x](IdSpan y) { return samePerson(x, y); }))
            out.append(x);
    }
    return out;
}

// Two sides named on both: they must be the same two (or more). Fewer than two on either side tell nothing.
template<typename A, typename B>
bool otherParties(const A &a, const B &b)
{
    const auto ours = distinctPeople(a);
    if (ours.size() < 2 || distinctPeople(b).size() < 2)
        return true;
    int shared = 0;
    for (IdSpan x : ours) {
        if (std::any_of(b.begin(), b.end(), [&x](IdSpan y) { return samePerson(x, y); }))
            ++shared;
    }
    return shared >= 2;
}

// "Divers recovered two bodies" and "the recovery effort went on", of one day: the finding is a happening of its own,
// not the search it was made in.
bool findingApart(quint32 aKind, bool aRemains, quint32 bKind, bool bRemains)
{
    return (aKind & Lexicon::Rescue) && (bKind & Lexicon::Rescue) && aRemains != bRemains;
}

// "Ravel called off the march" and "Ravel announced the return of his men to base", in the same days: a force halted
// and sent back is one happening, where both name the same actor.
template<typename A, typename B>
bool haltedAndSentBack(quint32 aKind, const A &aPeople, quint32 bKind, const B &bPeople)
{
    const auto halted = [](quint32 x, quint32 y) { return (x & Lexicon::Halt) && (y & Lexicon::Return); };
    return (halted(aKind, bKind) || halted(bKind, aKind)) && sharePerson(aPeople, bPeople);
}

// "Vell's talks with Marr" and "Marr agreed to withdraw after Vell's mediation": talks between two parties and an
// agreement that names both are one happening, the negotiation and what it reached.
template<typename A, typename B>
bool talksAndTheirDeal(quint32 aKind, const A &aPeople, quint32 bKind, const B &bPeople)
{
    const auto deal = [](quint32 x, quint32 y) { return (x & Lexicon::Meeting) && (y & Lexicon::Agreement); };
    return (deal(aKind, bKind) || deal(bKind, aKind)) && aPeople.size() >= 2 && bPeople.size() >= 2
        && otherParties(aPeople, bPeople);
}

// Any trigger phrase of one in common with any of the other.
template<typename A, typename B>
bool anyWordShared(const A &a, const B &b)
{
    return intersects(a.lemmas, b.lemmas) || intersects(a.lemmas, b.otherLemmas) || intersects(a.otherLemmas, b.lemmas)
        || intersects(a.otherLemmas, b.otherLemmas);
}

// Sayings are their speakers': where one side's speaker is unknown, only the same word ("a letter on Monday", "the
// letter"; "at a briefing on Monday" and "told reporters at a briefing") tells that it is the same saying, not
// another made that day; and a saying that names people but no speaker ("in the post, Vask said…") is not another
// speaker's saying.
template<typename A, typename B>
bool sayingsApart(quint32 aKind, const A &a, quint32 bKind, const B &b)
{
    constexpr quint32 saying = Lexicon::Speech | Lexicon::Statement;
    const bool onlySayings = aKind && bKind && !(aKind & ~saying) && !(bKind & ~saying);
    if (!onlySayings)
        return false;
    const auto othersSaying = [](const auto &x, const auto &y) {
        return x.themes.empty() && !x.people.empty() && !y.themes.empty() && !sharePerson(x.people, y.themes);
    };
    return othersSaying(a, b) || othersSaying(b, a) || ((a.themes.empty() || b.themes.empty()) && !anyWordShared(a, b));
}

// Acts of business dated only to a month or a year ("in 2019 Velt invested in Corda", "in 2019 it built a plant") are
// told apart by what was done, not by the year alone: only the same act (events/same-acts) is one happening.
template<typename A, typename B>
bool actsApart(quint32 aKind, const A &a, quint32 bKind, const B &b)
{
    constexpr quint32 acts = Lexicon::Business | Lexicon::Founding;
    const bool onlyActs = aKind && bKind && !(aKind & ~acts) && !(bKind & ~acts);
    return onlyActs && !intersects(a.lemmas, b.lemmas);
}

bool coarserThanDay(DatePrecision precision)
{
    return int(precision) > int(DatePrecision::Day);
}

template<typename A, typename B>
MentionFeatures::Agreement placesAgree(const A &a, const B &b)
{
    if (a.places.empty() || b.places.empty() || a.descriptivePlace != b.descriptivePlace)
        return MentionFeatures::Agreement::Unknown;
    if (intersects(a.places, b.places))
        return MentionFeatures::Agreement::Agree;
    // "collided with the Harlow Bridge" and "the collapse of the Harlow Bridge in Tarsis": a place one side names
    // among its other names is part of, or holds, the other's place.
    if (intersects(a.places, b.names) || intersects(b.places, a.names))
        return MentionFeatures::Agreement::Unknown;
    return MentionFeatures::Agreement::Disagree;
}

class Merger
{
public:
    explicit Merger(QList<EventMention *> mentions)
        : m_mentions(std::move(mentions))
    {
    }

    QList<Event> run();

private:
    int intern(const QString &s);
    Keys keysOf(const MentionFeatures &f);
    const Timex &timexOf(const Unit &u) const { return mention(u.first).timex; }
    const EventMention &mention(int i) const { return *m_mentions.at(i); }
    UnitKeys keysOf(const Unit &u) const { return UnitKeys(m_keyStore.constData() + u.keys); }
    void buildUnits();
    void findTitledNames();
    int score(const Unit &u, const Cluster &c) const;
    int undatedScore(const Unit &u, const Cluster &c) const;
    void add(int clusterIndex, int unitIndex);
    void index(int clusterIndex, quint32 families);
    // The three lookups fill and return m_pool: valid until the next lookup.
    const QList<int> &candidates(const Unit &u);
    const QList<int> &undatedCandidates(const Unit &u);
    const QList<int> &namedCandidates(const Unit &u);
    template<typename K>
    QList<qint64> undatedKeys(int relation, const K &keys) const;
    bool informative(const Cluster &c) const;
    bool onlyVague(const Cluster &c) const;
    bool onlyNews(const Cluster &c) const;
    void attachUndated(int unitIndex);
    void place(int unitIndex, QList<int> *dayApart);
    bool toldOfOnItsDay(const Unit &u, const Cluster &c) const;
    bool namedInArticle(const Unit &u, const Cluster &c) const;
    int newsTieBreak(const Unit &u, const QList<int> &pool, int bestScore) const;
    int recentNews(const Unit &u, const QList<int> &pool, int chosen) const;
    void absorb(int into, int from);
    void joinSpells();
    void findOnlyOfKind();
    int onlyOfItsKind(const Unit &u) const;
    static bool compatible(const Cluster &a, const Cluster &b);
    Outline outline(const Cluster &c) const;
    void release();
    Event makeEvent(const Outline &outline);

    QList<EventMention *> m_mentions; // the caller's, in one list or in one list an article: moved into the events
    QHash<QString, int> m_ids;
    QList<Unit> m_units;
    QList<int> m_keyStore; // the units' keys, packed (UnitKeys)
    QList<int> m_next; // per mention: the next mention of its unit, or -1
    QList<Cluster> m_clusters;
    // (month, family) -> clusters whose range is at most two years; (year, family) -> longer ones
    QHash<qint64, QList<int>> m_byMonth;
    QHash<qint64, QList<int>> m_byYear;
    // A mention of one day meets only the one-day events of that day or the next or previous one, and the
    // longer events of its month: (day, family) -> one-day clusters, (month, family) -> the rest. Without
    // them, a corpus with thousands of events in one month compares every mention with all of them.
    QHash<qint64, QList<int>> m_byDay;
    QHash<qint64, QList<int>> m_byMonthLonger;
    // (relation, place or name word) -> clusters an undated mention may join: undated ones with that relation,
    // dated ones with that present. Only the latest entries of a key are looked at, to stay linear.
    QHash<qint64, QList<int>> m_byRelation;
    // place or name word -> dated clusters, for mentions that name a happening without a time
    QHash<int, QList<int>> m_byName;
    // article -> dated clusters it has mentions in, for "the collapse" with no name at all
    QHash<int, QList<int>> m_byArticle;
    QList<int> m_pool; // candidates of the current lookup
    QList<int> m_seen; // per cluster: the last lookup that listed it, to list each candidate once
    int m_stamp = 0;
    qsizetype m_articleCount = 0; // articles with any mention
    int m_ongoing = -1; // the interned PRESENT_REF: "currently", "underway"
    // per family bit: the one dated event of that kind several articles tell of; -1 none, -2 several (findOnlyOfKind)
    std::array<int, 32> m_onlyOfKind {};
    // "Corvex CEO" -> "Corvex CEO Lena Park": a title the corpus names only one person with
    QHash<QString, QString> m_titled;
};

int Merger::intern(const QString &s)
{
    const auto it = m_ids.constFind(s);
    if (it != m_ids.cend())
        return it.value();
    const int id = int(m_ids.size());
    m_ids.insert(s, id);
    return id;
}

Keys Merger::keysOf(const MentionFeatures &f)
{
    Keys k;
    k.families = f.families;
    for (const QString &p : f.placeKeys)
        k.places.append(intern(p));
    k.descriptivePlace = f.descriptivePlace;
    // "the United Nations General Assembly" is where "the UN" is: a name's initials, whole and of its first two
    // words, are among its names, so that an abbreviated place does not stand against it.
    if (!f.descriptivePlace) {
        for (const QString &p : f.placeKeys) {
            if (!p.contains(QLatin1Char(' ')))
                continue;
            QString initials;
            for (QStringView w : QStringView(p).split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
                const Lexicon::WordInfo *info = Lexicon::lookup(w);
                if (!info || !info->has(Lexicon::Stop))
                    initials.append(w.front());
            }
            if (initials.size() < 2)
                continue;
            k.names.append(intern(initials));
            if (initials.size() > 2)
                k.names.append(intern(initials.left(2)));
        }
    }
    // "a visit to the Orm Zone … crossed into North Valdorian territory" names the land the zone is in or borders.
    for (const QString &land : f.lands)
        k.names.append(intern(land));
    for (const QString &named : f.people) {
        Ids words;
        const QString person = m_titled.value(named, named);
        for (const QString &w : person.split(QLatin1Char(' '), Qt::SkipEmptyParts))
            words.append(intern(w));
        k.people.append(words);
        k.names.append(intern(person));
    }
    if (!f.theme.isEmpty()) {
        Ids words;
        const QString theme = m_titled.value(f.theme, f.theme);
        for (const QString &w : theme.split(QLatin1Char(' '), Qt::SkipEmptyParts))
            words.append(intern(w));
        k.themes.append(words);
    }
    for (const QString &t : f.types)
        k.types.append(intern(t));
    if (!f.lemma.isEmpty())
        k.lemmas.append(intern(f.lemma));
    for (const QString &w : f.otherLemmas)
        k.otherLemmas.append(intern(w));
    k.count = f.count;
    k.remains = f.remains;
    return k;
}

// "the Corvex CEO said": a sayer named by the title alone is the one person the corpus names with that title
// ("Corvex CEO Lena Park"), so that the saying is found among that person's. A title given to two people names
// neither.
void Merger::findTitledNames()
{
    QHash<QString, QString> full; // title -> the name it comes with; empty once two people have it
    for (const EventMention *m : std::as_const(m_mentions)) {
        for (const QString &person : m->participants) {
            const QList<QStringView> words = QStringView(person).split(QLatin1Char(' '), Qt::SkipEmptyParts);
            qsizetype title = -1;
            for (qsizetype i = 0; i + 1 < words.size(); ++i) {
                const Lexicon::WordInfo *info = Lexicon::lookup(words.at(i));
                if (info && info->has(Lexicon::Title))
                    title = i;
            }
            if (title < 1)
                continue;
            const QStringView last = words.at(title);
            // lowered, as MentionFeatures gives names
            const QString key = person.left(last.data() + last.size() - person.constData()).toLower();
            const QString name = person.toLower();
            const auto it = full.find(key);
            if (it == full.end())
                full.insert(key, name);
            else if (!it->isEmpty() && !name.contains(*it) && !it->contains(name))
                it->clear();
        }
    }
    for (auto it = full.cbegin(); it != full.cend(); ++it) {
        if (!it->isEmpty())
            m_titled.insert(it.key(), it.value());
    }
}

void Merger::buildUnits()
{
    findTitledNames();
    m_ongoing = intern(QStringLiteral("PRESENT_REF"));
    QSet<int> articles;
    for (const EventMention *m : std::as_const(m_mentions))
        articles.insert(m->article);
    m_articleCount = articles.size();
    // At most one unit a mention: reserved at that rather than grown by doubling, whose old and new buffers
    // together were the peak of a whole dump's memory.
    m_units.reserve(m_mentions.size());
    m_next = QList<int>(m_mentions.size(), -1);
    QHash<QPair<qint64, qint64>, int> byTimex; // (article and kind, time span) -> unit
    QHash<QPair<qint64, qint64>, int> bySpan; // (article, time span) -> the first unit of that time
    for (int i = 0; i < m_mentions.size(); ++i) {
        const EventMention &m = mention(i);
        const bool undated = !m.timex.isResolved() && m.timex.value == undatedValue();
        // The features only for the keys: kept for every mention through the merge, they were its largest part.
        const Keys k = keysOf(MentionFeatures::of(m));
        const qint64 span = (qint64(m.timex.span.start) << 32) | quint32(m.timex.span.end);
        const auto key = qMakePair((qint64(m.article) << 32) | k.families, span);
        const auto spanKey = qMakePair(qint64(m.article), span);
        // Mentions of one time and one kind in one article travel together; a sentence that goes on about the
        // happening of the sentence before, whatever its kind ("They met. The two signed…"), joins it.
        int unit = -1;
        const bool borrowed = !m.span.contains(m.timex.span.start);
        // A list item dated by the date heading its list is a happening of its own.
        const bool heading = borrowed && m.timex.basis != DateBasis::RelativeToPrevious;
        if (!m.timex.span.isEmpty() && !undated && !heading)
            unit = borrowed ? bySpan.value(spanKey, -1) : byTimex.value(key, -1);
        if (unit >= 0) {
            Unit &u = m_units[unit];
            m_next[u.last] = i;
            u.last = i;
            // Packed anew at the store's end: few mentions join a unit.
            Keys joined = keysOf(u).unpacked();
            joined.families |= k.families;
            if (joined.places.isEmpty()) {
                joined.places = k.places;
                joined.descriptivePlace = k.descriptivePlace;
            }
            joined.people.append(k.people);
            joined.themes.append(k.themes);
            unite(joined.names, k.names);
            unite(joined.types, k.types);
            unite(joined.lemmas, k.lemmas);
            unite(joined.otherLemmas, k.otherLemmas);
            joined.remains |= k.remains;
            u.keys = UnitKeys::pack(joined, m_keyStore);
            continue;
        }
        if (!undated && !heading) {
            byTimex.insert(key, int(m_units.size()));
            if (!bySpan.contains(spanKey))
                bySpan.insert(spanKey, int(m_units.size()));
        }
        Unit u;
        u.first = u.last = i;
        u.article = m.article;
        u.undated = undated;
        u.news = m.timex.value == newsValue();
        u.relation = m.timex.isResolved() ? -1 : intern(m.timex.value);
        u.keys = UnitKeys::pack(k, m_keyStore);
        m_units.append(u);
    }
    m_keyStore.squeeze();
}

// How well a unit fits a cluster; negative = incompatible.
int Merger::score(const Unit &u, const Cluster &c) const
{
    const UnitKeys k = keysOf(u);
    const Timex &timex = timexOf(u);
    // The kind of the mentions that made the event, not every kind that joined it: "his departure" may join
    // a firing, and must not bring a resignation after it.
    const bool kindsMeet = MentionFeatures::familiesMeet(k.families, c.kind)
        || haltedAndSentBack(k.families, k.people, c.kind, c.keys.people);
    if (!kindsMeet || sayingsApart(k.families, k, c.kind, c.keys)
        || findingApart(k.families, k.remains, c.kind, c.remains))
        return -1;

    // A saying dated only by the news it made is its speaker's: it joins nothing that does not name them.
    if (u.news && (k.themes.empty() || !sharePerson(k.themes, c.keys.themes)))
        return -1;
    const auto place = placesAgree(k, c.keys);
    if (place == MentionFeatures::Agreement::Disagree)
        return -1;
    const bool people = sharePerson(k.people, c.keys.people);
    if ((k.families & personal) && !k.people.empty() && !c.keys.people.isEmpty() && !people)
        return -1;
    // "Quell resigned" and "Dunmore resigned": about different people, however many names they share.
    if ((k.families & personal) && !k.themes.empty() && !c.keys.themes.isEmpty()
        && !sharePerson(k.themes, c.keys.themes))
        return -1;
    // A meeting is of its parties: A with B and B with C are two meetings, though they share B.
    if ((k.families & Lexicon::Meeting) && (c.kind & Lexicon::Meeting) && !otherParties(k.people, c.keys.people))
        return -1;
    const bool dated = timex.isResolved() && c.start.isValid();
    // Different weapon types are different tests unless time and place say firmly that it is one.
    const bool typesDiffer = !k.types.empty() && !c.keys.types.isEmpty() && !intersects(k.types, c.keys.types);
    const bool firm = dated && int(timex.precision) <= int(DatePrecision::Week)
        && int(c.precision) <= int(DatePrecision::Week) && place == MentionFeatures::Agreement::Agree;
    if (typesDiffer && !firm)
        return -1;
    const bool coarse = !timex.isResolved() || coarserThanDay(timex.precision) || coarserThanDay(c.precision);
    if (coarse && actsApart(k.families, k, c.kind, c.keys))
        return -1;
    if (dated) {
        // Outlets a day apart on one happening told in the same words, with the same place or people (time
        // zones, late reports) disagree on the date; anything further apart is another happening.
        const bool dayApart = timex.precision == DatePrecision::Day && c.precision == DatePrecision::Day
            && std::abs(timex.start.daysTo(c.start)) <= 1 && (place == MentionFeatures::Agreement::Agree || people)
            && !c.articles.contains(u.article) && intersects(k.lemmas, c.keys.lemmas);
        if ((timex.end < c.start || timex.start > c.end) && !dayApart)
            return -1;
    } else {
        // Undated: the same unresolved relation (or the same present), and a named place or person in common.
        const bool sameRelation = c.relation == u.relation || holds(c.presentRelations, u.relation);
        if (!sameRelation || (place != MentionFeatures::Agreement::Agree && !people))
            return -1;
    }
    const bool sameDay = dated && timex.start == c.start && timex.precision == c.precision;
    // "a leadership election within the next week" fits "the election by October 28" better than "nominations
    // end on Monday": the same word for what happened breaks a tie.
    const bool sameWord = intersects(k.lemmas, c.keys.lemmas);
    return 1 + (place == MentionFeatures::Agreement::Agree ? 4 : 0) + (people ? 2 : 0) + (sameDay ? 1 : 0)
        + (sameWord ? 1 : 0);
}

// How well a mention that names a happening without a time ("the firing", "Rendell's ouster") fits a dated event.
int Merger::undatedScore(const Unit &u, const Cluster &c) const
{
    const UnitKeys k = keysOf(u);
    // Only the kind the mention itself tells of: "the collapse" is no "search", even when both are named.
    const bool kindsMeet = MentionFeatures::familiesMeet(k.families, c.keys.families)
        || talksAndTheirDeal(k.families, k.people, c.kind, c.keys.people);
    if (!kindsMeet || !c.start.isValid() || sayingsApart(k.families, k, c.kind, c.keys) || onlyNews(c)
        || (coarserThanDay(c.precision) && actsApart(k.families, k, c.kind, c.keys)))
        return -1;
    const auto place = placesAgree(k, c.keys);
    if (place == MentionFeatures::Agreement::Disagree)
        return -1;
    const bool people = sharePerson(k.people, c.keys.people);
    if (!k.people.empty() && !c.keys.people.isEmpty() && !people)
        return -1;
    // A meeting is of its parties, as in `score`.
    if ((k.families & Lexicon::Meeting) && (c.kind & Lexicon::Meeting) && !otherParties(k.people, c.keys.people))
        return -1;
    // An office has two sides: "Velt joining Corvex" is "Corvex hired Velt", whose doer is the other side.
    const bool otherSide = (k.families & Lexicon::Office) && sharePerson(k.themes, c.keys.people);
    if (!k.themes.empty() && !c.keys.themes.isEmpty() && !sharePerson(k.themes, c.keys.themes) && !otherSide)
        return -1;
    // Nobody and nowhere in common: only "the collapse" in an article that dates one collapse, or "Velt named Ames
    // as chair" in one that dates "the appointments" without saying whose: the naming tells who the happening was
    // about. Of other kinds, a mention naming people the event does not is another happening.
    const bool sameArticle = c.articles.contains(u.article) || namedInArticle(u, c);
    const bool tellsWhom = k.people.empty() || (k.families & personal);
    if (!people && place != MentionFeatures::Agreement::Agree && (!sameArticle || !tellsWhom))
        return -1;
    // The happening most outlets date is the one a bare naming most likely means, and one going on at an article's
    // present ("his current tour") more than one long past: "timed to coincide with her trip" is this trip.
    return 1 + (people ? 4 : 0) + (place == MentionFeatures::Agreement::Agree ? 2 : 0) + (sameArticle ? 2 : 0)
        + (holds(c.presentRelations, m_ongoing) ? 2 : 0) + int(std::min<qsizetype>(c.articles.size(), 4));
}

const QList<int> &Merger::candidates(const Unit &u)
{
    // Only the latest events of a period and kind are looked at: a corpus with thousands of unrelated events of
    // one kind on one day would otherwise compare each new mention with all of them (quadratic time).
    constexpr qsizetype recent = 256;
    ++m_stamp;
    QList<int> &out = m_pool; // reused: one allocation for the whole merge
    out.clear();
    const auto take = [&](const QHash<qint64, QList<int>> &index, qint64 key) {
        const auto it = index.constFind(key);
        if (it == index.cend())
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
    const Timex &timex = timexOf(u);
    const quint32 families = searchFamilies(keysOf(u).families);
    if (isOneDay(timex.precision, timex.start, timex.end)) {
        const qint64 day = timex.start.toJulianDay();
        for (int bit = 0; bit < 32; ++bit) {
            if (!(families & (1u << bit)))
                continue;
            // Within the month, as the month index has it: a neighbour day across a month's end is not looked at.
            for (qint64 d = day - 1; d <= day + 1; ++d) {
                if (QDate::fromJulianDay(d).month() == timex.start.month())
                    take(m_byDay, periodKey(int(d), bit));
            }
            take(m_byMonthLonger, periodKey(monthKey(timex.start), bit));
            take(m_byYear, periodKey(timex.start.year(), bit));
        }
        return out;
    }
    const int first = monthKey(timex.start);
    const int last = std::min(monthKey(timex.end), first + 240);
    const int firstYear = first / 12;
    const int lastYear = std::min(last / 12, firstYear + 50);
    for (int bit = 0; bit < 32; ++bit) {
        if (!(families & (1u << bit)))
            continue;
        for (int k = first; k <= last; ++k)
            take(m_byMonth, periodKey(k, bit));
        for (int y = firstYear; y <= lastYear; ++y)
            take(m_byYear, periodKey(y, bit));
    }
    return out;
}

// Keys an undated mention is found by: its relation with each place key and each name's first and last word.
template<typename K>
QList<qint64> Merger::undatedKeys(int relation, const K &keys) const
{
    QList<qint64> out;
    const auto put = [&](int id) {
        const qint64 key = (qint64(relation) << 32) | quint32(id);
        if (!out.contains(key))
            out.append(key);
    };
    for (int p : keys.places)
        put(p);
    for (IdSpan person : keys.people) {
        if (!person.empty()) {
            put(person.front());
            put(person.back());
        }
    }
    return out;
}

const QList<int> &Merger::undatedCandidates(const Unit &u)
{
    constexpr qsizetype recent = 64;
    ++m_stamp;
    QList<int> &out = m_pool; // reused: one allocation for the whole merge
    out.clear();
    for (qint64 key : undatedKeys(u.relation, keysOf(u))) {
        const auto it = m_byRelation.constFind(key);
        if (it == m_byRelation.cend())
            continue;
        const QList<int> &list = it.value();
        for (qsizetype i = std::max<qsizetype>(0, list.size() - recent); i < list.size(); ++i) {
            const int c = list.at(i);
            if (m_seen[c] != m_stamp) {
                m_seen[c] = m_stamp;
                out.append(c);
            }
        }
    }
    std::sort(out.begin(), out.end());
    return out;
}

// Dated events sharing a name or place with the unit, and those of its own article; the latest of each key only.
const QList<int> &Merger::namedCandidates(const Unit &u)
{
    constexpr qsizetype recent = 64;
    ++m_stamp;
    QList<int> &out = m_pool; // reused: one allocation for the whole merge
    out.clear();
    const auto take = [&](const QList<int> &list) {
        for (qsizetype i = std::max<qsizetype>(0, list.size() - recent); i < list.size(); ++i) {
            const int c = list.at(i);
            if (m_seen[c] != m_stamp) {
                m_seen[c] = m_stamp;
                out.append(c);
            }
        }
    };
    const UnitKeys keys = keysOf(u);
    for (int p : keys.places)
        take(m_byName.value(p));
    for (IdSpan person : keys.people) {
        if (!person.empty())
            take(m_byName.value(person.back()));
    }
    take(m_byArticle.value(u.article));
    std::sort(out.begin(), out.end());
    return out;
}

void Merger::index(int clusterIndex, quint32 families)
{
    const Cluster &c = m_clusters.at(clusterIndex);
    if (!c.start.isValid() || !families)
        return;
    const int first = monthKey(c.start);
    const int last = monthKey(c.end);
    for (int bit = 0; bit < 32; ++bit) {
        if (!(families & (1u << bit)))
            continue;
        if (last - first < 24) {
            for (int k = first; k <= last; ++k)
                m_byMonth[periodKey(k, bit)].append(clusterIndex);
            if (isOneDay(c.precision, c.start, c.end)) {
                m_byDay[periodKey(int(c.start.toJulianDay()), bit)].append(clusterIndex);
            } else {
                for (int k = first; k <= last; ++k)
                    m_byMonthLonger[periodKey(k, bit)].append(clusterIndex);
            }
        } else {
            for (int y = first / 12; y <= last / 12; ++y)
                m_byYear[periodKey(y, bit)].append(clusterIndex);
        }
    }
}

void Merger::add(int clusterIndex, int unitIndex)
{
    Cluster &c = m_clusters[clusterIndex];
    const Unit &u = m_units.at(unitIndex);
    const UnitKeys k = keysOf(u);
    const Timex &timex = timexOf(u);
    if (c.units.isEmpty()) {
        c.kind = k.families;
        c.remains = k.remains;
        c.start = timex.start;
        c.end = timex.end;
        c.precision = timex.isResolved() ? timex.precision : DatePrecision::Unknown;
        c.relation = timex.isResolved() ? -1 : u.relation;
        c.keys.descriptivePlace = k.descriptivePlace;
        c.news = u.news;
    }
    c.news = c.news && (u.news || u.undated);
    c.units.append(unitIndex);
    if (u.undated) {
        // Found by the article's other namings: "on this journey" after "as Ames travels through Tarsis".
        QList<int> &named = m_byArticle[u.article];
        if (named.isEmpty() || named.constLast() != clusterIndex)
            named.append(clusterIndex);
        return; // it names the event, it does not define it
    }
    const quint32 newFamilies = k.families & ~c.keys.families;
    c.keys.families |= k.families;
    index(clusterIndex, newFamilies);
    if (c.keys.places.isEmpty()) {
        c.keys.places = Ids(k.places.begin(), k.places.end());
        c.keys.descriptivePlace = k.descriptivePlace;
    } else if (c.keys.descriptivePlace == k.descriptivePlace) {
        unite(c.keys.places, k.places);
    }
    const auto uniteNames = [](QList<Ids> &into, const PackedPeople &from) {
        for (IdSpan p : from) {
            if (std::ranges::none_of(into, [p](const Ids &x) { return std::ranges::equal(x, p); }))
                into.append(Ids(p.begin(), p.end()));
        }
    };
    uniteNames(c.keys.people, k.people);
    uniteNames(c.keys.themes, k.themes);
    unite(c.keys.names, k.names);
    unite(c.keys.types, k.types);
    unite(c.keys.lemmas, k.lemmas);
    unite(c.keys.otherLemmas, k.otherLemmas);
    if (c.start.isValid() && timex.isResolved()) {
        const auto register_ = [&](QList<int> &list) {
            if (list.isEmpty() || list.constLast() != clusterIndex)
                list.append(clusterIndex);
        };
        if (!c.articles.contains(u.article)) {
            c.articles.insert(u.article);
            register_(m_byArticle[u.article]);
        }
        for (int p : k.places)
            register_(m_byName[p]);
        for (IdSpan person : k.people) {
            if (!person.empty())
                register_(m_byName[person.back()]);
        }
    }
    // Register where undated mentions will look: under the undated relation, or under this dated event's present.
    int relation = c.relation;
    if (c.start.isValid()) {
        relation = -1;
        if (u.relation >= 0 && isPresentValue(timex.value)) {
            relation = u.relation;
        } else if (timex.isResolved() && isPresentValue(timex.value)) {
            relation = intern(timex.value);
        }
        if (relation >= 0 && !holds(c.presentRelations, relation))
            c.presentRelations.append(relation);
    }
    if (relation < 0)
        return;
    for (int r : c.start.isValid() ? c.presentRelations : Ids { relation }) {
        for (qint64 key : undatedKeys(r, c.keys)) {
            QList<int> &list = m_byRelation[key];
            if (list.isEmpty() || list.constLast() != clusterIndex)
                list.append(clusterIndex);
        }
    }
}

// Two events of one day that may be one happening: the same kind, no place against, no people against.
bool Merger::compatible(const Cluster &a, const Cluster &b)
{
    if (!MentionFeatures::familiesMeet(a.kind, b.kind) || sayingsApart(a.kind, a.keys, b.kind, b.keys)
        || findingApart(a.kind, a.remains, b.kind, b.remains)
        || placesAgree(a.keys, b.keys) == MentionFeatures::Agreement::Disagree)
        return false;

    const bool personalKind = (a.keys.families | b.keys.families) & personal;
    if (personalKind && !a.keys.themes.isEmpty() && !b.keys.themes.isEmpty()
        && !sharePerson(a.keys.themes, b.keys.themes))
        return false;
    return !personalKind || a.keys.people.isEmpty() || b.keys.people.isEmpty()
        || sharePerson(a.keys.people, b.keys.people);
}

// "On Wednesday evening Vell resigned, a blow to Premier Quist": a happening of the unit's own day, told in its word,
// about someone the unit names. It is that one rather than a like happening another outlet dates a day off, whatever
// the unit's theme ("Quist", taken from the blow) says.
bool Merger::toldOfOnItsDay(const Unit &u, const Cluster &c) const
{
    const UnitKeys k = keysOf(u);
    return c.start == timexOf(u).start && isOneDay(c.precision, c.start, c.end)
        && MentionFeatures::familiesMeet(k.families, c.kind) && intersects(k.lemmas, c.keys.lemmas)
        && sharePerson(k.people, c.keys.themes) && placesAgree(k, c.keys) != MentionFeatures::Agreement::Disagree;
}

// "As Ames travels through Tarsis, …. A deal is doubtful, at least on this journey": the article named the happening
// before without a time, and a bare naming of the same kind in it is that one rather than an older visit it dates.
bool Merger::namedInArticle(const Unit &u, const Cluster &c) const
{
    return std::ranges::any_of(c.units, [this, &u](int other) {
        const Unit &o = m_units.at(other);
        return o.undated && o.article == u.article;
    });
}

// "Vask said …" fitting several of Vask's sayings of the week is the article's news: the one of its publication day
// or the day before, when that is the only one of those days. Sayings a day apart stay apart from it, as outlets a
// day apart may date one saying differently; so do older ones, which the article would have dated.
int Merger::newsTieBreak(const Unit &u, const QList<int> &pool, int bestScore) const
{
    int latest = -1;
    QDate runnerUp;
    for (int c : pool) {
        const Cluster &cluster = m_clusters.at(c);
        if (cluster.dead || score(u, cluster) != bestScore)
            continue;
        if (latest < 0 || cluster.end > m_clusters.at(latest).end) {
            if (latest >= 0)
                runnerUp = m_clusters.at(latest).end;
            latest = c;
        } else if (!runnerUp.isValid() || cluster.end > runnerUp) {
            runnerUp = cluster.end;
        }
    }
    if (latest < 0)
        return -1;
    const QDate end = m_clusters.at(latest).end;
    const bool news = end.daysTo(timexOf(u).end) <= 1;
    const bool alone = !runnerUp.isValid() || runnerUp.daysTo(end) > 1;
    return news && alone ? latest : -1;
}

// "Vask said …" in an article of the 21st is her news of the 20th or the 21st where she has a saying of those days
// it fits, not a talk of hers some days before that another outlet dated, even when the article's opening remark
// joined that talk: the article would have dated an older saying. `chosen` otherwise.
int Merger::recentNews(const Unit &u, const QList<int> &pool, int chosen) const
{
    const QDate end = timexOf(u).end;
    if (m_clusters.at(chosen).end.daysTo(end) <= 1)
        return chosen;
    int best = chosen;
    int bestScore = 0;
    for (int c : pool) {
        const Cluster &cluster = m_clusters.at(c);
        if (cluster.dead || cluster.end.daysTo(end) > 1)
            continue;
        const int s = score(u, cluster);
        if (s > bestScore || (s == bestScore && s > 0 && cluster.end > m_clusters.at(best).end)) {
            best = c;
            bestScore = s;
        }
    }
    return best;
}

// Moves every unit of cluster `from` into `into`; `from` stays behind, empty and dead, in the indexes.
void Merger::absorb(int into, int from)
{
    Cluster &dead = m_clusters[from];
    const QList<int> units = std::exchange(dead.units, {});
    dead.dead = true;
    for (int u : units)
        add(into, u);
}

// "Ravel's men set off on Friday" and "the march over the weekend": a happening one outlet dates to a day and others
// to the days right after it, in the same word about the same people or place, is one happening that lasted those
// days. Not sayings, which are occasions of their own, and not where one article tells of both: it would have said so.
void Merger::joinSpells()
{
    constexpr quint32 sayings = Lexicon::Speech | Lexicon::Statement;
    constexpr qsizetype recent = 64;
    for (int c = 0; c < m_clusters.size(); ++c) {
        const Cluster &spell = m_clusters.at(c);
        // A few days told as days or a weekend, not a week or a month a happening of one of its days is in.
        if (spell.dead || int(spell.precision) > int(DatePrecision::Week) || spell.start == spell.end
            || spell.start.daysTo(spell.end) > 2 || (spell.keys.families & sayings))
            continue;
        for (const QDate day : { spell.start.addDays(-1), spell.end.addDays(1) }) {
            for (int bit = 0; bit < 32; ++bit) {
                if (!(spell.keys.families & (1u << bit)))
                    continue;
                const QList<int> list = m_byDay.value(periodKey(int(day.toJulianDay()), bit));
                for (qsizetype i = std::max<qsizetype>(0, list.size() - recent); i < list.size(); ++i) {
                    const int d = list.at(i);
                    const Cluster &one = m_clusters.at(d);
                    if (d == c || one.dead || one.precision != DatePrecision::Day || (one.keys.families & sayings)
                        || !intersects(one.keys.lemmas, spell.keys.lemmas) || spell.articles.intersects(one.articles)
                        || !compatible(spell, one))
                        continue;
                    const bool people = sharePerson(one.keys.people, spell.keys.people);
                    if (!people && placesAgree(one.keys, spell.keys) != MentionFeatures::Agreement::Agree)
                        continue;
                    const QDate start = std::min(one.start, spell.start);
                    const QDate end = std::max(one.end, spell.end);
                    absorb(c, d);
                    m_clusters[c].start = start;
                    m_clusters[c].end = end;
                }
            }
        }
    }
}

// A mention naming a happening without a time joins the one dated event it fits best, or is left out.
void Merger::attachUndated(int unitIndex)
{
    const Unit &u = m_units.at(unitIndex);
    const UnitKeys k = keysOf(u);
    // "The two leaders have met before": a meeting told only by its parties fits each dated meeting of theirs; when
    // they met more than once, it names none of them, however many outlets date one.
    const auto partiesOnly = [&k](const Cluster &c) {
        return (k.families & Lexicon::Meeting) && (c.kind & Lexicon::Meeting)
            && placesAgree(k, c.keys) != MentionFeatures::Agreement::Agree;
    };
    int best = -1;
    int bestScore = 0;
    bool tie = false;
    int meetings = 0;
    for (int c : namedCandidates(u)) {
        if (m_clusters.at(c).dead)
            continue;
        const int s = undatedScore(u, m_clusters.at(c));
        meetings += s > 0 && partiesOnly(m_clusters.at(c)) ? 1 : 0;
        if (s > bestScore) {
            best = c;
            bestScore = s;
            tie = false;
        } else if (s == bestScore && s > 0) {
            tie = true;
        }
    }
    if (best < 0 && !tie)
        best = onlyOfItsKind(u);
    if (best >= 0 && !tie && (meetings < 2 || !partiesOnly(m_clusters.at(best))))
        add(best, unitIndex);
}

// "The armed mutiny that Ravel led", where the one mutiny outlets date is "the Orm Group's revolt": a definite noun of
// a kind only one event that several articles tell of is of names that event, though it names the leader and the event
// only his force. Not a verb ("was called off"), which tells of a happening rather than naming a known one, nor one
// about a person, whose names tell them apart, nor against the event's place.
void Merger::findOnlyOfKind()
{
    m_onlyOfKind.fill(-1);
    for (int c = 0; c < m_clusters.size(); ++c) {
        const Cluster &cluster = m_clusters.at(c);
        if (cluster.dead || !cluster.start.isValid() || cluster.articles.size() < 2 || onlyVague(cluster)
            || onlyNews(cluster))
            continue;
        for (int bit = 0; bit < 32; ++bit) {
            if (cluster.keys.families & (1u << bit))
                m_onlyOfKind[bit] = m_onlyOfKind[bit] == -1 ? c : -2;
        }
    }
}

int Merger::onlyOfItsKind(const Unit &u) const
{
    const UnitKeys k = keysOf(u);
    if (!k.families || (k.families & personal))
        return -1;
    const QStringView trigger = mention(u.first).trigger;
    const auto *const wordEnd = std::ranges::find_if(trigger, [](QChar ch) { return ch == u' ' || ch == u','; });
    const Lexicon::WordInfo *head = Lexicon::lookup(trigger.first(wordEnd - trigger.begin()));
    if (!head || !head->has(Lexicon::Noun))
        return -1;
    int only = -1;
    for (int bit = 0; bit < 32; ++bit) {
        if (!(k.families & (1u << bit)))
            continue;
        const int c = m_onlyOfKind[bit];
        if (c < 0 || (only >= 0 && c != only))
            return -1;
        only = c;
    }
    const Cluster &c = m_clusters.at(only);
    if (sayingsApart(k.families, k, c.kind, c.keys) || placesAgree(k, c.keys) == MentionFeatures::Agreement::Disagree)
        return -1;
    return only;
}

// An undated event made only of vague times ("ongoing tests", "in the years since") with no place and no
// checkable detail tells the analyst nothing the dated events do not.
bool Merger::informative(const Cluster &c) const
{
    return std::ranges::any_of(c.units, [this](int u) {
        const Unit &unit = m_units.at(u);
        const UnitKeys keys = keysOf(unit);
        if (!keys.places.empty() || !keys.types.empty() || keys.count != 0)
            return true;
        const QString &v = timexOf(unit).value;
        return !isPresentValue(v) && !v.startsWith(QLatin1String("PREV"));
    });
}

// A dated event whose every mention is dated only by "recently" or "in the years since" has no date an analyst
// could check; the article's own present ("during his current tour") is a date.
bool Merger::onlyVague(const Cluster &c) const
{
    return std::ranges::all_of(c.units, [this](int u) {
        const QString &v = timexOf(m_units.at(u)).value;
        return m_units.at(u).undated || v == QLatin1String("PAST_REF") || v == QLatin1String("PREV/PUB");
    });
}

// Sayings dated only by the news they made, none of them joined to a dated saying of their speaker: kept only as
// the story's own news, the remark at least half of its articles report; others are asides of a few outlets.
bool Merger::onlyNews(const Cluster &c) const
{
    return c.news && (c.articles.size() < 2 || c.articles.size() * 2 < m_articleCount);
}

Outline Merger::outline(const Cluster &c) const
{
    Outline o { c.start, c.end, c.precision, {} };
    for (int u : c.units) {
        for (int m = m_units.at(u).first; m >= 0; m = m_next.at(m))
            o.mentions.append(m);
    }
    return o;
}

// Everything but the mentions: the events are made from their outlines alone.
void Merger::release()
{
    m_ids = {};
    m_units = {};
    m_keyStore = {};
    m_next = {};
    m_clusters = {};
    m_byMonth = {};
    m_byYear = {};
    m_byDay = {};
    m_byMonthLonger = {};
    m_byRelation = {};
    m_byName = {};
    m_byArticle = {};
    m_pool = {};
    m_seen = {};
}

Event Merger::makeEvent(const Outline &outline)
{
    Event e;
    e.start = outline.start;
    e.end = outline.end;
    e.precision = outline.precision;
    QList<int> mentionIndices = outline.mentions;
    std::sort(mentionIndices.begin(), mentionIndices.end(), [this](int a, int b) {
        const EventMention &x = mention(a);
        const EventMention &y = mention(b);
        return std::tie(x.article, x.span.start, x.span.end) < std::tie(y.article, y.span.start, y.span.end);
    });
    // Outlets a day apart: the day most mentions give, written-out dates counting double, earlier on a tie.
    if (e.precision == DatePrecision::Day && e.start == e.end) {
        QHash<qint64, int> votes;
        for (int i : std::as_const(mentionIndices)) {
            const Timex &t = mention(i).timex;
            if (t.isResolved() && t.precision == DatePrecision::Day && t.start == t.end)
                votes[t.start.toJulianDay()] += t.basis == DateBasis::Absolute ? 2 : 1;
        }
        qint64 bestDay = e.start.toJulianDay();
        int bestVotes = votes.value(bestDay);
        for (auto it = votes.cbegin(); it != votes.cend(); ++it) {
            if (it.value() > bestVotes || (it.value() == bestVotes && it.key() < bestDay)) {
                bestDay = it.key();
                bestVotes = it.value();
            }
        }
        e.start = e.end = QDate::fromJulianDay(bestDay);
    }
    // The mention that set the date also names the place, when it gives one.
    const QString definingPlace = mention(outline.mentions.first()).place;
    // Worked out again, for this event's mentions only: cheaper than holding every mention's through the merge.
    QList<MentionFeatures> features;
    features.reserve(mentionIndices.size());
    e.mentions.reserve(mentionIndices.size()); // exact: the events live on with the result, growth slack too
    for (int i : std::as_const(mentionIndices)) {
        features.append(MentionFeatures::of(mention(i)));
        e.mentions.append(std::move(*m_mentions[i]));
    }
    e.category = EventCategorizer::categoryOf(features);
    EventLabeler::label(e, definingPlace, features);
    e.conflicts = ConflictFinder::find(e, features);
    return e;
}

// Adds a dated unit (or one with an unresolved relation) to the event it fits best, or starts one. A join only with an
// event of the next or previous day waits in `dayApart`, when given.
void Merger::place(int unitIndex, QList<int> *dayApart)
{
    const Unit &u = m_units.at(unitIndex);
    const Timex &timex = timexOf(u);
    const bool dated = timex.isResolved();
    const QList<int> &pool = dated ? candidates(u) : undatedCandidates(u);
    const bool oneDay = isOneDay(timex.precision, timex.start, timex.end);
    int best = -1;
    int bestScore = 0;
    bool tie = false;
    QList<int> sameDay; // events of the unit's own day it fits
    int own = -1; // a news saying: the best fitting event its own article dates
    int ownScore = 0;
    int ownDay = -1; // the event of the unit's own day told of in its word about someone it names
    int ownDays = 0;
    for (int c : std::as_const(pool)) {
        const Cluster &cluster = m_clusters.at(c);
        if (cluster.dead)
            continue;
        const int s = score(u, cluster);
        if (oneDay && toldOfOnItsDay(u, cluster)) {
            ownDay = c;
            ++ownDays;
        }
        const bool newer = own >= 0 && s == ownScore && cluster.end > m_clusters.at(own).end;
        if (u.news && (s > ownScore || newer) && cluster.articles.contains(u.article)) {
            own = c;
            ownScore = s;
        }
        if (s > 0 && oneDay && cluster.precision == DatePrecision::Day && cluster.start == timex.start)
            sameDay.append(c);
        // A mention of one day fitting two events of that day goes to the larger; a coarser one that fits two
        // events ("met twice between 2018 and 2019") tells of them together, no happening of its own.
        const bool larger = oneDay && best >= 0 && cluster.units.size() > m_clusters.at(best).units.size();
        if (s > bestScore || (s == bestScore && larger)) {
            best = c;
            bestScore = s;
            tie = false;
        } else if (s == bestScore && s > 0 && !oneDay) {
            tie = true;
        }
    }
    // A saying that fits two of its speaker's sayings of the week is the article's news or cannot tell which it is.
    if (tie && u.news) {
        best = newsTieBreak(u, pool, bestScore);
        if (best < 0)
            return;
        tie = false;
    }
    // "Vask said …" in an article that dates a saying of Vask's is that saying, not one of hers another outlet
    // dated earlier in the week in the same word. Of two the article dates that fit as well, the later is its news:
    // the earlier one is background to it.
    if (own >= 0)
        best = own;
    if (u.news && best >= 0)
        best = recentNews(u, pool, best);
    if (best >= 0 && oneDay && m_clusters.at(best).start != timex.start) {
        if (dayApart) {
            dayApart->append(unitIndex);
            return;
        }
        // Outlets a day apart only where the unit's own day has no such happening.
        if (ownDays == 1)
            best = ownDay;
    }
    if (tie)
        return;
    if (best >= 0) {
        add(best, unitIndex);
        // The mention names what several events of its day have in part ("the board ousted Rendell" joins
        // "the firing of Rendell" and "the board's decision"): they were one happening told in pieces. Not where it
        // joined an event of another day: the events of its own day are not told of in it.
        if (m_clusters.at(best).start != timex.start)
            return;
        for (int c : std::as_const(sameDay)) {
            if (c != best && compatible(m_clusters.at(best), m_clusters.at(c)))
                absorb(best, c);
        }
        return;
    }
    m_clusters.append(Cluster {});
    m_seen.append(0);
    add(int(m_clusters.size() - 1), unitIndex);
}

QList<Event> Merger::run()
{
    buildUnits();
    // Finest dates first, so that coarse mentions meet the events they may belong to already formed; mentions
    // with no time at all last, to join what the others made.
    // The keys are worked out once a unit: read through the mentions at each comparison, they were most of the sort.
    struct OrderKey {
        bool undated;
        bool unresolved;
        bool shaky; // a fine but shaky date ("just ahead of", "currently") comes after a firm one
        int precision;
        double doubt;
        qint64 start;
        int unit;
        auto tied() const { return std::tie(undated, unresolved, shaky, precision, doubt, start); }
    };
    std::vector<OrderKey> keys;
    keys.reserve(size_t(m_units.size()));
    for (int i = 0; i < m_units.size(); ++i) {
        const Unit &u = m_units.at(i);
        const Timex &x = timexOf(u);
        keys.push_back(
            { u.undated, !x.isResolved(), !isFirm(x), int(x.precision), -x.confidence, x.start.toJulianDay(), i });
    }
    std::stable_sort(
        keys.begin(), keys.end(), [](const OrderKey &a, const OrderKey &b) { return a.tied() < b.tied(); });
    QList<int> order;
    order.reserve(qsizetype(keys.size()));
    for (const OrderKey &k : keys)
        order.append(k.unit);
    keys = {};
    // Joins a unit could make only with an event dated a day off wait until every unit of one day is placed: the event
    // of their own day may come later in the order.
    QList<int> dayApart;
    bool waitedPlaced = false;
    bool joined = false; // joinSpells, once every dated mention is placed
    for (int unitIndex : std::as_const(order)) {
        const Unit &u = m_units.at(unitIndex);
        const Timex &timex = timexOf(u);
        const bool oneDay = timex.isResolved() && isOneDay(timex.precision, timex.start, timex.end);
        if (!oneDay && !waitedPlaced) {
            waitedPlaced = true;
            for (int waiting : std::as_const(dayApart))
                place(waiting, nullptr);
        }
        if (u.undated && !joined) {
            joined = true;
            joinSpells();
            findOnlyOfKind();
        }
        if (u.undated)
            attachUndated(unitIndex);
        else
            place(unitIndex, waitedPlaced ? nullptr : &dayApart);
    }
    if (!waitedPlaced) {
        for (int waiting : std::as_const(dayApart))
            place(waiting, nullptr);
    }
    if (!joined)
        joinSpells();

    // The merge's working memory goes before the events are made: with their mention lists on top, it was the peak
    // of a whole analysis's memory.
    QList<Outline> outlines;
    for (const Cluster &c : std::as_const(m_clusters)) {
        if (c.dead || (!c.start.isValid() && !informative(c)) || (c.start.isValid() && onlyVague(c)) || onlyNews(c))
            continue;
        outlines.append(outline(c));
    }
    release();
    QList<Event> events;
    events.reserve(outlines.size());
    for (Outline &o : outlines)
        events.append(makeEvent(std::exchange(o, {})));
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

QList<Event> EventMerger::merge(QList<EventMention> mentions)
{
    QList<EventMention *> all;
    all.reserve(mentions.size());
    for (EventMention &m : mentions)
        all.append(&m);
    return Merger(std::move(all)).run();
}

QList<Event> EventMerger::merge(QList<QList<EventMention>> &byArticle)
{
    qsizetype count = 0;
    for (const QList<EventMention> &list : std::as_const(byArticle))
        count += list.size();
    QList<EventMention *> all;
    all.reserve(count);
    for (QList<EventMention> &list : byArticle) {
        for (EventMention &m : list)
            all.append(&m);
    }
    return Merger(std::move(all)).run();
}
