// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/analysiscodec.h"

#include "storage/blobenvelope.h"
#include "storage/blobreader.h"

#include <QDataStream>
#include <QHash>
#include <QIODevice>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>
#include <cmath>
#include <functional>
#include <utility>

#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace
{
// What a section's encoding let go of goes back to the system as whole pages: the chunks are made on the
// encoders' threads, whose malloc arenas do not reuse what the result held in others.
void releaseFreedPages()
{
#ifdef __GLIBC__
    malloc_trim(0);
#endif
}

constexpr quint32 magic = 0x50584131; // "PXA1"
constexpr quint32 corpusMagic = 0x50584343; // "PXCC"

void write(QDataStream &s, const Quote &q)
{
    s << q.id << q.span << q.text << qint32(q.kind) << q.headline << q.speaker << qint32(q.speakerKind) << q.speakerCue
      << q.speakerRole << q.cueSpan << qint32(q.rule) << q.statement;
}

void read(BlobReader &r, Quote &q)
{
    r.read(q.id);
    r.read(q.span);
    r.read(q.text);
    r.read(q.kind, QuoteKind::Term);
    r.read(q.headline);
    r.readShared(q.speaker);
    r.read(q.speakerKind, SpeakerKind::Organisation);
    r.readShared(q.speakerCue);
    r.readShared(q.speakerRole);
    r.read(q.cueSpan);
    r.read(q.rule, AttributionRule::BodyEcho);
    r.readShared(q.statement);
}

void write(QDataStream &s, const Timex &t)
{
    s << t.span << t.text << t.start << t.end << qint32(t.precision) << qint32(t.basis) << t.confidence << t.value;
}

void read(BlobReader &r, Timex &t)
{
    r.read(t.span);
    r.readShared(t.text);
    r.read(t.start);
    r.read(t.end);
    r.read(t.precision, DatePrecision::Unknown);
    r.read(t.basis, DateBasis::RelativeToPrevious);
    r.read(t.confidence);
    r.readShared(t.value);
}

void write(QDataStream &s, const EventMention &m)
{
    s << m.span << m.text;
    write(s, m.timex);
    s << m.trigger << m.place << m.participants << m.theme << m.claim;
}

void read(BlobReader &r, EventMention &m)
{
    r.read(m.span);
    r.read(m.text);
    read(r, m.timex);
    r.readShared(m.trigger);
    r.readShared(m.place);
    r.readShared(m.participants);
    r.readShared(m.theme);
    r.readShared(m.claim);
}

// The corpus codec's items, written and read by the list templates below.
void write(QDataStream &s, const AttributionConflict &c);
void read(BlobReader &r, AttributionConflict &c);
void write(QDataStream &s, const EventConflict &c);
void read(BlobReader &r, EventConflict &c);
void write(QDataStream &s, const Statement &st);
void read(BlobReader &r, Statement &st);
void write(QDataStream &s, const Event &e);
void read(BlobReader &r, Event &e);

// Numbers in a list: a similarity, an index into an event's mentions.
void write(QDataStream &s, double d)
{
    s << d;
}

void read(BlobReader &r, double &d)
{
    r.read(d);
}

void write(QDataStream &s, int i)
{
    s << qint32(i);
}

void read(BlobReader &r, int &i)
{
    qint32 raw = 0;
    r.read(raw);
    i = raw;
}

template<typename T>
void writeList(QDataStream &s, const QList<T> &list)
{
    s << quint32(list.size());
    for (const T &item : list)
        write(s, item);
}

// The fewest bytes one encoded item takes: what bounds a count read from a blob.
template<typename T>
constexpr int minimumBytes = 1;
template<>
constexpr int minimumBytes<double> = 8;
template<>
constexpr int minimumBytes<int> = 4;
template<>
constexpr int minimumBytes<Quote> = 4 + 8 + 4 + 4 + 1 + 4 + 4 + 8 + 4 + 4;
template<>
constexpr int minimumBytes<EventMention> = 8 + 4 + (8 + 4 + 8 + 8 + 4 + 4 + 8 + 4) + 4 + 4 + 4 + 4 + 4;

template<typename T>
bool readList(BlobReader &r, QList<T> &list)
{
    const quint32 n = r.count(minimumBytes<T>);
    list.clear();
    list.reserve(n);
    for (quint32 i = 0; i < n && r.ok(); ++i)
        read(r, list.emplace_back());
    return r.ok();
}

// A statement's alignment: one word table, then every column's kind and cells as positions in it (-1 a
// gap), as the aligner holds them, so that a word is stored once per statement and not once per cell.
void writeAlignment(QDataStream &s, const QList<AlignmentColumn> &columns)
{
    const bool shared = std::all_of(columns.cbegin(), columns.cend(),
        [&](const AlignmentColumn &c) { return c.cells.words().isSharedWith(columns.constFirst().cells.words()); });
    QStringList words;
    QHash<QString, qint32> positions;
    if (shared && !columns.isEmpty())
        words = columns.constFirst().cells.words();
    else {
        for (const AlignmentColumn &c : columns) {
            for (const QString &word : c.cells.words()) {
                if (!positions.contains(word)) {
                    positions.insert(word, qint32(words.size()));
                    words.append(word);
                }
            }
        }
    }
    s << words << quint32(columns.size());
    for (const AlignmentColumn &c : columns) {
        s << qint32(c.kind) << quint32(c.cells.size());
        for (qsizetype i = 0; i < c.cells.size(); ++i) {
            const qint32 w = c.cells.wordIndex(i);
            s << (shared || w < 0 ? w : positions.value(c.cells.words().at(w)));
        }
    }
}

// Positions are checked with the rest of the corpus (`validAlignment`), once the blob is read.
void readAlignment(BlobReader &r, QList<AlignmentColumn> &columns)
{
    columns.clear();
    QStringList words;
    r.readShared(words);
    const quint32 n = r.count(8);
    QList<qint32> index;
    QList<DiffKind> kinds;
    QList<qsizetype> counts;
    kinds.reserve(n);
    counts.reserve(n);
    for (quint32 c = 0; c < n && r.ok(); ++c) {
        DiffKind kind = DiffKind::Same;
        r.read(kind, DiffKind::Reordering);
        const quint32 cells = r.count(4);
        kinds.append(kind);
        counts.append(cells);
        // The columns of a statement are as long as each other: sized for them all at the first (as far as the rest of
        // the blob can hold them), not grown cell by cell.
        if (index.capacity() - index.size() < qsizetype(cells))
            index.reserve(
                index.size() + std::max(qsizetype(cells), std::min(qsizetype(n - c) * cells, r.remaining() / 4)));
        for (quint32 i = 0; i < cells && r.ok(); ++i) {
            qint32 w = -1;
            r.read(w);
            index.append(w);
        }
    }
    if (!r.ok())
        return;
    const QList<AlignmentCells> cells = AlignmentCells::split(std::move(words), std::move(index), counts);
    columns.reserve(cells.size());
    for (qsizetype c = 0; c < cells.size(); ++c)
        columns.append({ cells.at(c), kinds.at(c) });
}

bool validAlignment(const QList<AlignmentColumn> &columns)
{
    for (const AlignmentColumn &c : columns) {
        for (qsizetype i = 0; i < c.cells.size(); ++i) {
            const qint32 w = c.cells.wordIndex(i);
            if (w < -1 || w >= c.cells.words().size())
                return false;
        }
    }
    return true;
}

void write(QDataStream &s, const AttributionConflict &c)
{
    s << c.speakers << c.quotes;
}

void read(BlobReader &r, AttributionConflict &c)
{
    r.readShared(c.speakers);
    r.read(c.quotes);
}

void write(QDataStream &s, const Statement &st)
{
    s << st.id << st.speaker << st.quotes << st.reference;
    writeList(s, st.similarity);
    writeAlignment(s, st.alignment);
    writeList(s, st.conflicts);
}

void read(BlobReader &r, Statement &st)
{
    r.read(st.id);
    r.readShared(st.speaker);
    r.read(st.quotes);
    r.read(st.reference);
    readList(r, st.similarity);
    readAlignment(r, st.alignment);
    readList(r, st.conflicts);
}

void write(QDataStream &s, const EventConflict &c)
{
    s << c.about;
    writeList(s, c.mentions);
}

void read(BlobReader &r, EventConflict &c)
{
    r.readShared(c.about);
    readList(r, c.mentions);
}

void write(QDataStream &s, const Event &e)
{
    s << e.id << e.label << e.category << e.start << e.end << qint32(e.precision) << e.place << e.participants;
    s << quint32(e.mentions.size());
    for (const EventMention &m : e.mentions) {
        s << qint32(m.article);
        write(s, m);
    }
    writeList(s, e.conflicts);
}

void read(BlobReader &r, Event &e)
{
    r.read(e.id);
    r.read(e.label);
    r.readShared(e.category);
    r.read(e.start);
    r.read(e.end);
    r.read(e.precision, DatePrecision::Unknown);
    r.readShared(e.place);
    r.readShared(e.participants);
    const quint32 n = r.count(minimumBytes<EventMention> + 4);
    e.mentions.reserve(n);
    for (quint32 i = 0; i < n && r.ok(); ++i) {
        EventMention &m = e.mentions.emplace_back();
        qint32 article = -1;
        r.read(article);
        m.article = article;
        read(r, m);
    }
    readList(r, e.conflicts);
}

// A span of article `article` of `corpus`, within its text.
bool fits(const Corpus &corpus, int article, TextSpan span)
{
    return article >= 0 && article < corpus.articles.size() && span.start >= 0 && span.end >= span.start
        && span.end <= corpus.articles.at(article).textLength();
}

enum class Section { Quotes, Statements, Events };
// The corpus-level results are written in chunks of this many quotes, statements or events: some 2 MB each
// before compression (a statement holds about five quotes' bytes, an event with its mentions about nine), as
// each encoder holds its chunk whole. Chunks of 4,096 events came to 19 MB each at 10,000 articles.
constexpr qsizetype itemsPerChunk(Section section)
{
    switch (section) {
    case Section::Quotes:
        return 4096;
    case Section::Statements:
        return 1024;
    case Section::Events:
        return 512;
    }
    return 4096;
}

// One compressed chunk of the corpus-level results, and what it decodes to.
struct CorpusChunk {
    Section section = Section::Quotes;
    QByteArrayView compressed; // into the blob being decoded
    bool ok = false;
    QList<Quote> quotes;
    QList<Statement> statements;
    QList<Event> events;
};

bool validQuotes(const QList<Quote> &quotes, const Corpus &corpus)
{
    return std::all_of(
        quotes.cbegin(), quotes.cend(), [&corpus](const Quote &q) { return fits(corpus, q.article, q.span); });
}

bool validStatements(const QList<Statement> &statements)
{
    return std::all_of(statements.cbegin(), statements.cend(),
        [](const Statement &st) { return st.similarity.size() == st.quotes.size() && validAlignment(st.alignment); });
}

bool validEvents(const QList<Event> &events, const Corpus &corpus)
{
    for (const Event &e : events) {
        for (const EventMention &m : e.mentions) {
            if (!fits(corpus, m.article, m.span))
                return false;
        }
        for (const EventConflict &c : e.conflicts) {
            for (int index : c.mentions) {
                if (index < 0 || index >= e.mentions.size())
                    return false;
            }
        }
    }
    return true;
}

// Decodes and checks one chunk against `corpus`; sets chunk.ok when all of it is sound.
void decodeChunk(CorpusChunk &chunk, const Corpus &corpus)
{
    const std::optional<QByteArray> raw = BlobEnvelope::uncompress(chunk.compressed);
    chunk.compressed = {};
    if (!raw)
        return;
    BlobReader r(*raw, -1);
    switch (chunk.section) {
    case Section::Quotes: {
        const quint32 n = r.count(minimumBytes<Quote> + 4);
        chunk.quotes.reserve(n);
        for (quint32 i = 0; i < n && r.ok(); ++i) {
            Quote &q = chunk.quotes.emplace_back();
            qint32 article = -1;
            r.read(article);
            q.article = article;
            read(r, q);
        }
        chunk.ok = r.ok() && validQuotes(chunk.quotes, corpus);
        break;
    }
    case Section::Statements:
        chunk.ok = readList(r, chunk.statements) && validStatements(chunk.statements);
        break;
    case Section::Events:
        chunk.ok = readList(r, chunk.events) && validEvents(chunk.events, corpus);
        break;
    }
    chunk.ok = chunk.ok && r.atEnd();
}
}

