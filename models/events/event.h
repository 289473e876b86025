// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "events/timex.h"

#include <QList>
#include <QString>
#include <QStringList>

// A clause in one article that tells of a happening at a time.
struct EventMention {
    int article = -1; // index into Corpus::articles
    TextSpan span; // the clause or sentence
    QString text;
    Timex timex;
    QString trigger; // the happening word: "summit", "test-fired", "met"
    QString place;
    QStringList participants;
    // Who the happening is about, when the clause says: the one who resigned, was fired, was appointed, spoke.
    // One of `participants`; two mentions about different people tell of different happenings.
    QString theme;
    QString claim; // a checkable detail ("two hypersonic missiles"), compared across outlets
};

// Outlets disagree about one event.
struct EventConflict {
    QString about; // "number", "type", "date", "place"
    QList<int> mentions; // indices into Event::mentions
};

// One happening, merged from every mention of it across the corpus.
struct Event {
    QString id; // "e<n>", ordered by start date
    QString label; // "Tarsis summit", made from the text
    QString category; // "diplomacy", "military", "politics", …: the timeline's default lanes
    QDate start;
    QDate end;
    DatePrecision precision = DatePrecision::Unknown;
    QString place;
    QStringList participants;
    QList<EventMention> mentions;
    QList<EventConflict> conflicts;
};
