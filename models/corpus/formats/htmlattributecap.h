// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <optional>

// libxml2 compares each attribute of a start tag with every earlier one (its duplicate check), so
// one element with 40,000 attributes takes seconds. No page needs more than a few dozen on one
// element: past the cap, the rest of the tag's attributes are dropped before libxml2 reads it.
namespace HtmlAttributeCap
{
inline constexpr int maxPerElement = 64;

// The page with every start tag cut to `maxPerElement` attributes, or nullopt when none has more
// (the usual case: nothing is copied). One pass over the bytes.
std::optional<QByteArray> apply(QByteArrayView html, int maxAttributes = maxPerElement);
}
