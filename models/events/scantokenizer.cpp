// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "events/scantoken.h"

#include "language/characters.h"

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

bool isSpace(char16_t c)
{
    if (c < 128)
        return c == u' ' || c == u'\n' || c == u'\t' || c == u'\r';
    return QChar(c).isSpace();
}

// "mid-March" is two tokens: the part word and the month
bool isMid(const char16_t *w, int length)
{
    return length == 3 && (w[0] == u'm' || w[0] == u'M') && w[1] == u'i' && w[2] == u'd';
}
}

void ScanTokenizer::tokenize(QStringView text, int offset, ScanTokens &out)
{
    const char16_t *s = reinterpret_cast<const char16_t *>(text.utf16());
    const int n = int(text.size());
    int i = 0;
    bool space = true;
    while (i < n) {
        const char16_t c = s[i];
        if (isSpace(c)) {
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
            int upper = (c >= u'A' && c <= u'Z') || (c > 127 && QChar(c).isUpper()) ? 1 : 0;
            int letters = 1;
            while (j < n) {
                const char16_t d = s[j];
                if (isLetter(d) || isDigit(d)) {
                    upper += (d >= u'A' && d <= u'Z') ? 1 : 0;
                    ++letters;
                    ++j;
                } else if ((Characters::isHyphen(d) || Characters::isApostrophe(d)) && j + 1 < n && isLetter(s[j + 1])
                    && !(Characters::isHyphen(d) && isMid(s + i, j - i))) {
                    // "test-fired", "Renn's": a possessive ends the word, other apostrophes and hyphens join
                    if (Characters::isApostrophe(d) && (s[j + 1] == u's' || s[j + 1] == u'S')
                        && (j + 2 >= n || !isLetter(s[j + 2]))) {
                        t.flags |= ScanToken::Possessive;
                        break;
                    }
                    j += 2;
                    ++letters;
                } else {
                    break;
                }
            }
            t.kind = ScanToken::Word;
            t.end = offset + j;
            if (upper > 0 && (c < 128 ? (c >= u'A' && c <= u'Z') : QChar(c).isUpper()))
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
            int j = i;
            qint64 value = 0;
            int digits = 0;
            while (j < n) {
                if (isDigit(s[j])) {
                    // Only a value of up to 9 digits is kept; more would overflow on 20+ digits.
                    if (++digits <= 9)
                        value = value * 10 + (s[j] - u'0');
                    ++j;
                } else if (s[j] == u',' && j + 3 < n && isDigit(s[j + 1]) && isDigit(s[j + 2]) && isDigit(s[j + 3])
                    && (j + 4 >= n || !isDigit(s[j + 4]))) {
                    t.flags |= ScanToken::Grouped;
                    ++j;
                } else {
                    break;
                }
            }
            t.kind = ScanToken::Number;
            t.digits = digits;
            t.number = digits <= 9 ? int(value) : -1;
            // suffixes: 12th, 1st, 1990s, 2019's
            if (j + 1 < n && isLetter(s[j]) && isLetter(s[j + 1]) && (j + 2 >= n || !isLetter(s[j + 2]))) {
                const char16_t a = QChar(s[j]).toLower().unicode();
                const char16_t b = QChar(s[j + 1]).toLower().unicode();
                if ((a == u's' && b == u't') || (a == u'n' && b == u'd') || (a == u'r' && b == u'd')
                    || (a == u't' && b == u'h')) {
                    t.flags |= ScanToken::Ordinal;
                    j += 2;
                }
            } else if (j < n && (s[j] == u's' || s[j] == u'S') && (j + 1 >= n || !isLetter(s[j + 1]))) {
                t.flags |= ScanToken::Decade;
                ++j;
            } else if (j + 1 < n && Characters::isApostrophe(s[j]) && s[j + 1] == u's'
                && (j + 2 >= n || !isLetter(s[j + 2]))) {
                t.flags |= ScanToken::Possessive;
                t.end = offset + j;
                i = j + 2;
                out.push_back(t);
                continue;
            }
            t.end = offset + j;
            i = j;
        } else {
            t.kind = ScanToken::Punct;
            t.punct = c;
            t.end = offset + i + 1;
            ++i;
        }
        out.push_back(t);
    }
}
