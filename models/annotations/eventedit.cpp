// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotations/eventedit.h"

#include <QJsonArray>

namespace
{
const char *const kindNames[] = { "rename", "merge", "split", "add", "delete", "move-mention" };

QJsonArray keysJson(const QList<MentionKey> &keys)
{
    QJsonArray array;
    for (const MentionKey &k : keys)
        array.append(QJsonArray { k.articleId, k.start, k.end });
    return array;
}

QList<MentionKey> keysFromJson(const QJsonValue &value)
{
    QList<MentionKey> keys;
    for (const auto &v : value.toArray()) {
        const QJsonArray a = v.toArray();
        if (a.size() == 3)
            keys.append({ a.at(0).toString(), a.at(1).toInt(), a.at(2).toInt() });
    }
    return keys;
}
}

QString MentionKey::id() const
{
    return articleId + QLatin1Char('@') + QString::number(start) + QLatin1Char('-') + QString::number(end);
}

QString eventEditKindName(EventEdit::Kind kind)
{
    return QString::fromLatin1(kindNames[int(kind)]);
}

QJsonObject EventEdit::toJson() const
{
    QJsonObject o { { QStringLiteral("kind"), eventEditKindName(kind) }, { QStringLiteral("event"), keysJson(event) },
        { QStringLiteral("other"), keysJson(other) }, { QStringLiteral("author"), author },
        { QStringLiteral("created"), created.toUTC().toString(Qt::ISODateWithMs) } };
    if (!label.isNull())
        o.insert(QStringLiteral("label"), label);
    if (start.isValid())
        o.insert(QStringLiteral("start"), start.toString(Qt::ISODate));
    if (end.isValid())
        o.insert(QStringLiteral("end"), end.toString(Qt::ISODate));
    if (eventMadeBy > 0)
        o.insert(QStringLiteral("event-made-by"), eventMadeBy);
    if (otherMadeBy > 0)
        o.insert(QStringLiteral("other-made-by"), otherMadeBy);
    if (kind == Kind::Add) {
        o.insert(QStringLiteral("precision"), datePrecisionName(precision));
        o.insert(QStringLiteral("category"), category);
    }
    return o;
}

std::optional<EventEdit> EventEdit::fromJson(const QJsonObject &o)
{
    EventEdit e;
    const QString kind = o.value(QStringLiteral("kind")).toString();
    bool known = false;
    for (int i = 0; i < 6; ++i) {
        if (kind == QLatin1String(kindNames[i])) {
            e.kind = Kind(i);
            known = true;
        }
    }
    if (!known)
        return std::nullopt;
    e.event = keysFromJson(o.value(QStringLiteral("event")));
    e.other = keysFromJson(o.value(QStringLiteral("other")));
    e.eventMadeBy = o.value(QStringLiteral("event-made-by")).toInteger();
    e.otherMadeBy = o.value(QStringLiteral("other-made-by")).toInteger();
    if (o.contains(QStringLiteral("label")))
        e.label = o.value(QStringLiteral("label")).toString();
    e.start = QDate::fromString(o.value(QStringLiteral("start")).toString(), Qt::ISODate);
    e.end = QDate::fromString(o.value(QStringLiteral("end")).toString(), Qt::ISODate);
    const QString precision = o.value(QStringLiteral("precision")).toString();
    for (int p = 0; p <= int(DatePrecision::Unknown); ++p) {
        if (datePrecisionName(DatePrecision(p)) == precision)
            e.precision = DatePrecision(p);
    }
    e.category = o.value(QStringLiteral("category")).toString();
    e.author = o.value(QStringLiteral("author")).toString();
    e.created = QDateTime::fromString(o.value(QStringLiteral("created")).toString(), Qt::ISODateWithMs);
    return e;
}
