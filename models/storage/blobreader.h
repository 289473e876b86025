// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/textspan.h"

#include <QByteArrayView>
#include <QDataStream>
#include <QDate>
#include <QIODevice>
#include <QStringList>
#include <QtEndian>

#include <algorithm>
#include <limits>
#include <optional>
#include <string_view>
#include <unordered_map>
#include <utility>

#include <cmath>

// What the project's cache codecs share: a span as written, and a reader of blobs that checks every
// value it reads, since a damaged or crafted project file can hold anything.
inline QDataStream &operator<<(QDataStream &s, TextSpan span)
{
    return s << qint32(span.start) << qint32(span.end);
}

// Dates the analysis can make (years of four digits); anything else is damage, and a year far
// outside this range would overflow month arithmetic (year * 12) downstream.
inline constexpr int blobMaxYear = 9999;

// Every value read from a blob is checked before it is used: a damaged or crafted project must
// neither make us allocate what it says nor hand the analysis values it never produces. Reads what
// QDataStream (Qt_6_4, big-endian) wrote, straight from the bytes: a reopen decodes hundreds of
// megabytes, and a QDataStream reads every value through its QBuffer.
class BlobReader
{
public:
    BlobReader(QByteArray data, int textLength)
        : m_data(std::move(data))
        , m_textLength(textLength)
    {
    }

    bool ok() const { return m_ok; }
    bool atEnd() const { return m_pos == m_data.size(); }
    // Bytes not read yet: what bounds a size guessed from counts read.
    qsizetype remaining() const { return m_data.size() - m_pos; }
    // Spans read from now on must lie within `length` characters.
    void setTextLength(int length) { m_textLength = length; }
    // A count of items of at least `minimumBytes` each that the rest of the blob can hold.
    quint32 count(int minimumBytes)
    {
        quint32 n = 0;
        read(n);
        if (!ok() || n > quint64(m_data.size() - m_pos) / quint64(minimumBytes))
            m_ok = false;
        return m_ok ? n : 0;
    }
    // The length counts bytes of UTF-16.
    void read(QString &value)
    {
        value = QString();
        if (const std::optional<QByteArrayView> bytes = takeSized())
            value = string(*bytes);
    }
    // A string that recurs in the blob (a speaker, a trigger, a place, a word of an alignment): made once
    // and shared by every later occurrence, so that a reopen allocates, and the window holds, it once.
    void readShared(QString &value)
    {
        value = QString();
        const std::optional<QByteArrayView> bytes = takeSized();
        if (!bytes)
            return;
        const std::string_view key(bytes->data(), size_t(bytes->size()));
        if (const auto it = m_shared.find(key); it != m_shared.end()) {
            value = it->second;
            return;
        }
        value = string(*bytes);
        if (m_ok)
            m_shared.emplace(key, value);
    }
    void read(QByteArray &value)
    {
        value = QByteArray();
        if (const std::optional<QByteArrayView> bytes = takeSized())
            value = QByteArray(bytes->data(), bytes->size());
    }
    // A byte array as a view of the blob, without a copy: valid while the blob's bytes are.
    void read(QByteArrayView &value)
    {
        const std::optional<QByteArrayView> bytes = takeSized();
        value = bytes.value_or(QByteArrayView());
    }
    void read(quint32 &value) { value = number<quint32>(); }
    void read(qint32 &value) { value = number<qint32>(); }
    // A size or a time: never negative.
    void read(qint64 &value)
    {
        value = number<qint64>();
        if (value < 0)
            m_ok = false;
    }
    // Sorted spans, each within the text.
    void read(TextSpans &spans)
    {
        const quint32 n = count(8);
        spans.clear();
        spans.reserve(n);
        for (quint32 i = 0; i < n && ok(); ++i) {
            read(spans.emplace_back());
            if (i > 0 && spans.at(i).start < spans.at(i - 1).start)
                m_ok = false;
        }
    }
    void read(bool &value) { value = number<qint8>() != 0; }
    void read(TextSpan &span)
    {
        const auto start = number<qint32>();
        const auto end = number<qint32>();
        if (start < 0 || end < start || (m_textLength >= 0 && end > m_textLength))
            m_ok = false;
        span = { start, end };
    }
    void read(QDate &date)
    {
        // The Julian day; the smallest qint64 is the null date.
        const auto day = number<qint64>();
        date = day == std::numeric_limits<qint64>::min() ? QDate() : QDate::fromJulianDay(day);
        if (date.isValid() && std::abs(date.year()) > blobMaxYear)
            m_ok = false;
    }
    void read(double &value)
    {
        value = number<double>();
        if (!std::isfinite(value) || value < 0.0 || value > 1.0)
            m_ok = false;
    }
    template<typename Enum>
    void read(Enum &value, Enum last)
    {
        const auto raw = number<qint32>();
        if (raw < 0 || raw > qint32(last))
            m_ok = false;
        value = m_ok ? Enum(raw) : Enum {};
    }
    // QDataStream's own operator reserves the count it reads before reading a single string.
    void read(QStringList &list)
    {
        const quint32 n = count(4);
        list.clear();
        list.reserve(n);
        for (quint32 i = 0; i < n && ok(); ++i)
            read(list.emplace_back());
    }
    void readShared(QStringList &list)
    {
        const quint32 n = count(4);
        list.clear();
        list.reserve(n);
        for (quint32 i = 0; i < n && ok(); ++i)
            readShared(list.emplace_back());
    }

private:
    static constexpr quint32 nullLength = 0xffffffff;
    // Big-endian UTF-16 bytes as a string: empty, not null, as QDataStream reads it; sized exactly
    // (resize() would round the capacity up).
    QString string(QByteArrayView bytes)
    {
        if (bytes.size() % 2 != 0) {
            m_ok = false;
            return {};
        }
        QString value(bytes.size() / 2, Qt::Uninitialized);
        qFromBigEndian<char16_t>(bytes.data(), bytes.size() / 2, value.data());
        return value;
    }

    // A string or byte array as QDataStream writes it: its length, then that many bytes; a null one
    // is the length 0xffffffff alone. nullopt for a null value, and when the blob ends early (then
    // not ok).
    std::optional<QByteArrayView> takeSized()
    {
        quint32 bytes = 0;
        read(bytes);
        if (!ok() || bytes == nullLength)
            return std::nullopt;
        const char *from = take(bytes);
        if (!from)
            return std::nullopt;
        return QByteArrayView(from, qsizetype(bytes));
    }
    // The next `bytes` bytes, or nullptr (and not ok) when the blob ends before them.
    const char *take(quint64 bytes)
    {
        if (!m_ok || bytes > quint64(m_data.size() - m_pos)) {
            m_ok = false;
            return nullptr;
        }
        const char *at = m_data.constData() + m_pos;
        m_pos += qsizetype(bytes);
        return at;
    }
    template<typename T>
    T number()
    {
        const char *at = take(sizeof(T));
        return at ? qFromBigEndian<T>(at) : T {};
    }

    QByteArray m_data;
    // readShared()'s strings by their bytes in m_data.
    std::unordered_map<std::string_view, QString> m_shared;
    qsizetype m_pos = 0;
    int m_textLength;
    bool m_ok = true;
};
