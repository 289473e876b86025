// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/dumpwriter.h"

#include "analysis/jsonstreamwriter.h"
#include "core/codepointmap.h"

#include <QBuffer>

#include <algorithm>
#include <cstring>
#include <functional>
#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

namespace
{

// The code point map of an article is kept only when its text has characters beyond the BMP (rare):
// for the others, UTF-16 and code point offsets are the same.
class CodePoints
{
public:
    explicit CodePoints(const Corpus &corpus)
        : m_maps(corpus.articles.size())
    {
        for (int i = 0; i < corpus.articles.size(); ++i) {
            const QString &text = corpus.articles.at(i).text();
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

// What a field needs besides its item: article ids, code point offsets and the packed texts.
struct Context {
    const Corpus &corpus;
    const CodePoints &codePoints;
    const PackedTexts &packedTexts;
    int article = -1; // the article being written (its own record's offsets)
};

// One key of a record and how its value is written.
template<typename T>
struct Field {
    const char *key; // ASCII
    std::function<void(JsonStreamWriter &, const T &, const Context &)> write;
};

// A record type's fields. They are written in QJsonObject's key order (sorted) whatever order the
// table lists them in, so a field is added by adding its one line.
template<typename T>
class Record
{
public:
    Record(std::initializer_list<Field<T>> fields)
        : m_fields(fields)
    {
        std::sort(m_fields.begin(), m_fields.end(),
            [](const Field<T> &a, const Field<T> &b) { return std::strcmp(a.key, b.key) < 0; });
    }

    void write(JsonStreamWriter &w, const T &item, const Context &context) const
    {
        w.beginObject();
        for (const Field<T> &field : m_fields) {
            w.key(QLatin1String(field.key));
            field.write(w, item, context);
        }
        w.endObject();
    }

private:
    std::vector<Field<T>> m_fields;
};

// A field whose value is the member as it is (text, number or flag).
template<typename T, typename M>
Field<T> member(const char *key, M T::*value)
{
    return { key, [value](JsonStreamWriter &w, const T &item, const Context &) { w.value(item.*value); } };
}

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

template<typename T>
void records(JsonStreamWriter &w, const Record<T> &record, const QList<T> &items, const Context &context)
{
    w.beginArray();
    for (int i = 0; i < items.size() && w.ok(); ++i)
        record.write(w, items.at(i), context);
    w.endArray();
}

void spans(JsonStreamWriter &w, const TextSpans &list, const Context &context)
{
    w.beginArray();
    for (const TextSpan &s : list) {
        w.beginArray();
        w.value(context.codePoints.toCodePoint(context.article, s.start));
        w.value(context.codePoints.toCodePoint(context.article, s.end));
        w.endArray();
    }
    w.endArray();
}

QString speakerName(const QString &speaker)
{
    return speaker.isEmpty() ? u"unknown"_s : speaker;
}

const Record<Article> &articleRecord()
{
    static const Record<Article> record {
        member("author", &Article::author),
        { "boilerplate", [](auto &w, const Article &a, const Context &c) { spans(w, a.boilerplate, c); } },
        member("file", &Article::file),
        { "headings", [](auto &w, const Article &a, const Context &c) { spans(w, a.headings, c); } },
        member("id", &Article::id),
        member("outlet", &Article::outlet),
        { "paragraphs", [](auto &w, const Article &a, const Context &c) { spans(w, a.paragraphs, c); } },
        { "published",
            [](auto &w, const Article &a, const Context &) {
                if (a.published.isValid())
                    w.value(a.published.toString(Qt::ISODate));
                else
                    w.null();
            } },
        { "published_basis",
            [](auto &w, const Article &a, const Context &) { w.value(publishedBasisName(a.publishedBasis)); } },
        { "sentences", [](auto &w, const Article &a, const Context &c) { spans(w, a.sentences, c); } },
        { "text",
            [](auto &w, const Article &a, const Context &c) {
                if (c.packedTexts.holds(c.article))
                    w.value(c.packedTexts.text(c.article));
                else
                    w.value(a.text());
            } },
        member("title", &Article::title),
        member("url", &Article::url),
    };
    return record;
}

const Record<Quote> &quoteRecord()
{
    static const Record<Quote> record {
        { "article", [](auto &w, const Quote &q, const Context &c) { w.value(c.corpus.articles.at(q.article).id); } },
        { "attribution", [](auto &w, const Quote &q, const Context &) { w.value(attributionRuleName(q.rule)); } },
        { "end",
            [](auto &w, const Quote &q, const Context &c) {
                w.value(c.codePoints.toCodePoint(q.article, q.span.end));
            } },
        member("headline", &Quote::headline),
        member("id", &Quote::id),
        { "kind", [](auto &w, const Quote &q, const Context &) { w.value(quoteKindName(q.kind)); } },
        { "speaker", [](auto &w, const Quote &q, const Context &) { w.value(speakerName(q.speaker)); } },
        member("speaker_cue", &Quote::speakerCue),
        { "speaker_kind", [](auto &w, const Quote &q, const Context &) { w.value(speakerKindName(q.speakerKind)); } },
        { "start",
            [](auto &w, const Quote &q, const Context &c) {
                w.value(c.codePoints.toCodePoint(q.article, q.span.start));
            } },
        member("statement", &Quote::statement),
        member("text", &Quote::text),
    };
    return record;
}

// A statement with the order of its quotes in objects keyed by quote id: QJsonObject's (sorted; a
// repeated id keeps its last value).
struct KeyedStatement {
    explicit KeyedStatement(const Statement &s)
        : statement(s)
    {
        for (int i = 0; i < s.quotes.size(); ++i)
            order.append(i);
        std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return s.quotes.at(a) < s.quotes.at(b); });
        for (int k = 0; k + 1 < order.size();) {
            if (s.quotes.at(order.at(k)) == s.quotes.at(order.at(k + 1)))
                order.removeAt(k);
            else
                ++k;
        }
    }
    const Statement &statement;
    QList<int> order;
};

void alignment(JsonStreamWriter &w, const KeyedStatement &k)
{
    const Statement &s = k.statement;
    w.beginArray();
    for (const AlignmentColumn &column : s.alignment) {
        w.beginObject();
        w.key("columns"_L1);
        w.beginObject();
        for (int i : k.order) {
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
}

const Record<AttributionConflict> &attributionConflictRecord()
{
    static const Record<AttributionConflict> record {
        { "quotes", [](auto &w, const AttributionConflict &c, const Context &) { strings(w, c.quotes); } },
        { "speakers", [](auto &w, const AttributionConflict &c, const Context &) { strings(w, c.speakers); } },
    };
    return record;
}

const Record<KeyedStatement> &statementRecord()
{
    static const Record<KeyedStatement> record {
        { "alignment", [](auto &w, const KeyedStatement &k, const Context &) { alignment(w, k); } },
        { "conflicts",
            [](auto &w, const KeyedStatement &k, const Context &c) {
                records(w, attributionConflictRecord(), k.statement.conflicts, c);
            } },
        { "id", [](auto &w, const KeyedStatement &k, const Context &) { w.value(k.statement.id); } },
        { "quotes", [](auto &w, const KeyedStatement &k, const Context &) { strings(w, k.statement.quotes); } },
        { "reference", [](auto &w, const KeyedStatement &k, const Context &) { w.value(k.statement.reference); } },
        { "similarity",
            [](auto &w, const KeyedStatement &k, const Context &) {
                const Statement &s = k.statement;
                w.beginObject();
                for (int i : k.order) {
                    if (i < s.similarity.size()) {
                        w.key(s.quotes.at(i));
                        w.value(s.similarity.at(i));
                    }
                }
                w.endObject();
            } },
        { "speaker",
            [](auto &w, const KeyedStatement &k, const Context &) { w.value(speakerName(k.statement.speaker)); } },
    };
    return record;
}

const Record<EventConflict> &eventConflictRecord()
{
    static const Record<EventConflict> record {
        member("about", &EventConflict::about),
        { "mentions",
            [](auto &w, const EventConflict &c, const Context &) {
                w.beginArray();
                for (int i : c.mentions)
                    w.value(i);
                w.endArray();
            } },
    };
    return record;
}

const Record<EventMention> &mentionRecord()
{
    static const Record<EventMention> record {
        { "article",
            [](auto &w, const EventMention &m, const Context &c) { w.value(c.corpus.articles.at(m.article).id); } },
        { "basis", [](auto &w, const EventMention &m, const Context &) { w.value(dateBasisName(m.timex.basis)); } },
        member("claim", &EventMention::claim),
        { "confidence", [](auto &w, const EventMention &m, const Context &) { w.value(m.timex.confidence); } },
        { "end",
            [](auto &w, const EventMention &m, const Context &c) {
                w.value(c.codePoints.toCodePoint(m.article, m.span.end));
            } },
        { "start",
            [](auto &w, const EventMention &m, const Context &c) {
                w.value(c.codePoints.toCodePoint(m.article, m.span.start));
            } },
        member("text", &EventMention::text),
        member("theme", &EventMention::theme),
        { "timex", [](auto &w, const EventMention &m, const Context &) { w.value(m.timex.text); } },
        member("trigger", &EventMention::trigger),
        { "value", [](auto &w, const EventMention &m, const Context &) { w.value(m.timex.value); } },
    };
    return record;
}

const Record<Event> &eventRecord()
{
    static const Record<Event> record {
        member("category", &Event::category),
        { "conflicts",
            [](auto &w, const Event &e, const Context &c) { records(w, eventConflictRecord(), e.conflicts, c); } },
        { "end", [](auto &w, const Event &e, const Context &) { date(w, e.end, e.precision); } },
        member("id", &Event::id),
        member("label", &Event::label),
        { "mentions", [](auto &w, const Event &e, const Context &c) { records(w, mentionRecord(), e.mentions, c); } },
        { "participants", [](auto &w, const Event &e, const Context &) { strings(w, e.participants); } },
        member("place", &Event::place),
        { "precision", [](auto &w, const Event &e, const Context &) { w.value(datePrecisionName(e.precision)); } },
        { "start", [](auto &w, const Event &e, const Context &) { date(w, e.start, e.precision); } },
    };
    return record;
}

const Record<Error> &warningRecord()
{
    static const Record<Error> record {
        member("file", &Error::file),
        member("message", &Error::message),
    };
    return record;
}

const Record<AnalysisResult> &resultRecord()
{
    static const Record<AnalysisResult> record {
        { "articles",
            [](auto &w, const AnalysisResult &r, const Context &c) {
                w.beginArray();
                for (int i = 0; i < r.corpus.articles.size() && w.ok(); ++i)
                    articleRecord().write(
                        w, r.corpus.articles.at(i), Context { c.corpus, c.codePoints, c.packedTexts, i });
                w.endArray();
            } },
        { "corpus",
            [](auto &w, const AnalysisResult &r, const Context &) {
                w.beginObject();
                w.key("name"_L1);
                w.value(r.corpus.name);
                w.key("path"_L1);
                w.value(r.corpus.path);
                w.endObject();
            } },
        { "events",
            [](auto &w, const AnalysisResult &r, const Context &c) { records(w, eventRecord(), r.events, c); } },
        { "quotes",
            [](auto &w, const AnalysisResult &r, const Context &c) { records(w, quoteRecord(), r.quotes, c); } },
        { "statements",
            [](auto &w, const AnalysisResult &r, const Context &c) {
                w.beginArray();
                for (int i = 0; i < r.statements.size() && w.ok(); ++i)
                    statementRecord().write(w, KeyedStatement(r.statements.at(i)), c);
                w.endArray();
            } },
        { "warnings",
            [](auto &w, const AnalysisResult &r, const Context &c) {
                records(w, warningRecord(), r.corpus.warnings, c);
            } },
    };
    return record;
}
}

bool DumpWriter::write(const AnalysisResult &result, QIODevice *device, Format format)
{
    const CodePoints codePoints(result.corpus);
    JsonStreamWriter w(device, format == Format::Indented);
    resultRecord().write(w, result, Context { result.corpus, codePoints, result.packedTexts });
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