QByteArray AnalysisCodec::encode(const ArticleAnalysis &analysis)
{
    QByteArray raw;
    QDataStream s(&raw, QIODevice::WriteOnly);
    s.setVersion(QDataStream::Qt_6_4);
    writeList(s, analysis.quotes);
    s << analysis.people << analysis.titles;
    writeList(s, analysis.mentions);
    // The fastest level: the text of quotes and mentions (UTF-16) shrinks to a third all the same, and
    // every analysed article pays for it.
    return BlobEnvelope::seal(magic, version, raw, 1);
}

std::optional<ArticleAnalysis> AnalysisCodec::decode(const QByteArray &blob, int textLength)
{
    const std::optional<QByteArray> raw = BlobEnvelope::open(blob, magic, version);
    if (!raw)
        return std::nullopt;
    BlobReader r(*raw, textLength);
    ArticleAnalysis analysis;
    if (!readList(r, analysis.quotes))
        return std::nullopt;
    r.read(analysis.people);
    r.read(analysis.titles);
    if (!readList(r, analysis.mentions) || !r.atEnd())
        return std::nullopt;
    return analysis;
}

QByteArray AnalysisCodec::encodeCorpus(AnalysisResult result)
{
    struct Chunk {
        Section section;
        qsizetype from;
        qsizetype to;
    };
    QList<Chunk> chunks;
    QList<QByteArray> compressed;
    // Each chunk encoded and compressed on its own, side by side (a reopen decodes them so too), at zlib's
    // fastest level: the default level made this write as long as the corpus stages it saves. On threads of
    // its own: a caller on a thread of the global pool would wait for work queued behind itself.
    QThreadPool pool;
    const auto encode = [&result](const Chunk &c) {
        QByteArray raw;
        QDataStream chunk(&raw, QIODevice::WriteOnly);
        chunk.setVersion(QDataStream::Qt_6_4);
        chunk << quint32(c.to - c.from);
        for (qsizetype i = c.from; i < c.to; ++i) {
            if (c.section == Section::Quotes) {
                const Quote &q = result.quotes.at(i);
                chunk << qint32(q.article);
                write(chunk, q);
            } else if (c.section == Section::Statements) {
                write(chunk, result.statements.at(i));
            } else {
                write(chunk, result.events.at(i));
            }
        }
        raw = qCompress(raw, 1);
        // qCompress leaves room for the worst case, about the raw chunk's size: all chunks wait for the blob.
        raw.squeeze();
        return raw;
    };
    const auto letGo = [&result](Section section) {
        switch (section) {
        case Section::Quotes:
            result.quotes = {};
            break;
        case Section::Statements:
            result.statements = {};
            break;
        case Section::Events:
            result.events = {};
            break;
        }
    };
    // A section at a time, let go once encoded: where nothing else holds the result (a new project's flush) it
    // is freed as its blob grows, not held whole beside every chunk (the peak of a new project's memory).
    for (const auto &[section, items] :
        { std::pair(Section::Quotes, result.quotes.size()), std::pair(Section::Statements, result.statements.size()),
            std::pair(Section::Events, result.events.size()) }) {
        QList<Chunk> sectionChunks;
        for (qsizetype from = 0; from < items; from += itemsPerChunk(section))
            sectionChunks.append({ section, from, std::min(from + itemsPerChunk(section), items) });
        compressed.append(QtConcurrent::blockingMapped(&pool, sectionChunks, encode));
        chunks.append(sectionChunks);
        letGo(section);
        releaseFreedPages();
    }
    // The blob at its final size, each chunk let go once in it: the chunks and the blob are not held twice over.
    qsizetype size = BlobEnvelope::headerSize + 4;
    for (const QByteArray &c : std::as_const(compressed))
        size += 4 + 4 + c.size();
    QByteArray blob = BlobEnvelope::header(corpusMagic, corpusVersion);
    blob.reserve(size);
    QDataStream s(&blob, QIODevice::Append);
    s.setVersion(QDataStream::Qt_6_4);
    s << quint32(chunks.size());
    for (qsizetype i = 0; i < chunks.size(); ++i)
        s << qint32(chunks.at(i).section) << std::exchange(compressed[i], {});
    return blob;
}

