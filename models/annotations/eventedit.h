// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "events/timex.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

// One event mention, named by its article and span, which survive re-analysis; event ids do not.
struct MentionKey {
    QString articleId;
    int start = 0; // UTF-16, as EventMention::span
    int end = 0;
    friend bool operator==(const MentionKey &, const MentionKey &) = default;

    // The mention's stable id in the UI ("<article id>@<start>-<end>"): the same key the edit log
    // stores, so a mention picked in a dialog is the one the edit names.
    QString id() const;
};

// An analyst's correction of the computed events. Events are named by their mentions at the time
// of the edit; the edit log is replayed over each new analysis (EventEditApplier). An event the
// analyst made (Add, Split) may have no mentions, so it is named by the seq of the edit that made
// it, which the project keeps for good (AUTOINCREMENT, unchanged by undo and redo).
struct EventEdit {
    enum class Kind {
        Rename, // `event` gets `label`
        Merge, // `other` (an event's mentions) joins `event`
        Split, // the mentions `other` leave `event` for a new event called `label`
        Add, // a new event: label, dates, category, with the mentions `other` (may be none)
        Delete, // `event` is removed
        MoveMention, // the one mention in `other` moves to `event`
    };
    Kind kind = Kind::Rename;
    QList<MentionKey> event;
    QList<MentionKey> other;
    // When `event` / `other` (Merge) is an analyst-made event: the seq of the edit that made it.
    // It is looked up first; the mention keys are the fallback once that event is gone.
    qint64 eventMadeBy = 0;
    qint64 otherMadeBy = 0;
    QString label;
    QDate start;
    QDate end;
    DatePrecision precision = DatePrecision::Day;
    QString category;
    QString author;
    QDateTime created;
    qint64 seq = 0; // its place in the project's log, set when stored

    QJsonObject toJson() const;
    static std::optional<EventEdit> fromJson(const QJsonObject &object);
};

QString eventEditKindName(EventEdit::Kind kind);
