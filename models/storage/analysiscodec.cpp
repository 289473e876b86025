// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/analysiscodec.h"

#include "storage/blobreader.h"

#include <QDataStream>
#include <QIODevice>

#include <cmath>

namespace
{
constexpr quint32 magic = 0x50584131; // "PXA1"

void write(QDataStream &s, const Quote &q)
{
    s << q.id << q.span << q.text << qint32(q.kind) << q.headline << q.speaker << qint32(q.speakerKind) << q.speakerCue
      << q.cueSpan << qint32(q.rule) << q.statement;
}

void read(BlobReader &r, Quote &q)
{
    r.read(q.id);
    r.read(q.span);
    r.read(q.text);
    r.read(q.kind, QuoteKind::Term);
    r.read(q.headline);
    r.read(q.speaker);
    r.read(q.speakerKind, SpeakerKind::Organisation);
    r.read(q.speakerCue);
    r.read(q.cueSpan);
    r.read(q.rule, AttributionRule::BodyEcho);
    r.read(q.statement);
}

void write(QDataStream &s, const Timex &t)
{
    s << t.span << t.text << t.start << t.end << qint32(t.precision) << qint32(t.basis) << t.confidence << t.value;
}

void read(BlobReader &r, Timex &t)
{
    r.read(t.span);
    r.read(t.text);
    r.read(t.start);
    r.read(t.end);
    r.read(t.precision, DatePrecision::Unknown);
    r.read(t.basis, DateBasis::RelativeToPrevious);
    r.read(t.confidence);
    r.read(t.value);
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
    r.read(m.trigger);
    r.read(m.place);
    r.read(m.participants);
    r.read(m.theme);
    r.read(m.claim);
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
constexpr int minimumBytes<Quote> = 4 + 8 + 4 + 4 + 1 + 4 + 4 + 8 + 4 + 4;
template<>
constexpr int minimumBytes<EventMention> = 8 + 4 + (8 + 4 + 8 + 8 + 4 + 4 + 8 + 4) + 4 + 4 + 4 + 4 + 4;

template<typename T>
bool readList(BlobReader &r, QList<T> &list)
{
    const quint32 n = r.count(minimumBytes<T>);
    list.clear();
    for (quint32 i = 0; i < n && r.ok(); ++i)
        read(r, list.emplace_back());
    return r.ok();
}
}

QByteArray AnalysisCodec::encode(const ArticleAnalysis &analysis)
{
    QByteArray blob;
    QDataStream s(&blob, QIODevice::WriteOnly);
    s.setVersion(QDataStream::Qt_6_4);
    s << magic << qint32(version);
    writeList(s, analysis.quotes);
    s << analysis.people;
    writeList(s, analysis.mentions);
    return blob;
}

std::optional<ArticleAnalysis> AnalysisCodec::decode(const QByteArray &blob, int textLength)
{
    QDataStream s(blob);
    s.setVersion(QDataStream::Qt_6_4);
    quint32 m = 0;
    qint32 v = 0;
    s >> m >> v;
    if (m != magic || v != version)
        return std::nullopt;
    BlobReader r(s, textLength);
    ArticleAnalysis analysis;
    if (!readList(r, analysis.quotes))
        return std::nullopt;
    r.read(analysis.people);
    if (!readList(r, analysis.mentions) || !s.atEnd())
        return std::nullopt;
    return analysis;
}