bool AnalysisCodec::decodeCorpus(const QByteArray &blob, AnalysisResult &result)
{
    if (!BlobEnvelope::matches(blob, corpusMagic, corpusVersion))
        return false;
    // Read in place: the chunks are views of `blob` (at 100,000 articles it holds some 70 MB).
    const QByteArrayView body = QByteArrayView(blob).sliced(BlobEnvelope::headerSize);
    BlobReader table(QByteArray::fromRawData(body.data(), body.size()), -1);
    QList<CorpusChunk> chunks(table.count(4 + 4)); // a section and a length
    for (CorpusChunk &chunk : chunks) {
        table.read(chunk.section, Section::Events);
        table.read(chunk.compressed);
    }
    if (!table.ok() || !table.atEnd())
        return false;
    const Corpus &corpus = result.corpus;
    // The largest first: an events or statements chunk expands to several times a quote chunk's bytes, and
    // decoded last (in the blob's order) it kept one core busy alone at the end. Joined in the blob's order.
    QList<CorpusChunk *> largestFirst;
    largestFirst.reserve(chunks.size());
    for (CorpusChunk &chunk : chunks)
        largestFirst.append(&chunk);
    std::stable_sort(largestFirst.begin(), largestFirst.end(),
        [](const CorpusChunk *a, const CorpusChunk *b) { return a->compressed.size() > b->compressed.size(); });
    QtConcurrent::blockingMap(largestFirst, [&corpus](CorpusChunk *chunk) { decodeChunk(*chunk, corpus); });
    QList<Quote> quotes;
    QList<Statement> statements;
    QList<Event> events;
    // Sized once: growing them chunk by chunk moved every item already there (hundreds of thousands of quotes).
    qsizetype quoteCount = 0;
    qsizetype statementCount = 0;
    qsizetype eventCount = 0;
    for (const CorpusChunk &chunk : std::as_const(chunks)) {
        if (!chunk.ok)
            return false;
        quoteCount += chunk.quotes.size();
        statementCount += chunk.statements.size();
        eventCount += chunk.events.size();
    }
    quotes.reserve(quoteCount);
    statements.reserve(statementCount);
    events.reserve(eventCount);
    for (CorpusChunk &chunk : chunks) {
        quotes.append(std::move(chunk.quotes));
        statements.append(std::move(chunk.statements));
        events.append(std::move(chunk.events));
    }
    result.quotes = std::move(quotes);
    result.statements = std::move(statements);
    result.events = std::move(events);
    return true;
}
