// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "corpus/structure/textfeatures.h"

#include "language/characters.h"
#include "language/languagedata.h"

#include <QStringTokenizer>

#include <xxhash.h>

#include <array>
#include <limits>
#include <vector>

namespace
{
// What the per-character loops below need to know of an ASCII character, looked up in one load:
// they run over every character of every paragraph. Other characters go through QChar.
struct AsciiClasses {
    bool space[128] = {};
    char16_t keyChar[128] = {}; // the lower-case letter or digit a comparison key keeps, 0 if dropped
    char16_t lower[128] = {};
};

constexpr AsciiClasses asciiClasses = [] {
    AsciiClasses t;
    for (char16_t c = 0; c < 128; ++c) {
        t.space[c] = c == u' ' || (c >= u'\t' && c <= u'\r');
        t.lower[c] = (c >= u'A' && c <= u'Z') ? char16_t(c + 32) : c;
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9'))
            t.keyChar[c] = c;
        else if (c >= u'A' && c <= u'Z')
            t.keyChar[c] = char16_t(c + 32);
    }
    return t;
}();

// A mark that may close a quotation or a parenthesis, and one that may open it.
bool isClosing(QChar c)
{
    return Characters::mayCloseQuote(c) || c == u')' || c == u']' || c == u'}';
}

bool isOpening(QChar c)
{
    return Characters::mayOpenQuote(c) || c == u'(' || c == u'[';
}

// A character of a lexicon form that is not ASCII: lower case, typographic apostrophes as the ASCII one.
QChar foldOther(QChar c)
{
    return Characters::isApostrophe(c) ? QChar(u'\'') : c.toLower();
}

bool isSmallWord(QStringView word)
{
    static const WordTable words = LanguageData::wordSet(QStringLiteral("headlines/small-words"));
    return word.size() <= 4 && words.contains(word);
}

// Writes the comparison-key character of `c`, if it has one, at `d`; returns the next place.
QChar *appendKeyChar(QChar c, QChar *d)
{
    const char16_t u = c.unicode();
    if (u < 0x80) {
        // Stored unconditionally, kept by advancing: no branch on the character.
        *d = QChar(asciiClasses.keyChar[u]);
        return d + (asciiClasses.keyChar[u] != 0);
    }
    if (c.isLetterOrNumber())
        *d++ = c.toLower();
    return d;
}

// Writes the comparison-key characters of [from, to) to `d` until `stop`; returns the end.
template<typename Iterator>
QChar *appendKeyChars(Iterator from, Iterator to, QChar *d, const QChar *stop)
{
    for (; from != to && d != stop; ++from)
        d = appendKeyChar(*from, d);
    return d;
}

// All of `text`: without the check for a stop, a sixth fewer instructions on the long paragraphs
// hashed whole.
QChar *appendKeyChars(QStringView text, QChar *d)
{
    for (QChar c : text)
        d = appendKeyChar(c, d);
    return d;
}

// wordCount() reads text in blocks of this many UTF-16 units: 32 vectorise, 16 do not.
constexpr qsizetype WordBlock = 32;

// Whether a block of units may hold a space other than an ASCII one: U+0085, U+00A0 or a unit from
// U+1680 on, but for U+2010-U+2027 (dashes, curly quotes, ellipsis), which prose is full of.
// Ranges as unsigned differences, without a branch, so the loop vectorises.
bool mayHoldOtherSpace(const char16_t *p)
{
    char16_t odd = 0;
    for (qsizetype k = 0; k < WordBlock; ++k) {
        const char16_t u = p[k];
        odd |= char16_t((char16_t(u - 0x80) <= 0xA0 - 0x80) | (char16_t(u - 0x1680) < 0x2010 - 0x1680) | (u >= 0x2028));
    }
    return odd != 0;
}

QStringView stripEdges(QStringView word)
{
    while (!word.isEmpty() && (isOpening(word.front()) || isClosing(word.front()) || word.front().isPunct()))
        word = word.sliced(1);
    while (!word.isEmpty() && (isClosing(word.back()) || word.back().isPunct()))
        word.chop(1);
    return word;
}
}

