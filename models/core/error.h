// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMetaType>
#include <QString>

#include <optional>
#include <utility>

// What went wrong, in every layer: a project that cannot be opened, an edit that was not saved, an
// input file the load skipped, an export that could not be written. Code::None means nothing did,
// so an operation with no value returns an Error and the caller asks ok().
struct Error {
    // New codes go last: the analysis cache stores a file's warnings with their code's number.
    enum class Code {
        None,
        NotFound, // no file at the path, or nothing by that name
        AlreadyExists, // creating over an existing file
        Locked, // another Parallax holds the project
        NotAProject, // not SQLite, or SQLite of another application
        Damaged, // corrupt or truncated
        TooNew, // written by a newer Parallax
        ReadOnly, // a write through a read-only store
        Io, // the database or the file system refused
        InvalidArgument, // the caller asked for something that cannot be done
        Malformed, // an input file is not in the form it should be (not JSON, not text, no date)
        Refused, // an input file left out by a rule (outside the folder, too deep, too large)
    };

    Error() = default;
    Error(Code what, QString text, QString path = QString())
        : code(what)
        , file(std::move(path))
        , message(std::move(text))
    {
    }

    Code code = Code::None;
    QString file; // the file it concerns, where there is one
    QString message; // translated, names the file and says what is wrong

    bool ok() const { return code == Code::None; }
    friend bool operator==(const Error &, const Error &) = default;
};
Q_DECLARE_METATYPE(Error)

// A value or the Error that prevented it.
template<typename T>
class Result
{
public:
    Result(T value)
        : m_value(std::move(value))
    {
    }
    // A failure: the error must say what went wrong (not be Code::None), or the result would be
    // neither a value nor an error.
    Result(Error error)
        : m_error(std::move(error))
    {
        Q_ASSERT(!m_error.ok());
    }

    bool ok() const { return m_value.has_value(); }
    T &value() { return *m_value; }
    const T &value() const { return *m_value; }
    const Error &error() const { return m_error; }

private:
    std::optional<T> m_value;
    Error m_error;
};
