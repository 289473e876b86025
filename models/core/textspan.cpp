// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "textspan.h"

#include <algorithm>

bool overlapsAny(const TextSpans &spans, TextSpan span)
{
    // Spans are sorted by start: the first candidate is the last one starting before span.end.
    auto it
        = std::lower_bound(spans.cbegin(), spans.cend(), span.end, [](TextSpan s, int pos) { return s.start < pos; });
    while (it != spans.cbegin()) {
        --it;
        if (it->overlaps(span))
            return true;
        if (it->end <= span.start && it->start < span.start - 4096)
            break;
    }
    return false;
}
