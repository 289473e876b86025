// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "language/wordtokenizer.h"

#include "language/characters.h"

#include <array>

namespace
{
// ASCII characters by class, for the loop every character of every article goes through.
enum AsciiClass : quint8 { WordChar = 1, Letter = 2, Lower = 4 };

constexpr std::array<quint8, 128> asciiClasses = [] {
    std::array<quint8, 128> t {};
    for (int c = 0; c < 128; ++c) {
        if (c >= 'a' && c <= 'z')
            t[c] = WordChar | Letter | Lower;
        else if (c >= 'A' && c <= 'Z')
            t[c] = WordChar | Letter;
        else if (c >= '0' && c <= '9')
            t[c] = WordChar;
    }
    return t;
}();

// "U.S." and "e.g.": single letters separated by dots keep their final dot.
bool isLetterDotSequence(QStringView word)
{
    if (word.size() < 3)
        return false;
    for (qsizetype i = 0; i < word.size(); ++i) {
        if ((i % 2 == 0) != word.at(i).isLetter())
            return false;
        if (i % 2 == 1 && word.at(i) != u'.')
            return false;
    }
    return true;
}
}

QList<WordToken> WordTokenizer::tokenize(const QString &text, TextSpan range, qsizetype maxWords)
{
    qsizetype words = 0;
    QList<WordToken> tokens;
    tokens.reserve(range.length() / 4); // news text has a token every 4.5 to 5 characters: one allocation
    const QChar *d = text.constData();
    const int end = std::min(range.end, int(text.size()));
    int i = std::max(range.start, 0);
    while (i < end) {
        const QChar c = d[i];
        if (Characters::isSpace(c)) {
            ++i;
            continue;
        }
        WordToken t;
        t.start = i;
        if (!Characters::isWordChar(c)) {
            t.end = ++i;
            tokens.append(t);
            continue;
        }
        t.word = true;
        // Letters and lower-case letters of [start, end), counted as the word is scanned.
        int letters = 0;
        bool lower = false;
        const auto count = [&letters, &lower](QChar x) {
            const char16_t u = x.unicode();
            if (u < 0x80) {
                const bool l = u >= u'a' && u <= u'z';
                letters += l || (u >= u'A' && u <= u'Z');
                lower = lower || l;
            } else if (x.isLetter()) {
                ++letters;
                lower = lower || x.isLower();
            }
        };
        count(c);
        ++i;
        while (i < end) {
            const QChar x = d[i];
            if (x.unicode() < 0x80) {
                const quint8 f = asciiClasses[x.unicode()];
                if (f & WordChar) {
                    letters += (f & Letter) ? 1 : 0;
                    lower = lower || (f & Lower);
                    ++i;
                    continue;
                }
            }
            if (Characters::isWordChar(x)) {
                count(x);
                ++i;
            } else if ((Characters::isApostrophe(x) || Characters::isHyphen(x)) && joinsWord(QStringView(d, end), i)) {
                // (joinsWord() joins only there: testing first saves a call at every word end)
                const bool sEnding = Characters::isApostrophe(x) && (d[i + 1] == u's' || d[i + 1] == u'S')
                    && (i + 2 >= end || !Characters::isWordChar(d[i + 2]));
                if (sEnding) {
                    t.possessive = true;
                    t.end = i;
                    i += 2;
                    break;
                }
                ++i;
            } else if (x == u'.' && i + 1 < end && d[i + 1].isLetter()) {
                ++i; // "U.S", "HotNews.ro"
            } else {
                break;
            }
        }
        if (!t.end)
            t.end = i;
        if (!t.possessive && t.end < end && d[t.end] == u'.'
            && isLetterDotSequence(QStringView(d + t.start, t.end - t.start + 1))) {
            ++t.end;
            i = t.end;
        }
        t.upper = d[t.start].isUpper();
        t.allCaps = letters >= 2 && !lower;
        tokens.append(t);
        if (++words == maxWords)
            break;
    }
    return tokens;
}

bool WordTokenizer::joinsWord(QStringView text, qsizetype i)
{
    if (i + 1 >= text.size())
        return false;
    const QChar c = text.at(i);
    const QChar next = text.at(i + 1);
    if (Characters::isApostrophe(c))
        return next.isLetter();
    return Characters::isHyphen(c) && next.isLetterOrNumber();
}

qsizetype WordTokenizer::wordEnd(QStringView text, qsizetype start)
{
    qsizetype i = start;
    while (i < text.size()) {
        if (Characters::isWordChar(text.at(i)))
            ++i;
        else if (i > start && joinsWord(text, i))
            i += 2;
        else
            break;
    }
    return i;
}

WrittenNumber WordTokenizer::number(QStringView text, qsizetype start)
{
    const auto digit = [&text](qsizetype i) { return i < text.size() && text.at(i) >= u'0' && text.at(i) <= u'9'; };
    const auto letter = [&text](qsizetype i) { return i < text.size() && text.at(i).isLetter(); };
    WrittenNumber n;
    qsizetype j = start;
    qint64 value = 0;
    while (j < text.size()) {
        if (digit(j)) {
            // Only a value of up to nine digits is kept; more would overflow on twenty.
            if (++n.digits <= 9)
                value = value * 10 + (text.at(j).unicode() - u'0');
            ++j;
        } else if (text.at(j) == u',' && digit(j + 1) && digit(j + 2) && digit(j + 3) && !digit(j + 4)) {
            n.grouped = true;
            ++j;
        } else {
            break;
        }
    }
    n.value = n.digits <= 9 ? int(value) : -1;
    if (letter(j) && letter(j + 1) && !letter(j + 2)) {
        const char16_t a = text.at(j).toLower().unicode();
        const char16_t b = text.at(j + 1).toLower().unicode();
        if ((a == u's' && b == u't') || (a == u'n' && b == u'd') || (a == u'r' && b == u'd')
            || (a == u't' && b == u'h')) {
            n.ordinal = true;
            j += 2;
        }
    } else if (j < text.size() && (text.at(j) == u's' || text.at(j) == u'S') && !letter(j + 1)) {
        n.decade = true;
        ++j;
    }
    n.end = j;
    return n;
}
