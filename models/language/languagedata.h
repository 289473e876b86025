// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "language/wordlist.h"
#include "language/wordtable.h"

// The word lists of models/language/data/, compiled in as resources (:/language/NAME.txt). Read once by
// whoever holds them; tests/language checks every file.
namespace LanguageData
{
// The list `name` ("attribution/speech-verbs"). Problems, and a missing list, are logged.
WordList list(const QString &name);
// The words of list `name` as a set.
WordTable wordSet(const QString &name);
// The name of every list compiled in, sorted.
QStringList names();
}
