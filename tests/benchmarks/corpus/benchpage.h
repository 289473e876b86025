// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

struct BenchArticle;
class BenchRng;

// An article as a file: plain text with the furniture a copy-paste carries, Markdown with front
// matter, or an HTML page of `htmlBytes` (50–500 KB) that carries what real pages carry: inline
// analytics and state scripts, a style sheet, navigation menus, cookie banner, ads, share buttons,
// related and most-read lists, newsletter form, footer.
namespace BenchPage
{
QByteArray plainText(const BenchArticle &article, BenchRng &rng, bool datelineInText);
QByteArray markdown(const BenchArticle &article, BenchRng &rng);
QByteArray html(const BenchArticle &article, BenchRng &rng, int htmlBytes);
}
