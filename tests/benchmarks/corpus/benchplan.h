// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

// What the benchmark corpus is about, decided from the seed before any article is written: speakers,
// outlets, stories, the statements made in each story and the events that happen in it. Articles are
// spread over stories unevenly (a few stories get thousands of articles, most a handful), statements
// are quoted unevenly within a story, and a few wire statements are quoted across the whole corpus,
// so that statement sizes run from one rendering to thousands.
class BenchPlan
{
public:
    struct Speaker {
        QString name;
        QString surname;
        QString role;
        bool female = false;
    };
    struct Statement {
        int speaker = -1;
        QStringList words;
    };
    enum class EventKind { Meeting, Visit, Agreement, Resignation, Election, Launch, Disaster, Protest, Announcement };
    struct Event {
        EventKind kind = EventKind::Meeting;
        QDate date;
        bool background = false; // years before the story: written with the year or the decade
        QString place;
        QList<int> speakers; // participants
        int casualties = 0; // a figure outlets may report differently
    };
    struct Story {
        QString place;
        QString topic;
        QDate start;
        QList<int> speakers;
        QList<int> statements; // most quoted first
        QList<int> events; // most mentioned first
    };

    BenchPlan(int articleCount, quint64 seed);

    int articleCount() const { return int(m_storyOf.size()); }
    quint64 seed() const { return m_seed; }
    int storyOf(int article) const { return m_storyOf.at(article); }
    int outletOf(int article) const { return m_outletOf.at(article); }
    const Story &story(int index) const { return m_stories.at(index); }
    const Speaker &speaker(int index) const { return m_speakers.at(index); }
    const Statement &statement(int index) const { return m_statements.at(index); }
    const Event &event(int index) const { return m_events.at(index); }
    const QString &outlet(int index) const { return m_outlets.at(index); }
    int storyCount() const { return int(m_stories.size()); }
    int speakerCount() const { return int(m_speakers.size()); }
    int statementCount() const { return int(m_statements.size()); }
    int eventCount() const { return int(m_events.size()); }
    int outletCount() const { return int(m_outlets.size()); }

    // Statements quoted across the corpus, whatever the story, with the share of articles quoting each.
    struct Wire {
        int statement;
        double share;
    };
    const QList<Wire> &wireStatements() const { return m_wire; }
    // Events of the same kind, mentioned by a share of all articles.
    const QList<Wire> &wireEvents() const { return m_wireEvents; }

private:
    int addStatement(int speaker, const QString &place, const QString &topic, quint64 seed);

    quint64 m_seed;
    QList<int> m_storyOf;
    QList<int> m_outletOf;
    QList<Story> m_stories;
    QList<Speaker> m_speakers;
    QList<Statement> m_statements;
    QList<Event> m_events;
    QStringList m_outlets;
    QList<Wire> m_wire;
    QList<Wire> m_wireEvents;
};
