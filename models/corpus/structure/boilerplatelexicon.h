// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "corpus/structure/boilerplatekind.h"

#include <QString>
#include <QStringView>

// Generic words and phrases of web page furniture, in TextFeatures::lexiconForm (lower-case, no
// trailing punctuation). English only: the product reads English articles.
namespace BoilerplateLexicon
{
// A line that is nothing but one of these phrases ("also read", "share your love", "advertisement").
BoilerplateKind wholeLine(const QString &form);
// A line that starts with a label and a colon or dash ("read more: …", "tags: …", "photo: …").
BoilerplateKind labelled(const QString &form);
// A line that starts with a phrase and goes on ("ads by …", "sponsored by …").
BoilerplateKind leading(const QString &form);

// Names a photo agency, picture library or licence in the way credit lines do: at the end, after
// "via" or "/", or alone ("Jane Doe/AFP", "… via Wikimedia Commons", "Getty Images", "CC BY 2.0").
bool isSourceCredit(const QString &form);

// Words allowed beside a date in a dateline ("Published", "Updated", weekday, time zone).
bool isDatelineWord(const QString &lowerWord);

// Words of an author blurb ("writer", "journalist", "covers").
bool hasAuthorBioWords(const QString &form);
}
