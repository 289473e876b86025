// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "benchplan.h"

#include "benchrng.h"
#include "benchwords.h"

#include <QSet>

#include <algorithm>

namespace
{
// A name not given before, so that two speakers or outlets never share one.
template<typename Make>
QString fresh(QSet<QString> &taken, Make make)
{
    for (;;) {
        QString name = make();
        if (!taken.contains(name)) {
            taken.insert(name);
            return name;
        }
    }
}
}

BenchPlan::BenchPlan(int articleCount, quint64 seed)
    : m_seed(seed)
{
    BenchRng rng(BenchRng::derive(seed, 0));
    QSet<QString> taken;

    const int outletCount = std::clamp(articleCount / 50, 8, 400);
    for (int i = 0; i < outletCount; ++i)
        m_outlets.append(fresh(taken, [&] { return BenchWords::outletName(rng); }));

    const int speakerCount = articleCount / 8 + 40;
    for (int i = 0; i < speakerCount; ++i) {
        Speaker s;
        s.name = fresh(taken, [&] { return BenchWords::personName(rng); });
        s.surname = s.name.section(u' ', -1);
        s.female = rng.chance(0.5);
        s.role = BenchWords::role(rng, BenchWords::placeName(rng));
        m_speakers.append(s);
    }

    // Stories of very different sizes: article i goes to a story drawn with Zipf weights.
    const int storyCount = std::max(4, articleCount / 40);
    m_storyOf.resize(articleCount);
    m_outletOf.resize(articleCount);
    QList<int> storySize(storyCount, 0);
    for (int a = 0; a < articleCount; ++a) {
        m_storyOf[a] = rng.skewed(storyCount);
        m_outletOf[a] = rng.skewed(outletCount);
        ++storySize[m_storyOf.at(a)];
    }
    const QDate epoch(2019, 1, 1);
    for (int s = 0; s < storyCount; ++s) {
        BenchRng srng(BenchRng::derive(seed, 1000000 + quint64(s)));
        Story story;
        story.place = BenchWords::placeName(srng);
        story.topic = BenchWords::properWord(srng).toLower();
        story.start = epoch.addDays(srng.below(6 * 365));
        const int size = storySize.at(s);
        // Some speakers are in many stories, most in one or two.
        for (int i = 0, n = std::min(3 + size / 20, 60); i < n; ++i)
            story.speakers.append(srng.chance(0.3) ? srng.skewed(speakerCount) : srng.below(speakerCount));
        for (int i = 0, n = std::min(4 + size / 2, 4000); i < n; ++i)
            story.statements.append(addStatement(srng.pick(story.speakers), story.place, story.topic,
                BenchRng::derive(BenchRng::derive(seed, 2000000 + quint64(s)), quint64(i))));
        for (int i = 0, n = std::min(4 + size / 8, 400); i < n; ++i) {
            Event e;
            e.kind = EventKind(srng.below(9));
            e.background = srng.chance(0.15);
            e.date = e.background ? QDate(srng.between(1950, 2015), srng.between(1, 12), srng.between(1, 28))
                                  : story.start.addDays(srng.between(-20, 60));
            e.place = srng.chance(0.6) ? story.place : BenchWords::placeName(srng);
            e.speakers = { srng.pick(story.speakers), srng.pick(story.speakers) };
            e.casualties = srng.between(3, 400);
            story.events.append(int(m_events.size()));
            m_events.append(e);
        }
        m_stories.append(story);
    }

    // Wire copy: a handful of statements and events that a share of every outlet's articles repeat.
    const double wireShares[] = { 0.10, 0.04, 0.02, 0.01, 0.005 };
    for (double share : wireShares) {
        const int speaker = rng.below(speakerCount);
        m_wire.append({ addStatement(speaker, BenchWords::placeName(rng), BenchWords::properWord(rng).toLower(),
                            BenchRng::derive(seed, 3000000 + quint64(m_wire.size()))),
            share });
        Event e;
        e.kind = EventKind(rng.below(9));
        e.date = epoch.addDays(rng.below(6 * 365));
        e.place = BenchWords::placeName(rng);
        e.speakers = { speaker, rng.skewed(speakerCount) };
        e.casualties = rng.between(3, 400);
        m_wireEvents.append({ int(m_events.size()), share / 2 });
        m_events.append(e);
    }
}

int BenchPlan::addStatement(int speaker, const QString &place, const QString &topic, quint64 seed)
{
    BenchRng rng(seed);
    m_statements.append({ speaker, BenchWords::statementWords(rng, place, topic) });
    return int(m_statements.size()) - 1;
}
