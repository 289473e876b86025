// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/textspan.h"

#include <QString>

// A reference to a person: a name, a subject pronoun or a definite description.
struct PersonMention {
    enum class Kind : quint8 { Name, Pronoun, Description };

    Kind kind = Kind::Name;
    TextSpan span; // as written, without title and without "'s"
    QString name; // Name: as written without title ("Ri Sol Han", "Okafor"); empty otherwise
    QString role; // lower-case role words: title before the name, apposition, or the description itself
    int age = -1; // "Okafor, 79," or "the 79-year-old"
    bool possessive = false;
    bool quoted = false; // inside a quotation: never a speaker
    int first = -1; // token indices (inclusive) into ArticleTokens
    int last = -1;
};