int TextFeatures::wordCount(QStringView text)
{
    return wordCount(text, std::numeric_limits<int>::max());
}

int TextFeatures::wordCount(QStringView text, int cap)
{
    const char16_t *p = text.utf16();
    const qsizetype n = text.size();
    int count = 0;
    bool inWord = false;
    qsizetype i = 0;
    // Blocks without a branch on the text, in lanes as narrow as the data, so the loops vectorise;
    // the cap is checked between blocks, and a block that may hold other spaces is read one by one.
    constexpr qsizetype Block = WordBlock;
    while (i < n && count < cap) {
        if (i + Block <= n) {
            // word[k + 1]: unit k is not an ASCII space; word[0]: the unit before the block is in a word.
            unsigned char word[Block + 1];
            word[0] = inWord;
            char16_t bits = 0;
            for (qsizetype k = 0; k < Block; ++k) {
                const char16_t u = p[i + k];
                bits |= u;
                word[k + 1] = (unsigned char)((u != u' ') & (char16_t(u - u'\t') > u'\r' - u'\t'));
            }
            if (bits < 0x80 || !mayHoldOtherSpace(p + i)) {
                unsigned char starts = 0;
                for (qsizetype k = 0; k < Block; ++k)
                    starts += (unsigned char)(word[k + 1] & ~word[k]);
                count += starts;
                inWord = word[Block];
                i += Block;
                continue;
            }
        }
        for (const qsizetype end = std::min(n, i + Block); i < end; ++i) {
            const char16_t u = p[i];
            const bool space = u < 0x80 ? asciiClasses.space[u] : QChar(u).isSpace();
            // Added, not branched on: word starts are as unpredictable as the text.
            count += int(!space && !inWord);
            inWord = !space;
        }
    }
    return std::min(count, cap);
}

QChar TextFeatures::lastSignificant(QStringView text)
{
    text = text.trimmed();
    while (!text.isEmpty() && isClosing(text.back()))
        text.chop(1);
    return text.isEmpty() ? QChar() : text.back();
}

bool TextFeatures::endsWithPunctuation(QStringView text)
{
    switch (lastSignificant(text).unicode()) {
    case u'.':
    case u'!':
    case u'?':
    case u';':
    case u':':
    case u',':
    case 0x2026: // …
        return true;
    default:
        return false;
    }
}

bool TextFeatures::startsCapitalised(QStringView text)
{
    text = text.trimmed();
    while (!text.isEmpty() && isOpening(text.front()))
        text = text.sliced(1);
    return !text.isEmpty() && (text.front().isUpper() || text.front().isDigit() || text.front().isTitleCase());
}

bool TextFeatures::isTitleCase(QStringView text, double minShare)
{
    int significant = 0;
    int capitalised = 0;
    for (QStringView word : QStringTokenizer(text, u' ', Qt::SkipEmptyParts)) {
        word = stripEdges(word);
        if (word.isEmpty() || !word.front().isLetterOrNumber())
            continue;
        if (significant + capitalised > 0 && isSmallWord(word))
            continue;
        ++significant;
        if (word.front().isUpper() || word.front().isDigit())
            ++capitalised;
    }
    return significant > 0 && capitalised >= minShare * significant - 1e-9;
}

bool TextFeatures::isHeadingShaped(QStringView text, int maxWords)
{
    text = text.trimmed();
    if (text.isEmpty() || text.size() > qsizetype(maxWords) * 12 || text.contains(u'\n'))
        return false;
    const int words = wordCount(text, maxWords + 1);
    if (words < 1 || words > maxWords || !startsCapitalised(text))
        return false;
    const QChar last = lastSignificant(text);
    return last != u'.' && last != u',' && last != u';' && last != u':' && last != QChar(0x2026);
}

bool TextFeatures::isPersonNameShaped(QStringView text)
{
    text = text.trimmed();
    int words = 0;
    for (QStringView word : QStringTokenizer(text, u' ', Qt::SkipEmptyParts)) {
        ++words;
        if (words > 4 || !word.front().isUpper())
            return false;
        for (QChar c : word) {
            if (!c.isLetter() && c != u'.' && !Characters::isHyphen(c) && !Characters::isApostrophe(c))
                return false;
        }
    }
    return words >= 2;
}

