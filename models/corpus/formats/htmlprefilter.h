// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <optional>

// What libxml2 would spend its time on for nothing, taken out of a page in one pass before it reads it:
// - libxml2 compares each attribute of a start tag with every earlier one (its duplicate check), so one
//   element with 40,000 attributes takes seconds. No page needs more than a few dozen on one element:
//   past the cap, the rest of the tag's attributes are dropped.
// - Scripts and style sheets are most of a news page's bytes, and libxml2 reads their text a character at
//   a time, yet nothing reads them but a JSON-LD script (the metadata). Their bodies are emptied, the
//   elements kept, where libxml2 would end them itself (at the first "</script" or "</style", as its
//   recovering parser does); a script typed "…+json" (JSON-LD among them) keeps its body.
// Where the scan cannot be sure it reads the page as libxml2 does (a self-closing script, an unclosed
// comment or body), it leaves the rest as it is.
namespace HtmlPrefilter
{
inline constexpr int maxAttributesPerElement = 64;

// The page with every start tag cut to `maxAttributes` attributes and every script (but JSON-LD) and style
// body emptied, or nullopt when there was nothing to take out (nothing is copied).
std::optional<QByteArray> apply(QByteArrayView html, int maxAttributes = maxAttributesPerElement);
}
