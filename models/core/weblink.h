// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// Which URLs from a corpus may become links. Article URLs come from corpus.json and from the
// pages themselves (canonical links, Open Graph), so they are outside data: only an absolute
// http(s) URL is ever made a link or opened; anything else (javascript:, data:, file:) stays text.
namespace WebLink
{
bool isWebUrl(const QString &url);
}
