// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QMetaType>
#include <QtGlobal>

// A half-open range [start, end) of UTF-16 indices into an article's text.
// Offsets are converted to code points only at the JSON boundary (CodePointMap).
struct TextSpan {
    int start = 0;
    int end = 0;

    constexpr int length() const { return end - start; }
    constexpr bool isEmpty() const { return end <= start; }
    constexpr bool contains(int pos) const { return pos >= start && pos < end; }
    constexpr bool contains(TextSpan other) const { return other.start >= start && other.end <= end; }
    constexpr bool overlaps(TextSpan other) const { return start < other.end && other.start < end; }
    friend constexpr bool operator==(TextSpan, TextSpan) = default;
    friend constexpr auto operator<=>(TextSpan, TextSpan) = default;
};

using TextSpans = QList<TextSpan>;

Q_DECLARE_METATYPE(TextSpan)

// True when `span` overlaps any span in the sorted list `spans`.
bool overlapsAny(const TextSpans &spans, TextSpan span);
