// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotations/annotationexport.h"

#include "annotations/annotationjson.h"
#include "core/weblink.h"
#include "corpus/corpus.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <utility>

namespace
{
QString csvField(const QString &value)
{
    if (!value.contains(QLatin1Char(',')) && !value.contains(QLatin1Char('"')) && !value.contains(QLatin1Char('\n'))
        && !value.contains(QLatin1Char('\r')))
        return value;
    QString quoted = value;
    quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString dateText(const QDateTime &date)
{
    return date.toUTC().toString(Qt::ISODateWithMs);
}
}

AnnotationExport::AnnotationExport(const QList<Annotation> &annotations, const Corpus *corpus, QString projectName)
    : m_annotations(annotations)
    , m_corpus(corpus)
    , m_projectName(std::move(projectName))
{
    if (m_corpus) {
        for (int i = 0; i < m_corpus->articles.size(); ++i)
            m_articleIndex.insert(m_corpus->articles.at(i).id, i);
    }
}

QString AnnotationExport::outletOf(const AnnotationAnchor &anchor) const
{
    const int i = m_articleIndex.value(anchor.target.articleId, -1);
    return i < 0 ? QString() : m_corpus->articles.at(i).outlet;
}

int AnnotationExport::toCodePoint(const QString &articleId, int utf16Offset) const
{
    const int i = m_articleIndex.value(articleId, -1);
    if (i < 0)
        return -1;
    const QString &text = m_corpus->articles.at(i).text();
    if (utf16Offset > text.size())
        return -1;
    // Counting surrogate pairs before the offset is enough for one offset; no map needed.
    int pairs = 0;
    for (int k = 0; k < utf16Offset; ++k) {
        if (text.at(k).isLowSurrogate() && k > 0 && text.at(k - 1).isHighSurrogate())
            ++pairs;
    }
    return utf16Offset - pairs;
}

QByteArray AnnotationExport::toJson() const
{
    const auto convert = [this](const QString &id, int offset) { return toCodePoint(id, offset); };
    QJsonArray all;
    for (const Annotation &a : m_annotations) {
        QJsonObject o = AnnotationJson::toExport(a, convert);
        QJsonArray anchors = o.value(QStringLiteral("anchors")).toArray();
        for (int i = 0; i < anchors.size(); ++i) {
            QJsonObject anchor = anchors.at(i).toObject();
            anchor.insert(QStringLiteral("outlet"), outletOf(a.anchors.at(i)));
            anchors.replace(i, anchor);
        }
        o.insert(QStringLiteral("anchors"), anchors);
        all.append(o);
    }
    const QJsonObject doc { { QStringLiteral("project"), m_projectName },
        { QStringLiteral("offsets"), QStringLiteral("code points") }, { QStringLiteral("annotations"), all } };
    return QJsonDocument(doc).toJson(QJsonDocument::Indented);
}

QByteArray AnnotationExport::toCsv() const
{
    QStringList lines { QStringLiteral("id,category,severity,note,author,created,modified,anchor,role,article,outlet,"
                                       "start,end,exact,state") };
    for (const Annotation &a : m_annotations) {
        const QStringList common { a.id, annotationCategoryName(a.category), annotationSeverityName(a.severity),
            csvField(a.note), csvField(a.author), dateText(a.created), dateText(a.modified) };
        if (a.anchors.isEmpty()) {
            lines.append(common.join(QLatin1Char(',')) + QStringLiteral(",,,,,,,,"));
            continue;
        }
        for (int i = 0; i < a.anchors.size(); ++i) {
            const AnnotationAnchor &anchor = a.anchors.at(i);
            const AnnotationTarget &t = anchor.target;
            const bool placed = t.position.isValid() && anchor.state != AnchorState::Orphaned;
            const int start = placed ? toCodePoint(t.articleId, t.position.start) : -1;
            const int end = placed ? toCodePoint(t.articleId, t.position.end) : -1;
            QStringList row = common;
            row << QString::number(i + 1) << csvField(anchor.role) << csvField(t.articleId)
                << csvField(outletOf(anchor)) << (start >= 0 ? QString::number(start) : QString())
                << (end >= 0 ? QString::number(end) : QString()) << csvField(t.quote.exact)
                << anchorStateName(anchor.state);
            lines.append(row.join(QLatin1Char(',')));
        }
    }
    return (lines.join(QStringLiteral("\r\n")) + QStringLiteral("\r\n")).toUtf8();
}

QByteArray AnnotationExport::toW3c() const
{
    QJsonArray items;
    for (const Annotation &a : m_annotations) {
        QJsonArray bodies {
            QJsonObject { { QStringLiteral("type"), QStringLiteral("TextualBody") },
                { QStringLiteral("purpose"), QStringLiteral("classifying") },
                { QStringLiteral("value"), annotationCategoryName(a.category) } },
            QJsonObject { { QStringLiteral("type"), QStringLiteral("TextualBody") },
                { QStringLiteral("purpose"), QStringLiteral("tagging") },
                { QStringLiteral("value"),
                    QString(QStringLiteral("severity:") + annotationSeverityName(a.severity)) } },
        };
        if (!a.note.isEmpty())
            bodies.prepend(QJsonObject { { QStringLiteral("type"), QStringLiteral("TextualBody") },
                { QStringLiteral("purpose"), QStringLiteral("commenting") },
                { QStringLiteral("format"), QStringLiteral("text/plain") }, { QStringLiteral("value"), a.note } });
        QJsonArray targets;
        for (const AnnotationAnchor &anchor : a.anchors) {
            const AnnotationTarget &t = anchor.target;
            QJsonArray selectors { QJsonObject { { QStringLiteral("type"), QStringLiteral("TextQuoteSelector") },
                { QStringLiteral("exact"), t.quote.exact }, { QStringLiteral("prefix"), t.quote.prefix },
                { QStringLiteral("suffix"), t.quote.suffix } } };
            if (t.position.isValid() && anchor.state != AnchorState::Orphaned) {
                const int start = toCodePoint(t.articleId, t.position.start);
                const int end = toCodePoint(t.articleId, t.position.end);
                if (start >= 0 && end >= start)
                    selectors.append(QJsonObject { { QStringLiteral("type"), QStringLiteral("TextPositionSelector") },
                        { QStringLiteral("start"), start }, { QStringLiteral("end"), end } });
            }
            const int article = m_articleIndex.value(t.articleId, -1);
            const QString url = article < 0 ? QString() : m_corpus->articles.at(article).url;
            QJsonObject target {
                { QStringLiteral("source"),
                    WebLink::isWebUrl(url) ? url : QString(QStringLiteral("urn:parallax:article:") + t.articleId) },
                { QStringLiteral("selector"), selectors }, { QStringLiteral("role"), anchor.role },
                { QStringLiteral("article"), t.articleId },
                { QStringLiteral("anchorState"), anchorStateName(anchor.state) }
            };
            targets.append(target);
        }
        QJsonObject item { { QStringLiteral("id"), QString(QStringLiteral("urn:uuid:") + a.id) },
            { QStringLiteral("type"), QStringLiteral("Annotation") },
            { QStringLiteral("motivation"), QStringLiteral("assessing") },
            { QStringLiteral("created"), dateText(a.created) }, { QStringLiteral("modified"), dateText(a.modified) },
            { QStringLiteral("body"), bodies }, { QStringLiteral("target"), targets } };
        if (!a.author.isEmpty())
            item.insert(QStringLiteral("creator"),
                QJsonObject {
                    { QStringLiteral("type"), QStringLiteral("Person") }, { QStringLiteral("name"), a.author } });
        items.append(item);
    }
    // Parallax's own target properties (role, article, anchorState) get IRIs through an extra context;
    // positions count code points of Parallax's normalised article text.
    const QJsonArray context { QStringLiteral("http://www.w3.org/ns/anno.jsonld"),
        QJsonObject { { QStringLiteral("parallax"), QStringLiteral("urn:parallax:vocab#") },
            { QStringLiteral("role"), QStringLiteral("parallax:role") },
            { QStringLiteral("article"), QStringLiteral("parallax:article") },
            { QStringLiteral("anchorState"), QStringLiteral("parallax:anchorState") } } };
    const QJsonObject collection { { QStringLiteral("@context"), context },
        { QStringLiteral("type"), QStringLiteral("AnnotationCollection") }, { QStringLiteral("label"), m_projectName },
        { QStringLiteral("total"), int(m_annotations.size()) },
        { QStringLiteral("first"),
            QJsonObject { { QStringLiteral("type"), QStringLiteral("AnnotationPage") },
                { QStringLiteral("startIndex"), 0 }, { QStringLiteral("items"), items } } } };
    return QJsonDocument(collection).toJson(QJsonDocument::Indented);
}
