// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

// Cheap shape features of one line or paragraph, shared by the heading, boilerplate and metadata rules.
namespace TextFeatures
{
int wordCount(QStringView text);
// wordCount() but at most `cap`: counting stops there, so long paragraphs cost no more than short ones.
int wordCount(QStringView text, int cap);

// The last character that is not a closing quote or bracket.
QChar lastSignificant(QStringView text);
// Ends like a sentence or a clause: . ! ? … ; : ,
bool endsWithPunctuation(QStringView text);

// At least `minShare` of the words that are not short function words start with a capital (or a digit).
bool isTitleCase(QStringView text, double minShare = 0.8);
// Starts with an upper-case letter or digit, possibly after an opening quote.
bool startsCapitalised(QStringView text);

// Could be a heading: short, one line, no closing punctuation but an optional ? or !.
bool isHeadingShaped(QStringView text, int maxWords);

// "Jane Q. Doe": two to four capitalised name words, nothing else.
bool isPersonNameShaped(QStringView text);

// "• item", "- item", "1. item".
bool startsWithBullet(QStringView text);

// Lower-case letters and digits only: two lines that differ only in spacing, punctuation or case
// get the same key.
QString comparisonKey(QStringView text);

// comparisonKey() as a 64-bit hash, for finding repeats among many paragraphs without copying them.
quint64 comparisonHash(QStringView text);
// A hash of the first and last characters of comparisonKey(): equal keys have equal ends, and
// reading only the ends of a long paragraph is cheap.
quint64 comparisonEndsHash(QStringView text);

// Lower-case, typographic apostrophes folded, spaces collapsed, trailing punctuation dropped:
// the form lexicon phrases are written in.
QString lexiconForm(QStringView text);

// Where `phrase` (not empty) first occurs in `text` from `from` on, -1 if nowhere: QStringView::indexOf()
// with the same result, faster on lines of prose.
qsizetype indexOfPhrase(QStringView text, QStringView phrase, qsizetype from = 0);

// "WhitfieldDana": a lower-case letter directly followed by an upper-case one; link texts run
// together by a scraper show many of these.
int runTogetherJoins(QStringView text);
}
