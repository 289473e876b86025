// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/analysiscodec.h"

#include <QDataStream>
#include <QIODevice>

namespace
{
constexpr quint32 magic = 0x50584131; // "PXA1"

QDataStream &operator<<(QDataStream &s, TextSpan span)
{
    return s << qint32(span.start) << qint32(span.end);
}

QDataStream &operator>>(QDataStream &s, TextSpan &span)
{
    qint32 start = 0;
    qint32 end = 0;
    s >> start >> end;
    span = { start, end };
    return s;
}

template<typename Enum>
void readEnum(QDataStream &s, Enum &value)
{
    qint32 raw = 0;
    s >> raw;
    value = Enum(raw);
}

void write(QDataStream &s, const Quote &q)
{
    s << q.id << q.span << q.text << qint32(q.kind) << q.headline << q.speaker << q.speakerCue << q.cueSpan
      << qint32(q.rule) << q.statement;
}

void read(QDataStream &s, Quote &q)
{
    s >> q.id >> q.span >> q.text;
    readEnum(s, q.kind);
    s >> q.headline >> q.speaker >> q.speakerCue >> q.cueSpan;
    readEnum(s, q.rule);
    s >> q.statement;
}

void write(QDataStream &s, const Timex &t)
{
    s << t.span << t.text << t.start << t.end << qint32(t.precision) << qint32(t.basis) << t.confidence << t.value;
}

void read(QDataStream &s, Timex &t)
{
    s >> t.span >> t.text >> t.start >> t.end;
    readEnum(s, t.precision);
    readEnum(s, t.basis);
    s >> t.confidence >> t.value;
}

void write(QDataStream &s, const EventMention &m)
{
    s << m.span << m.text;
    write(s, m.timex);
    s << m.trigger << m.place << m.participants << m.claim;
}

void read(QDataStream &s, EventMention &m)
{
    s >> m.span >> m.text;
    read(s, m.timex);
    s >> m.trigger >> m.place >> m.participants >> m.claim;
}

template<typename T>
void writeList(QDataStream &s, const QList<T> &list)
{
    s << quint32(list.size());
    for (const T &item : list)
        write(s, item);
}

template<typename T>
bool readList(QDataStream &s, QList<T> &list)
{
    quint32 size = 0;
    s >> size;
    // A damaged size must not make us allocate gigabytes.
    if (s.status() != QDataStream::Ok || size > quint32(s.device()->bytesAvailable()))
        return false;
    list.resize(size);
    for (T &item : list)
        read(s, item);
    return s.status() == QDataStream::Ok;
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

std::optional<ArticleAnalysis> AnalysisCodec::decode(const QByteArray &blob)
{
    QDataStream s(blob);
    s.setVersion(QDataStream::Qt_6_4);
    quint32 m = 0;
    qint32 v = 0;
    s >> m >> v;
    if (m != magic || v != version)
        return std::nullopt;
    ArticleAnalysis analysis;
    if (!readList(s, analysis.quotes))
        return std::nullopt;
    s >> analysis.people;
    if (!readList(s, analysis.mentions) || !s.atEnd())
        return std::nullopt;
    return analysis;
}
