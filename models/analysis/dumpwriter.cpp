// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/dumpwriter.h"

#include "core/codepointmap.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace
{
QJsonArray spansJson(const TextSpans &spans, const CodePointMap &map)
{
    QJsonArray array;
    for (const TextSpan &s : spans)
        array.append(QJsonArray { map.toCodePoint(s.start), map.toCodePoint(s.end) });
    return array;
}

QJsonValue dateJson(const QDate &date, DatePrecision precision)
{
    if (!date.isValid())
        return QJsonValue::Null;
    switch (precision) {
    case DatePrecision::Year:
    case DatePrecision::Decade:
        return date.toString(QStringLiteral("yyyy"));
    case DatePrecision::Month:
    case DatePrecision::Season:
    case DatePrecision::PartOfMonth:
        return date.toString(QStringLiteral("yyyy-MM"));
    default:
        return date.toString(Qt::ISODate);
    }
}

QJsonObject articleJson(const Article &a, const CodePointMap &map)
{
    return QJsonObject {
        { QStringLiteral("id"), a.id },
        { QStringLiteral("file"), a.file },
        { QStringLiteral("title"), a.title },
        { QStringLiteral("outlet"), a.outlet },
        { QStringLiteral("url"), a.url },
        { QStringLiteral("published"),
            a.published.isValid() ? QJsonValue(a.published.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null) },
        { QStringLiteral("published_basis"), publishedBasisName(a.publishedBasis) },
        { QStringLiteral("author"), a.author },
        { QStringLiteral("text"), a.text },
        { QStringLiteral("paragraphs"), spansJson(a.paragraphs, map) },
        { QStringLiteral("sentences"), spansJson(a.sentences, map) },
        { QStringLiteral("headings"), spansJson(a.headings, map) },
        { QStringLiteral("boilerplate"), spansJson(a.boilerplate, map) },
    };
}

QJsonObject quoteJson(const Quote &q, const Corpus &corpus, const QList<CodePointMap> &maps)
{
    const CodePointMap &map = maps.at(q.article);
    return QJsonObject {
        { QStringLiteral("id"), q.id },
        { QStringLiteral("article"), corpus.articles.at(q.article).id },
        { QStringLiteral("start"), map.toCodePoint(q.span.start) },
        { QStringLiteral("end"), map.toCodePoint(q.span.end) },
        { QStringLiteral("text"), q.text },
        { QStringLiteral("kind"), quoteKindName(q.kind) },
        { QStringLiteral("headline"), q.headline },
        { QStringLiteral("speaker"), q.speaker.isEmpty() ? QStringLiteral("unknown") : q.speaker },
        { QStringLiteral("speaker_cue"), q.speakerCue },
        { QStringLiteral("attribution"), attributionRuleName(q.rule) },
        { QStringLiteral("statement"), q.statement },
    };
}

QJsonObject statementJson(const Statement &s)
{
    QJsonArray alignment;
    for (const AlignmentColumn &column : s.alignment) {
        QJsonObject cells;
        for (int i = 0; i < s.quotes.size() && i < column.cells.size(); ++i) {
            const QString &cell = column.cells.at(i);
            cells.insert(s.quotes.at(i), cell.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(cell));
        }
        alignment.append(QJsonObject {
            { QStringLiteral("columns"), cells }, { QStringLiteral("kind"), diffKindName(column.kind) } });
    }
    QJsonObject similarity;
    for (int i = 0; i < s.quotes.size() && i < s.similarity.size(); ++i)
        similarity.insert(s.quotes.at(i), s.similarity.at(i));
    QJsonArray conflicts;
    for (const AttributionConflict &c : s.conflicts) {
        conflicts.append(QJsonObject { { QStringLiteral("speakers"), QJsonArray::fromStringList(c.speakers) },
            { QStringLiteral("quotes"), QJsonArray::fromStringList(c.quotes) } });
    }
    return QJsonObject {
        { QStringLiteral("id"), s.id },
        { QStringLiteral("speaker"), s.speaker.isEmpty() ? QStringLiteral("unknown") : s.speaker },
        { QStringLiteral("quotes"), QJsonArray::fromStringList(s.quotes) },
        { QStringLiteral("reference"), s.reference },
        { QStringLiteral("similarity"), similarity },
        { QStringLiteral("alignment"), alignment },
        { QStringLiteral("conflicts"), conflicts },
    };
}

QJsonObject eventJson(const Event &e, const Corpus &corpus, const QList<CodePointMap> &maps)
{
    QJsonArray mentions;
    for (const EventMention &m : e.mentions) {
        const CodePointMap &map = maps.at(m.article);
        mentions.append(QJsonObject {
            { QStringLiteral("article"), corpus.articles.at(m.article).id },
            { QStringLiteral("start"), map.toCodePoint(m.span.start) },
            { QStringLiteral("end"), map.toCodePoint(m.span.end) },
            { QStringLiteral("text"), m.text },
            { QStringLiteral("timex"), m.timex.text },
            { QStringLiteral("value"), m.timex.value },
            { QStringLiteral("basis"), dateBasisName(m.timex.basis) },
            { QStringLiteral("confidence"), m.timex.confidence },
            { QStringLiteral("trigger"), m.trigger },
            { QStringLiteral("theme"), m.theme },
            { QStringLiteral("claim"), m.claim },
        });
    }
    QJsonArray conflicts;
    for (const EventConflict &c : e.conflicts) {
        QJsonArray indices;
        for (int i : c.mentions)
            indices.append(i);
        conflicts.append(QJsonObject { { QStringLiteral("about"), c.about }, { QStringLiteral("mentions"), indices } });
    }
    return QJsonObject {
        { QStringLiteral("id"), e.id },
        { QStringLiteral("label"), e.label },
        { QStringLiteral("category"), e.category },
        { QStringLiteral("start"), dateJson(e.start, e.precision) },
        { QStringLiteral("end"), dateJson(e.end, e.precision) },
        { QStringLiteral("precision"), datePrecisionName(e.precision) },
        { QStringLiteral("place"), e.place },
        { QStringLiteral("participants"), QJsonArray::fromStringList(e.participants) },
        { QStringLiteral("mentions"), mentions },
        { QStringLiteral("conflicts"), conflicts },
    };
}
}

