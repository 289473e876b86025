// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/dumpwriter.h"

#include "analysis/jsonstreamwriter.h"
#include "core/codepointmap.h"

#include <QBuffer>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;

namespace
{

void date(JsonStreamWriter &w, const QDate &date, DatePrecision precision)
{
    if (!date.isValid()) {
        w.null();
        return;
    }
    switch (precision) {
    case DatePrecision::Year:
    case DatePrecision::Decade:
        w.value(date.toString(u"yyyy"_s));
        return;
    case DatePrecision::Month:
    case DatePrecision::Season:
    case DatePrecision::PartOfMonth:
        w.value(date.toString(u"yyyy-MM"_s));
        return;
    default:
        w.value(date.toString(Qt::ISODate));
    }
}

void strings(JsonStreamWriter &w, const QStringList &list)
{
    w.beginArray();
    for (const QString &s : list)
        w.value(s);
    w.endArray();
}

// The code point map of an article is kept only when its text has characters beyond the BMP (rare):
// for the others, UTF-16 and code point offsets are the same.
class CodePoints
{
public:
    explicit CodePoints(const Corpus &corpus)
        : m_maps(corpus.articles.size())
    {
        for (int i = 0; i < corpus.articles.size(); ++i) {
            const QString &text = corpus.articles.at(i).text;
            if (std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.isSurrogate(); }))
                m_maps[i] = std::make_shared<CodePointMap>(text);
        }
    }
    int toCodePoint(int article, int utf16) const
    {
        const auto &map = m_maps.at(article);
        return map ? map->toCodePoint(utf16) : utf16;
    }

private:
    QList<std::shared_ptr<CodePointMap>> m_maps;
};

void spans(JsonStreamWriter &w, const TextSpans &list, const CodePoints &codePoints, int article)
{
    w.beginArray();
    for (const TextSpan &s : list) {
        w.beginArray();
        w.value(codePoints.toCodePoint(article, s.start));
        w.value(codePoints.toCodePoint(article, s.end));
        w.endArray();
    }
    w.endArray();
}

void article(JsonStreamWriter &w, const Article &a, const CodePoints &map, int index)
{
    w.beginObject();
    w.key("author"_L1);
    w.value(a.author);
    w.key("boilerplate"_L1);
    spans(w, a.boilerplate, map, index);
    w.key("file"_L1);
    w.value(a.file);
    w.key("headings"_L1);
    spans(w, a.headings, map, index);
    w.key("id"_L1);
    w.value(a.id);
    w.key("outlet"_L1);
    w.value(a.outlet);
    w.key("paragraphs"_L1);
    spans(w, a.paragraphs, map, index);
    w.key("published"_L1);
    if (a.published.isValid())
        w.value(a.published.toString(Qt::ISODate));
    else
        w.null();
    w.key("published_basis"_L1);
    w.value(publishedBasisName(a.publishedBasis));
    w.key("sentences"_L1);
    spans(w, a.sentences, map, index);
    w.key("text"_L1);
    w.value(a.text);
    w.key("title"_L1);
    w.value(a.title);
    w.key("url"_L1);
    w.value(a.url);
    w.endObject();
}

void quote(JsonStreamWriter &w, const Quote &q, const Corpus &corpus, const CodePoints &codePoints)
{
    w.beginObject();
    w.key("article"_L1);
    w.value(corpus.articles.at(q.article).id);
    w.key("attribution"_L1);
    w.value(attributionRuleName(q.rule));
    w.key("end"_L1);
    w.value(codePoints.toCodePoint(q.article, q.span.end));
    w.key("headline"_L1);
    w.value(q.headline);
    w.key("id"_L1);
    w.value(q.id);
    w.key("kind"_L1);
    w.value(quoteKindName(q.kind));
    w.key("speaker"_L1);
    w.value(q.speaker.isEmpty() ? u"unknown"_s : q.speaker);
    w.key("speaker_cue"_L1);
    w.value(q.speakerCue);
    w.key("speaker_kind"_L1);
    w.value(speakerKindName(q.speakerKind));
    w.key("start"_L1);
    w.value(codePoints.toCodePoint(q.article, q.span.start));
    w.key("statement"_L1);
    w.value(q.statement);
    w.key("text"_L1);
    w.value(q.text);
    w.endObject();
}

