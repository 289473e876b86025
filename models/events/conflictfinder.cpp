// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "events/conflictfinder.h"

#include "events/mentionfeatures.h"

#include <QMap>

namespace
{
// Mentions grouped by the value they claim; a conflict when two articles claim different values.
void addConflict(QList<EventConflict> &out, const QString &about, const QMap<QString, QList<int>> &byValue,
    const QList<EventMention> &mentions)
{
    if (byValue.size() < 2)
        return;
    QSet<int> articles;
    QList<int> indices;
    for (const QList<int> &list : byValue) {
        for (int i : list) {
            articles.insert(mentions.at(i).article);
            indices.append(i);
        }
    }
    if (articles.size() < 2)
        return;
    std::sort(indices.begin(), indices.end());
    out.append({ about, indices });
}
}

QList<EventConflict> ConflictFinder::find(const Event &event, const QList<MentionFeatures> &features)
{
    QMap<QString, QList<int>> counts;
    QMap<QString, QList<int>> types;
    QMap<QString, QList<int>> days;
    for (int i = 0; i < event.mentions.size(); ++i) {
        const EventMention &m = event.mentions.at(i);
        const MentionFeatures &f = features.at(i);
        if (f.count != 0)
            counts[f.count < 0 ? QStringLiteral("several") : QString::number(f.count)].append(i);
        if (m.timex.isResolved() && m.timex.precision == DatePrecision::Day)
            days[m.timex.start.toString(Qt::ISODate)].append(i);
    }
    // Types disagree only when no word is shared: "sea-to-surface cruise" and "cruise" agree.
    for (int i = 0; i < features.size(); ++i) {
        const QStringList &t = features.at(i).types;
        if (t.isEmpty())
            continue;
        QString key = t.join(QLatin1Char(' '));
        for (auto it = types.cbegin(); it != types.cend(); ++it) {
            const QStringList other = it.key().split(QLatin1Char(' '));
            if (std::any_of(t.begin(), t.end(), [&other](const QString &w) { return other.contains(w); })) {
                key = it.key();
                break;
            }
        }
        types[key].append(i);
    }
    QList<EventConflict> conflicts;
    addConflict(conflicts, QStringLiteral("number"), counts, event.mentions);
    addConflict(conflicts, QStringLiteral("type"), types, event.mentions);
    addConflict(conflicts, QStringLiteral("date"), days, event.mentions);
    return conflicts;
}
