// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

// Converts UTF-16 indices of one text to Unicode code point indices and back.
// The JSON output and the command line speak code points; QString speaks UTF-16.
class CodePointMap
{
public:
    explicit CodePointMap(const QString &text);

    int toCodePoint(int utf16Index) const;
    int toUtf16(int codePointIndex) const;

private:
    // UTF-16 positions of the low surrogates; empty for pure-BMP text (the common case).
    QList<int> m_lowSurrogates;
    int m_length = 0;
};
