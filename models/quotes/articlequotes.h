// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "quotes/quote.h"

#include <QList>
#include <QStringList>

// What the quote stage finds in one article, before anything corpus-wide.
struct ArticleQuotes {
    QList<Quote> quotes; // speaker still as written in the article; canonicalised per corpus later
    QStringList people; // person names as written, once per mention, for corpus-wide canonical names
    QStringList titles; // role and name of every titled name ("finance minister", "Ana Ruiz", …), in pairs
};
