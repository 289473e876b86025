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

// "mid-March" is two tokens: the part word and the month
bool isMid(const char16_t *w, int length)
{
    return length == 3 && (w[0] == u'm' || w[0] == u'M') && w[1] == u'i' && w[2] == u'd';
}

// "Renn's": the possessive ends the word
bool isPossessiveS(const char16_t *s, int n, int j)
{
    return Characters::isApostrophe(s[j]) && j + 1 < n && (s[j + 1] == u's' || s[j + 1] == u'S')
        && (j + 2 >= n || !isLetter(s[j + 2]));
}
}

// Words end where WordTokenizer's do (word characters, apostrophes before a letter and hyphens before a letter
// or digit join: "don't", "test-fired", "F-16"), except that a possessive is cut off and "mid-" stands alone;
// abbreviation dots stay tokens of their own, for the sentence and name rules.
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
            int j = i + 1;
            int upper = isUpper(c) ? 1 : 0;
            int letters = 1; // word characters, digits too: "F16" is not all capitals
            while (j < n) {
                const char16_t d = s[j];
                if (Characters::isWordChar(d)) {
                    upper += isUpper(d) ? 1 : 0;
                    ++letters;
                    ++j;
                } else if ((Characters::isApostrophe(d) || Characters::isHyphen(d)) && WordTokenizer::joinsWord(text, j)
                    && !(Characters::isHyphen(d) && isMid(s + i, j - i))) {
                    // joinsWord() joins only at an apostrophe or a hyphen: testing for them first saves a call at every
                    // word end.
                    if (isPossessiveS(s, n, j)) {
                        t.flags |= ScanToken::Possessive;
                        break;
                    }
                    j += 2;
                    upper += isUpper(s[j - 1]) ? 1 : 0;
                    ++letters;
                } else {
                    break;
                }
            }
            t.kind = ScanToken::Word;
            t.end = offset + j;
            if (isUpper(c))
                t.flags |= ScanToken::Capitalized;
            if (upper == letters)
                t.flags |= ScanToken::AllCaps;
            t.word = Lexicon::lookup(text.mid(i, j - i));
            i = (t.flags & ScanToken::Possessive) ? j + 2 : j;
            if (!(t.flags & ScanToken::Possessive) && i < n && Characters::isApostrophe(s[i])
                && (i + 1 >= n || !isLetter(s[i + 1])) && (s[j - 1] == u's' || s[j - 1] == u'S')) {
                // "leaders'": plural possessive
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
            if (!number.ordinal && !number.decade && j < n && isPossessiveS(s, n, j)) {
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
