// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotations/annotationjson.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace
{
QString dateText(const QDateTime &date)
{
    return date.toUTC().toString(Qt::ISODateWithMs);
}

QJsonObject targetJson(const AnnotationTarget &t, int start, int end, const QString &unit)
{
    QJsonObject o {
        { QStringLiteral("article"), t.articleId },
        { QStringLiteral("exact"), t.quote.exact },
        { QStringLiteral("prefix"), t.quote.prefix },
        { QStringLiteral("suffix"), t.quote.suffix },
    };
    if (start >= 0 && end >= start) {
        o.insert(QStringLiteral("start") + unit, start);
        o.insert(QStringLiteral("end") + unit, end);
    }
    if (!t.quoteId.isEmpty())
        o.insert(QStringLiteral("quote"), t.quoteId);
    if (!t.statementId.isEmpty())
        o.insert(QStringLiteral("statement"), t.statementId);
    if (!t.eventId.isEmpty())
        o.insert(QStringLiteral("event"), t.eventId);
    if (t.alignmentColumn >= 0)
        o.insert(QStringLiteral("alignment_column"), t.alignmentColumn);
    return o;
}

QJsonObject commonJson(const Annotation &a)
{
    return QJsonObject {
        { QStringLiteral("id"), a.id },
        { QStringLiteral("category"), annotationCategoryName(a.category) },
        { QStringLiteral("severity"), annotationSeverityName(a.severity) },
        { QStringLiteral("note"), a.note },
        { QStringLiteral("author"), a.author },
        { QStringLiteral("created"), dateText(a.created) },
        { QStringLiteral("modified"), dateText(a.modified) },
    };
}

QJsonObject anchorJson(const AnnotationAnchor &anchor, const QJsonObject &target)
{
    QJsonObject o { { QStringLiteral("role"), anchor.role }, { QStringLiteral("target"), target },
        { QStringLiteral("state"), anchorStateName(anchor.state) } };
    if (!anchor.previousExact.isNull())
        o.insert(QStringLiteral("previous_exact"), anchor.previousExact);
    return o;
}
}

QJsonObject AnnotationJson::toStored(const Annotation &a)
{
    QJsonObject o = commonJson(a);
    QJsonArray anchors;
    for (const AnnotationAnchor &anchor : a.anchors) {
        const AnnotationTarget &t = anchor.target;
        anchors.append(anchorJson(anchor, targetJson(t, t.position.start, t.position.end, QStringLiteral("_utf16"))));
    }
    o.insert(QStringLiteral("anchors"), anchors);
    return o;
}

std::optional<Annotation> AnnotationJson::fromStored(const QJsonObject &o)
{
    Annotation a;
    a.id = o.value(QStringLiteral("id")).toString();
    if (a.id.isEmpty())
        return std::nullopt;
    // Unknown names (from a newer Parallax) fall back rather than losing the annotation.
    a.category = annotationCategoryFromName(o.value(QStringLiteral("category")).toString())
                     .value_or(AnnotationCategory::Other);
    a.severity = annotationSeverityFromName(o.value(QStringLiteral("severity")).toString())
                     .value_or(AnnotationSeverity::Medium);
    a.note = o.value(QStringLiteral("note")).toString();
    a.author = o.value(QStringLiteral("author")).toString();
    a.created = QDateTime::fromString(o.value(QStringLiteral("created")).toString(), Qt::ISODateWithMs);
    a.modified = QDateTime::fromString(o.value(QStringLiteral("modified")).toString(), Qt::ISODateWithMs);
    const QJsonArray anchors = o.value(QStringLiteral("anchors")).toArray();
    for (const auto &value : anchors) {
        const QJsonObject ao = value.toObject();
        const QJsonObject to = ao.value(QStringLiteral("target")).toObject();
        AnnotationAnchor anchor;
        anchor.role = ao.value(QStringLiteral("role")).toString();
        anchor.state
            = anchorStateFromName(ao.value(QStringLiteral("state")).toString()).value_or(AnchorState::Attached);
        if (ao.contains(QStringLiteral("previous_exact")))
            anchor.previousExact = ao.value(QStringLiteral("previous_exact")).toString();
        AnnotationTarget &t = anchor.target;
        t.articleId = to.value(QStringLiteral("article")).toString();
        t.quote.exact = to.value(QStringLiteral("exact")).toString();
        t.quote.prefix = to.value(QStringLiteral("prefix")).toString();
        t.quote.suffix = to.value(QStringLiteral("suffix")).toString();
        t.position.start = to.value(QStringLiteral("start_utf16")).toInt(-1);
        t.position.end = to.value(QStringLiteral("end_utf16")).toInt(-1);
        t.quoteId = to.value(QStringLiteral("quote")).toString();
        t.statementId = to.value(QStringLiteral("statement")).toString();
        t.eventId = to.value(QStringLiteral("event")).toString();
        t.alignmentColumn = to.value(QStringLiteral("alignment_column")).toInt(-1);
        a.anchors.append(anchor);
    }
    return a;
}

QByteArray AnnotationJson::toStoredBytes(const Annotation &annotation)
{
    return QJsonDocument(toStored(annotation)).toJson(QJsonDocument::Compact);
}

std::optional<Annotation> AnnotationJson::fromStoredBytes(const QByteArray &bytes)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    return fromStored(doc.object());
}

QJsonObject AnnotationJson::toExport(const Annotation &a, const CodePointConverter &toCodePoint)
{
    QJsonObject o = commonJson(a);
    QJsonArray anchors;
    for (const AnnotationAnchor &anchor : a.anchors) {
        const AnnotationTarget &t = anchor.target;
        int start = -1;
        int end = -1;
        if (t.position.isValid() && anchor.state != AnchorState::Orphaned) {
            start = toCodePoint(t.articleId, t.position.start);
            end = toCodePoint(t.articleId, t.position.end);
        }
        anchors.append(anchorJson(anchor, targetJson(t, start, end, QString())));
    }
    o.insert(QStringLiteral("anchors"), anchors);
    return o;
}
