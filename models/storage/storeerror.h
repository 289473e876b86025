// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>
#include <utility>

// What went wrong with a project file; Code::None means nothing did.
struct StoreError {
    enum class Code {
        None,
        NotFound, // no file at the path
        AlreadyExists, // creating over an existing file
        Locked, // another Parallax holds the project
        NotAProject, // not SQLite, or SQLite of another application
        Damaged, // corrupt or truncated
        TooNew, // written by a newer Parallax
        ReadOnly, // a write through a read-only store
        Io, // the database or the file system refused
        InvalidArgument,
    };
    Code code = Code::None;
    QString message; // translated, names the file and says what is wrong

    bool ok() const { return code == Code::None; }
    static StoreError success() { return {}; }
};

// A value or the error that prevented it.
template<typename T>
class StoreResult
{
public:
    StoreResult(T value)
        : m_value(std::move(value))
    {
    }
    StoreResult(StoreError error)
        : m_error(std::move(error))
    {
    }

    bool ok() const { return m_value.has_value(); }
    T &value() { return *m_value; }
    const T &value() const { return *m_value; }
    const StoreError &error() const { return m_error; }

private:
    std::optional<T> m_value;
    StoreError m_error;
};
