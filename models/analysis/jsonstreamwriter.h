// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QStringView>

class QIODevice;

// Writes JSON to a device as it is produced, in QJsonDocument's own compact or indented layout
// (same escapes, same number forms), so that a document of gigabytes never has to exist in memory.
// Keys are written in the order given: a caller that wants QJsonObject's sorted order sorts them.
class JsonStreamWriter
{
public:
    JsonStreamWriter(QIODevice *device, bool indented);
    ~JsonStreamWriter();

    void beginObject();
    void endObject();
    void beginArray();
    void endArray();
    void key(QStringView name);
    void key(QLatin1String name);
    void value(QStringView text);
    void value(QLatin1String text);
    void value(qint64 number);
    void value(int number) { value(qint64(number)); }
    void value(double number);
    void value(bool flag);
    void null();

    // Writes what is buffered and, the outermost value being closed, a final newline; false when the
    // device refused a write, from the first refusal on.
    bool finish();
    bool ok() const { return m_ok; }

private:
    void beforeValue();
    void open(char bracket);
    void close(char bracket);
    void indent(int depth);
    void escaped(QStringView text);
    void flushIfFull();

    QIODevice *m_device;
    QByteArray m_buffer;
    QList<int> m_counts; // elements written so far in each open container
    bool m_indented;
    bool m_afterKey = false;
    bool m_ok = true;
};