QJsonObject DumpWriter::toJson(const AnalysisResult &result)
{
    const Corpus &corpus = result.corpus;
    QList<CodePointMap> maps;
    maps.reserve(corpus.articles.size());
    QJsonArray articles;
    for (const Article &a : corpus.articles) {
        maps.append(CodePointMap(a.text));
        articles.append(articleJson(a, maps.constLast()));
    }
    QJsonArray warnings;
    for (const LoadWarning &w : corpus.warnings)
        warnings.append(QJsonObject { { QStringLiteral("file"), w.file }, { QStringLiteral("message"), w.message } });
    QJsonArray quotes;
    for (const Quote &q : result.quotes)
        quotes.append(quoteJson(q, corpus, maps));
    QJsonArray statements;
    for (const Statement &s : result.statements)
        statements.append(statementJson(s));
    QJsonArray events;
    for (const Event &e : result.events)
        events.append(eventJson(e, corpus, maps));

    return QJsonObject {
        { QStringLiteral("corpus"),
            QJsonObject { { QStringLiteral("name"), corpus.name }, { QStringLiteral("path"), corpus.path } } },
        { QStringLiteral("articles"), articles },
        { QStringLiteral("warnings"), warnings },
        { QStringLiteral("quotes"), quotes },
        { QStringLiteral("statements"), statements },
        { QStringLiteral("events"), events },
    };
}

QByteArray DumpWriter::toBytes(const AnalysisResult &result)
{
    return QJsonDocument(toJson(result)).toJson(QJsonDocument::Indented);
}
