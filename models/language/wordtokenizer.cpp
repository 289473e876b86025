// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "language/wordtokenizer.h"

#include "language/characters.h"
#include "language/languagedata.h"

#include <algorithm>
#include <array>

namespace
{
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

// "mid" of "mid-March": a prefix the event scanner makes a word of its own.
bool isPartPrefix(QStringView word)
{
    static const WordTable prefixes = LanguageData::wordSet(QStringLiteral("dates/part-prefixes"));
    return prefixes.contains(word);
}
}

QList<WordToken> WordTokenizer::tokenize(const QString &text, TextSpan range, qsizetype maxWords)
{
    qsizetype words = 0;
    QList<WordToken> tokens;
    tokens.reserve(range.length() / 4); // news text has a token every 4.5 to 5 characters: one allocation
    const int end = std::min(range.end, int(text.size()));
    const QStringView view = QStringView(text).first(end);
    int i = std::max(range.start, 0);
    while (i < end) {
        const QChar c = view[i];
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
        const WordExtent w = scanWord(view, i, KeepAbbreviationDots);
        t.word = true;
        t.end = int(w.end);
        t.possessive = w.possessive;
        t.upper = c.isUpper();
        // Two letters or more, none lower-case: counted only for a word that has no lower-case letter.
        t.allCaps = w.letter && !w.lower
            && std::count_if(view.begin() + t.start, view.begin() + t.end, [](QChar x) { return x.isLetter(); }) >= 2;
        i = int(w.next);
        tokens.append(t);
        if (++words == maxWords)
            break;
    }
    return tokens;
}

WordExtent WordTokenizer::scanWordRest(QStringView text, qsizetype start, qsizetype i, quint8 seen, quint8 options)
{
    using namespace WordTokenizerTables;
    const QChar *d = text.data();
    const qsizetype end = text.size();
    bool possessive = false;
    for (;;) {
        while (i < end && d[i].unicode() < 0x80 && (asciiClasses[d[i].unicode()] & WordChar)) {
            seen |= asciiClasses[d[i].unicode()];
            ++i;
        }
        if (i >= end)
            break;
        const QChar x = d[i];
        if (x.unicode() >= 0x80 && Characters::isWordChar(x)) {
            seen |= x.isLetter() ? Letter | (x.isLower() ? Lower : 0) | (x.isUpper() ? 0 : NotUpper) : NotUpper;
            ++i;
        } else if (i > start && (Characters::isApostrophe(x) || Characters::isHyphen(x)) && joinsWord(text, i)) {
            if (possessiveAt(text, i)) {
                possessive = true;
                break;
            }
            if ((options & SplitPartPrefixes) && Characters::isHyphen(x) && isPartPrefix(text.sliced(start, i - start)))
                break;
            ++i;
        } else if ((options & KeepAbbreviationDots) && x == u'.' && i > start && i + 1 < end && d[i + 1].isLetter()) {
            ++i; // "U.S", "HotNews.ro"
        } else {
            break;
        }
    }
    WordExtent w = extent(i, seen);
    if (possessive) {
        w.possessive = true;
        w.next = i + 2;
    } else if ((options & KeepAbbreviationDots) && i < end && d[i] == u'.'
        && isLetterDotSequence(text.sliced(start, i - start + 1))) {
        w.end = w.next = i + 1;
    }
    return w;
}

bool WordTokenizer::possessiveAt(QStringView text, qsizetype i)
{
    return i + 1 < text.size() && Characters::isApostrophe(text.at(i))
        && (text.at(i + 1) == u's' || text.at(i + 1) == u'S')
        && (i + 2 >= text.size() || !Characters::isWordChar(text.at(i + 2)));
}

bool WordTokenizer::pluralPossessiveAt(QStringView text, qsizetype i)
{
    return i > 0 && i < text.size() && Characters::isApostrophe(text.at(i))
        && (text.at(i - 1) == u's' || text.at(i - 1) == u'S') && (i + 1 >= text.size() || !text.at(i + 1).isLetter());
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