bool TextFeatures::startsWithBullet(QStringView text)
{
    text = text.trimmed();
    if (text.size() < 2)
        return false;
    const QChar c = text.front();
    switch (c.unicode()) {
    case 0x2022: // •
    case 0x25E6: // ◦
    case 0x25AA: // ▪
    case 0x25CF: // ●
    case 0x2023: // ‣
    case 0x2043: // ⁃
    case 0x00B7: // ·
        return true;
    case u'-':
    case u'*':
    case u'+':
    case 0x2013: // –
        return text.at(1).isSpace();
    default:
        break;
    }
    qsizetype i = 0;
    while (i < text.size() && i < 3 && text.at(i).isDigit())
        ++i;
    return i > 0 && i + 1 < text.size() && (text.at(i) == u'.' || text.at(i) == u')') && text.at(i + 1).isSpace();
}

QString TextFeatures::comparisonKey(QStringView text)
{
    QString key(text.size(), Qt::Uninitialized);
    key.truncate(appendKeyChars(text, key.data()) - key.data());
    return key;
}

QString TextFeatures::lexiconForm(QStringView text)
{
    text = text.trimmed();
    // Written through a pointer: appending character by character costs more than the folding.
    QString out(text.size(), Qt::Uninitialized);
    QChar *const begin = out.data();
    QChar *d = begin;
    bool space = false;
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if (u < 0x80 ? asciiClasses.space[u] : c.isSpace()) {
            space = true;
            continue;
        }
        // The space before a word, written always and kept by advancing: no branch on it. The
        // text is trimmed, so a space never comes first.
        *d = u' ';
        d += space;
        space = false;
        *d++ = u < 0x80 ? QChar(asciiClasses.lower[u]) : foldOther(c);
    }
    while (d != begin && (d[-1].isPunct() || d[-1].isSpace()) && d[-1] != u')')
        --d;
    out.truncate(d - begin);
    return out;
}

quint64 TextFeatures::comparisonHash(QStringView text)
{
    // The characters comparisonKey() keeps, folded into a reused buffer and hashed in one go: a
    // character-by-character hash is a chain of multiplications that cannot overlap.
    thread_local std::vector<QChar> key;
    key.resize(size_t(text.size()));
    const QChar *end = appendKeyChars(text, key.data());
    return XXH3_64bits(key.data(), size_t(end - key.data()) * sizeof(QChar));
}

quint64 TextFeatures::comparisonEndsHash(QStringView text)
{
    // Enough to tell most paragraphs of a page apart; paragraphs that only share their ends cost
    // a full comparisonHash() each, fewer instructions than longer ends for all.
    constexpr qsizetype EndLength = 8;
    std::array<QChar, 2 * EndLength> ends;
    QChar *const middle = appendKeyChars(text.begin(), text.end(), ends.data(), ends.data() + EndLength);
    // The last characters backwards, so the scan stops as soon as it has them.
    const QChar *end = appendKeyChars(text.rbegin(), text.rend(), middle, middle + EndLength);
    return XXH3_64bits(ends.data(), size_t(end - ends.data()) * sizeof(QChar));
}

qsizetype TextFeatures::indexOfPhrase(QStringView text, QStringView phrase, qsizetype from)
{
    Q_ASSERT(!phrase.isEmpty());
    // QStringView::indexOf() rolls a hash over every position, a measured cost in the boilerplate
    // rules; hopping between occurrences of the first character (a vectorised search) is faster.
    const qsizetype last = text.size() - phrase.size();
    while (from <= last && (from = text.indexOf(phrase.front(), from)) >= 0 && from <= last) {
        if (text.sliced(from, phrase.size()) == phrase)
            return from;
        ++from;
    }
    return -1;
}

int TextFeatures::runTogetherJoins(QStringView text)
{
    int joins = 0;
    for (qsizetype i = 1; i < text.size(); ++i) {
        if (text.at(i - 1).isLower() && text.at(i).isUpper())
            ++joins;
    }
    return joins;
}
