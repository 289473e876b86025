// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/jsonstreamwriter.h"

#include <QIODevice>
#include <QLocale>

#include <cmath>

namespace
{
constexpr qsizetype FlushBytes = 1 << 20;

char hexDigit(int v)
{
    return "0123456789abcdef"[v & 0xf];
}
}

JsonStreamWriter::JsonStreamWriter(QIODevice *device, bool indented)
    : m_device(device)
    , m_indented(indented)
{
    m_buffer.reserve(FlushBytes + 4096);
}

JsonStreamWriter::~JsonStreamWriter() = default;

void JsonStreamWriter::flushIfFull()
{
    if (m_buffer.size() < FlushBytes)
        return;
    if (m_ok && m_device->write(m_buffer) != m_buffer.size())
        m_ok = false;
    m_buffer.clear();
}

void JsonStreamWriter::indent(int depth)
{
    m_buffer.append(qsizetype(4) * depth, ' ');
}

// QJsonDocument's layout: ",\n" between elements, each on its own line indented by four spaces a level.
void JsonStreamWriter::beforeValue()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (m_counts.isEmpty())
        return;
    if (m_counts.last()++ > 0)
        m_buffer.append(m_indented ? ",\n" : ",");
    if (m_indented)
        indent(int(m_counts.size()));
}

void JsonStreamWriter::open(char bracket)
{
    beforeValue();
    m_buffer.append(bracket);
    if (m_indented)
        m_buffer.append('\n');
    m_counts.append(0);
}

void JsonStreamWriter::close(char bracket)
{
    const int count = m_counts.takeLast();
    if (m_indented) {
        if (count > 0)
            m_buffer.append('\n');
        indent(int(m_counts.size()));
    }
    m_buffer.append(bracket);
    flushIfFull();
}

void JsonStreamWriter::beginObject()
{
    open('{');
}

void JsonStreamWriter::endObject()
{
    close('}');
}

void JsonStreamWriter::beginArray()
{
    open('[');
}

void JsonStreamWriter::endArray()
{
    close(']');
}

void JsonStreamWriter::key(QStringView name)
{
    beforeValue();
    m_buffer.append('"');
    escaped(name);
    m_buffer.append(m_indented ? "\": " : "\":");
    m_afterKey = true;
}

void JsonStreamWriter::key(QLatin1String name)
{
    beforeValue();
    m_buffer.append('"');
    m_buffer.append(name.data(), name.size());
    m_buffer.append(m_indented ? "\": " : "\":");
    m_afterKey = true;
}

void JsonStreamWriter::value(QStringView text)
{
    beforeValue();
    m_buffer.append('"');
    escaped(text);
    m_buffer.append('"');
    flushIfFull();
}

void JsonStreamWriter::value(QLatin1String text)
{
    value(QStringView(QString(text)));
}

void JsonStreamWriter::value(qint64 number)
{
    beforeValue();
    m_buffer.append(QByteArray::number(number));
}

void JsonStreamWriter::value(double number)
{
    beforeValue();
    if (std::isfinite(number))
        m_buffer.append(QByteArray::number(number, 'g', QLocale::FloatingPointShortest));
    else
        m_buffer.append("null"); // as QJsonDocument: JSON has no infinities
}

void JsonStreamWriter::value(bool flag)
{
    beforeValue();
    m_buffer.append(flag ? "true" : "false");
}

void JsonStreamWriter::null()
{
    beforeValue();
    m_buffer.append("null");
}

// QJsonDocument's escapes: quote, backslash and control characters; other text as UTF-8, and a lone
// surrogate (not valid UTF-16) as \uXXXX.
void JsonStreamWriter::escaped(QStringView text)
{
    const char16_t *p = text.utf16();
    const char16_t *end = p + text.size();
    while (p < end) {
        const char16_t *run = p;
        while (p < end && *p >= 0x20 && *p < 0x80 && *p != u'"' && *p != u'\\')
            ++p;
        for (const char16_t *c = run; c < p; ++c)
            m_buffer.append(char(*c));
        if (p == end)
            break;
        const char16_t u = *p++;
        if (u < 0x80) {
            m_buffer.append('\\');
            switch (u) {
            case u'"':
                m_buffer.append('"');
                break;
            case u'\\':
                m_buffer.append('\\');
                break;
            case u'\b':
                m_buffer.append('b');
                break;
            case u'\f':
                m_buffer.append('f');
                break;
            case u'\n':
                m_buffer.append('n');
                break;
            case u'\r':
                m_buffer.append('r');
                break;
            case u'\t':
                m_buffer.append('t');
                break;
            default:
                m_buffer.append("u00");
                m_buffer.append(hexDigit(u >> 4));
                m_buffer.append(hexDigit(u));
            }
        } else if (u < 0x800) {
            m_buffer.append(char(0xc0 | (u >> 6)));
            m_buffer.append(char(0x80 | (u & 0x3f)));
        } else if (QChar::isHighSurrogate(u) && p < end && QChar::isLowSurrogate(*p)) {
            const char32_t c = QChar::surrogateToUcs4(u, *p++);
            m_buffer.append(char(0xf0 | (c >> 18)));
            m_buffer.append(char(0x80 | ((c >> 12) & 0x3f)));
            m_buffer.append(char(0x80 | ((c >> 6) & 0x3f)));
            m_buffer.append(char(0x80 | (c & 0x3f)));
        } else if (QChar::isSurrogate(u)) {
            m_buffer.append("\\u");
            for (int shift = 12; shift >= 0; shift -= 4)
                m_buffer.append(hexDigit(u >> shift));
        } else {
            m_buffer.append(char(0xe0 | (u >> 12)));
            m_buffer.append(char(0x80 | ((u >> 6) & 0x3f)));
            m_buffer.append(char(0x80 | (u & 0x3f)));
        }
    }
}

bool JsonStreamWriter::finish()
{
    if (m_counts.isEmpty())
        m_buffer.append('\n'); // a file that ends its last line; QJsonDocument ends only the indented one
    if (m_ok && !m_buffer.isEmpty() && m_device->write(m_buffer) != m_buffer.size())
        m_ok = false;
    m_buffer.clear();
    return m_ok;
}
