// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "events/scantoken.h"

#include "language/characters.h"
#include "language/wordtokenizer.h"

namespace
{
bool isLetter(char16_t c)
{
    if (c < 128)
        return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
    return QChar(c).isLetter();
}

bool isDigit(char16_t c)
{
    return c >= u'0' && c <= u'9';
}

bool isUpper(char16_t c)
{
    return c < 128 ? (c >= u'A' && c <= u'Z') : QChar(c).isUpper();
}
}

// Words are WordTokenizer's (word characters, apostrophes before a letter and hyphens before a letter or digit
// join: "don't", "test-fired", "F-16"; a possessive is cut off), with "mid-" standing alone for the date
// patterns and abbreviation dots left as tokens of their own, for the sentence and name rules.
void ScanTokenizer::tokenize(QStringView text, int offset, ScanTokens &out)
{
    const auto *s = reinterpret_cast<const char16_t *>(text.utf16());
    const int n = int(text.size());
    int i = 0;
    bool space = true;
    while (i < n) {
        const char16_t c = s[i];
        if (Characters::isSpace(c)) {
            space = true;
            ++i;
            continue;
        }
        ScanToken t;
        t.start = offset + i;
        if (space)
            t.flags |= ScanToken::SpaceBefore;
        space = false;
        if (isLetter(c)) {
            const WordExtent w = WordTokenizer::scanWord(text, i, WordTokenizer::SplitPartPrefixes);
            const int j = int(w.end);
            t.kind = ScanToken::Word;
            t.end = offset + j;
            if (isUpper(c))
                t.flags |= ScanToken::Capitalized;
            if (w.allUpper)
                t.flags |= ScanToken::AllCaps;
            if (w.possessive)
                t.flags |= ScanToken::Possessive;
            t.word = Lexicon::lookup(text.mid(i, j - i));
            i = int(w.next);
            // (only an apostrophe can be one: testing first saves a call after every word)
            if (!w.possessive && i < n && Characters::isApostrophe(s[i])
                && WordTokenizer::pluralPossessiveAt(text, i)) {
                // "leaders'"
                t.flags |= ScanToken::Possessive;
                ++i;
            }
        } else if (isDigit(c)) {
            const WrittenNumber number = WordTokenizer::number(text, i);
            t.kind = ScanToken::Number;
            t.digits = number.digits;
            t.number = number.value;
            t.flags |= (number.grouped ? ScanToken::Grouped : 0) | (number.ordinal ? ScanToken::Ordinal : 0)
                | (number.decade ? ScanToken::Decade : 0);
            const int j = int(number.end);
            t.end = offset + j;
            i = j;
            if (!number.ordinal && !number.decade && j < n && Characters::isApostrophe(s[j])
                && WordTokenizer::possessiveAt(text, j)) {
                // "2019's"
                t.flags |= ScanToken::Possessive;
                i = j + 2;
            }
        } else {
            t.kind = ScanToken::Punct;
            t.punct = c;
            t.end = offset + i + 1;
            ++i;
        }
        out.push_back(t);
    }
}
