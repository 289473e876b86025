// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/textspan.h"

#include <QDate>
#include <QList>
#include <QStringList>

struct AnalysisResult;
struct Statement;

// Which events a statement is about: those mentioned next to one of its renderings. Event mentions are
// indexed by article once (O(mentions)); each question then costs what the statement's renderings and
// the mentions of their articles cost, so asking it of every statement stays linear.
class StatementEvents
{
public:
    // Keeps a reference to `result`, which must outlive this object.
    explicit StatementEvents(const AnalysisResult &result);

    // Ids of the events with a mention that overlaps a quote of the statement or a sentence that
    // quote lies in, in AnalysisResult::events order; empty for an unknown statement.
    QStringList eventsFor(const QString &statementId) const;

    // When the statement was made, where the text tells: the date of a dated event whose mention holds
    // the speech verb that attributes one of its quotes ("Last month, Kim told the legislature: …").
    // The earliest such date wins (a later rendering may be dated by its own reporting); invalid if none.
    QDate saidOn(const QString &statementId) const;
    QDate saidOn(const Statement &statement) const;

    // One question, without keeping the index.
    static QStringList eventsFor(const AnalysisResult &result, const QString &statementId)
    {
        return StatementEvents(result).eventsFor(statementId);
    }
    static QDate saidOn(const AnalysisResult &result, const QString &statementId)
    {
        return StatementEvents(result).saidOn(statementId);
    }

private:
    struct MentionAt {
        TextSpan span;
        int event;
    };
    // The events (indices) with a mention in `article` that overlaps one of `spans`, appended to `out`.
    void eventsNear(int article, const QList<TextSpan> &spans, QList<int> &out) const;

    const AnalysisResult &m_result;
    QList<QList<MentionAt>> m_mentions; // by article index
};