void statement(JsonStreamWriter &w, const Statement &s)
{
    // Objects keyed by quote id, in QJsonObject's order (sorted; a repeated id keeps its last value).
    QList<int> order;
    for (int i = 0; i < s.quotes.size(); ++i)
        order.append(i);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return s.quotes.at(a) < s.quotes.at(b); });
    for (int k = 0; k + 1 < order.size();) {
        if (s.quotes.at(order.at(k)) == s.quotes.at(order.at(k + 1)))
            order.removeAt(k);
        else
            ++k;
    }
    w.beginObject();
    w.key("alignment"_L1);
    w.beginArray();
    for (const AlignmentColumn &column : s.alignment) {
        w.beginObject();
        w.key("columns"_L1);
        w.beginObject();
        for (int i : std::as_const(order)) {
            if (i >= column.cells.size())
                continue;
            w.key(s.quotes.at(i));
            const QString &cell = column.cells.at(i);
            if (cell.isNull())
                w.null();
            else
                w.value(cell);
        }
        w.endObject();
        w.key("kind"_L1);
        w.value(diffKindName(column.kind));
        w.endObject();
    }
    w.endArray();
    w.key("conflicts"_L1);
    w.beginArray();
    for (const AttributionConflict &c : s.conflicts) {
        w.beginObject();
        w.key("quotes"_L1);
        strings(w, c.quotes);
        w.key("speakers"_L1);
        strings(w, c.speakers);
        w.endObject();
    }
    w.endArray();
    w.key("id"_L1);
    w.value(s.id);
    w.key("quotes"_L1);
    strings(w, s.quotes);
    w.key("reference"_L1);
    w.value(s.reference);
    w.key("similarity"_L1);
    w.beginObject();
    for (int i : std::as_const(order)) {
        if (i < s.similarity.size()) {
            w.key(s.quotes.at(i));
            w.value(s.similarity.at(i));
        }
    }
    w.endObject();
    w.key("speaker"_L1);
    w.value(s.speaker.isEmpty() ? u"unknown"_s : s.speaker);
    w.endObject();
}

void event(JsonStreamWriter &w, const Event &e, const Corpus &corpus, const CodePoints &codePoints)
{
    w.beginObject();
    w.key("category"_L1);
    w.value(e.category);
    w.key("conflicts"_L1);
    w.beginArray();
    for (const EventConflict &c : e.conflicts) {
        w.beginObject();
        w.key("about"_L1);
        w.value(c.about);
        w.key("mentions"_L1);
        w.beginArray();
        for (int i : c.mentions)
            w.value(i);
        w.endArray();
        w.endObject();
    }
    w.endArray();
    w.key("end"_L1);
    date(w, e.end, e.precision);
    w.key("id"_L1);
    w.value(e.id);
    w.key("label"_L1);
    w.value(e.label);
    w.key("mentions"_L1);
    w.beginArray();
    for (const EventMention &m : e.mentions) {
        w.beginObject();
        w.key("article"_L1);
        w.value(corpus.articles.at(m.article).id);
        w.key("basis"_L1);
        w.value(dateBasisName(m.timex.basis));
        w.key("claim"_L1);
        w.value(m.claim);
        w.key("confidence"_L1);
        w.value(m.timex.confidence);
        w.key("end"_L1);
        w.value(codePoints.toCodePoint(m.article, m.span.end));
        w.key("start"_L1);
        w.value(codePoints.toCodePoint(m.article, m.span.start));
        w.key("text"_L1);
        w.value(m.text);
        w.key("theme"_L1);
        w.value(m.theme);
        w.key("timex"_L1);
        w.value(m.timex.text);
        w.key("trigger"_L1);
        w.value(m.trigger);
        w.key("value"_L1);
        w.value(m.timex.value);
        w.endObject();
    }
    w.endArray();
    w.key("participants"_L1);
    strings(w, e.participants);
    w.key("place"_L1);
    w.value(e.place);
    w.key("precision"_L1);
    w.value(datePrecisionName(e.precision));
    w.key("start"_L1);
    date(w, e.start, e.precision);
    w.endObject();
}
}

bool DumpWriter::write(const AnalysisResult &result, QIODevice *device, Format format)
{
    const Corpus &corpus = result.corpus;
    const CodePoints codePoints(corpus);
    JsonStreamWriter w(device, format == Format::Indented);
    w.beginObject();
    w.key("articles"_L1);
    w.beginArray();
    for (int i = 0; i < corpus.articles.size() && w.ok(); ++i) {
        article(w, corpus.articles.at(i), codePoints, i);
    }
    w.endArray();
    w.key("corpus"_L1);
    w.beginObject();
    w.key("name"_L1);
    w.value(corpus.name);
    w.key("path"_L1);
    w.value(corpus.path);
    w.endObject();
    w.key("events"_L1);
    w.beginArray();
    for (int i = 0; i < result.events.size() && w.ok(); ++i)
        event(w, result.events.at(i), corpus, codePoints);
    w.endArray();
    w.key("quotes"_L1);
    w.beginArray();
    for (int i = 0; i < result.quotes.size() && w.ok(); ++i)
        quote(w, result.quotes.at(i), corpus, codePoints);
    w.endArray();
    w.key("statements"_L1);
    w.beginArray();
    for (int i = 0; i < result.statements.size() && w.ok(); ++i)
        statement(w, result.statements.at(i));
    w.endArray();
    w.key("warnings"_L1);
    w.beginArray();
    for (const LoadWarning &warning : corpus.warnings) {
        w.beginObject();
        w.key("file"_L1);
        w.value(warning.file);
        w.key("message"_L1);
        w.value(warning.message);
        w.endObject();
    }
    w.endArray();
    w.endObject();
    return w.finish();
}

QByteArray DumpWriter::toBytes(const AnalysisResult &result, Format format)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    write(result, &buffer, format);
    return bytes;
}
