// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "quotes/textnormalizer.h"

#include "language/characters.h"
#include "language/languagedata.h"
#include "language/suffixrules.h"
#include "language/wordtokenizer.h"

#include <QHash>

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>

namespace
{
// British endings as American ones: "organisation" and "organization" compare equal.
void foldSpelling(QString &w)
{
    static const SuffixRules spellings(QStringLiteral("normalization/spellings"));
    // Short words keep their ending: "our", "four", "rise".
    spellings.apply(w, 3);
}

void stem(QString &w)
{
    static const SuffixRules inflections(QStringLiteral("normalization/inflections"));
    if (!w.endsWith(u"ss") && !w.endsWith(u"us") && !w.endsWith(u"is"))
        inflections.apply(w, 3);
    if (w.size() > 4 && w.endsWith(u'e'))
        w.chop(1);
    // "dropped" -> "dropp" -> "drop"
    if (w.size() > 3 && w.at(w.size() - 1) == w.at(w.size() - 2) && w.at(w.size() - 1) != u'l'
        && w.at(w.size() - 1) != u's' && !QStringView(u"aeiou").contains(w.at(w.size() - 1)))
        w.chop(1);
}

// "i"+"am" -> "i'm", "do"+"not" -> "don't": the two spellings of a contraction get one key.
QString contracted(const QString &a, const QString &b)
{
    static const WordTable pronouns = LanguageData::wordSet(QStringLiteral("normalization/contraction-subjects"));
    static const WordTable auxiliaries = LanguageData::wordSet(QStringLiteral("normalization/negatable-auxiliaries"));
    if (b == u"not") {
        if (a == u"can")
            return QStringLiteral("can't");
        if (a == u"will")
            return QStringLiteral("won't");
        if (auxiliaries.contains(a))
            return a + u"n't";
        return {};
    }
    if (!pronouns.contains(a))
        return {};
    if (b == u"am")
        return a + u"'m";
    if (b == u"are")
        return a + u"'re";
    if (b == u"is" || b == u"has")
        return a + u"'s";
    if (b == u"will")
        return a + u"'ll";
    if (b == u"would" || b == u"had")
        return a + u"'d";
    if (b == u"have")
        return a + u"'ve";
    return {};
}

// "going to" -> the key of "gonna": the written words and a transcript's spoken form compare equal.
struct InformalForms {
    QHash<QString, QString> keys; // "going to" -> key of "gonna"
    qsizetype longestFirst = 0; // most pairs of a quote are turned away by their lengths alone
    qsizetype longestSecond = 0;

    InformalForms()
    {
        for (const QString &line : LanguageData::list(QStringLiteral("normalization/informal-forms")).words()) {
            const QStringList parts = line.split(u' ');
            if (parts.size() != 3)
                continue;
            keys.insert(parts.at(1) + u' ' + parts.at(2), TextNormalizer::fold(parts.at(0)));
            longestFirst = std::max(longestFirst, parts.at(1).size());
            longestSecond = std::max(longestSecond, parts.at(2).size());
        }
    }

    // The key the two words as written merge into, when nothing but one space parts them ("going to", not
    // "going, to"); empty when they are no such pair.
    QString merged(QStringView text, const NormalizedWord &a, const NormalizedWord &b) const
    {
        if (a.span.length() > longestFirst || a.span.end != b.span.start - 1 || !text.at(a.span.end).isSpace())
            return {};
        QStringView second = text.mid(b.span.start, b.span.length());
        while (!second.isEmpty() && !second.back().isLetterOrNumber())
            second.chop(1);
        if (second.size() > longestSecond)
            return {};
        return keys.value((text.mid(a.span.start, a.span.length()) + u' ' + second).toLower());
    }
};

bool isContraction(const QString &w)
{
    const qsizetype apo = w.indexOf(u'\'');
    return apo > 0 && apo + 1 < w.size();
}
}

QString TextNormalizer::fold(QStringView word)
{
    QString w;
    w.reserve(word.size());
    bool accents = false;
    for (QChar c : word) {
        const char16_t u = c.unicode();
        if (u < 0x80) {
            if ((u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9') || u == u'\'')
                w.append(c);
            else if (u >= u'A' && u <= u'Z')
                w.append(QChar(u + 32));
            continue;
        }
        accents = true;
        if (Characters::isApostrophe(c))
            w.append(u'\'');
        else if (c.isLetterOrNumber())
            w.append(c.toLower());
    }
    if (accents) {
        QString plain;
        for (QChar c : w.normalized(QString::NormalizationForm_D)) {
            if (!c.isMark())
                plain.append(c);
        }
        w = plain;
    }
    if (w == u"cannot")
        return QStringLiteral("can't");
    if (isContraction(w)) {
        // Possessives compare as the bare noun; "he's", "don't", "I'm" stay whole.
        static const WordTable keepS = LanguageData::wordSet(QStringLiteral("normalization/is-contractions"));
        if (w.endsWith(u"'s") && !keepS.contains(w))
            w.chop(2);
        else
            return w;
    }
    if (w.endsWith(u'\''))
        w.chop(1);
    bool digits = false;
    for (QChar c : std::as_const(w))
        digits = digits || c.isDigit();
    // Short words are function words more often than inflected forms: "does", "this", "news".
    if (digits || w.size() < 5)
        return w;
    foldSpelling(w);
    stem(w);
    return w;
}

namespace
{
QList<NormalizedWord> normalise(QStringView text, bool display);
}

QList<NormalizedWord> TextNormalizer::words(QStringView text)
{
    return normalise(text, true);
}

namespace
{
// fold() of a word as written, remembered per thread: a corpus repeats a small vocabulary, and folding
// (stemming above all) is most of normalising a quote. The cache is emptied when full, so it stays small.
QString foldOnce(QStringView word)
{
    struct ViewHash {
        using is_transparent = void;
        size_t operator()(std::u16string_view s) const { return std::hash<std::u16string_view> {}(s); }
    };
    constexpr size_t MaxCached = 1 << 16;
    thread_local std::unordered_map<std::u16string, QString, ViewHash, std::equal_to<>> cache;
    const std::u16string_view key(word.utf16(), size_t(word.size()));
    const auto it = cache.find(key);
    if (it != cache.end())
        return it->second;
    if (cache.size() >= MaxCached)
        cache.clear();
    QString folded = TextNormalizer::fold(word);
    cache.emplace(std::u16string(key), folded);
    return folded;
}

QList<NormalizedWord> normalise(QStringView text, bool display)
{
    QList<NormalizedWord> raw;
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n) {
        if (!text.at(i).isLetterOrNumber()) {
            ++i;
            continue;
        }
        const qsizetype start = i;
        i = WordTokenizer::wordEnd(text, start);
        const qsizetype wordEnd = i;
        // Trailing punctuation belongs to the word's cell, so words align before punctuation does.
        while (i < n && !text.at(i).isSpace() && !text.at(i).isLetterOrNumber())
            ++i;
        NormalizedWord word;
        word.span = { int(start), int(i) };
        word.key = foldOnce(text.mid(start, wordEnd - start));
        raw.append(word);
    }
    // Pairs are merged in place: words[kept - 1] is the last word kept so far.
    {
        static const InformalForms informal;
        qsizetype kept = 0;
        for (qsizetype r = 0; r < raw.size(); ++r) {
            if (kept > 0) {
                const QString key = informal.merged(text, raw[kept - 1], raw[r]);
                if (!key.isEmpty()) {
                    raw[kept - 1].key = key;
                    raw[kept - 1].span.end = raw[r].span.end;
                    continue;
                }
            }
            if (kept != r)
                raw[kept] = std::move(raw[r]);
            ++kept;
        }
        raw.resize(kept);
    }
    // "have not" before "we have": "we have not" is "we haven't", as written either way.
    for (const bool negation : { true, false }) {
        qsizetype kept = 0;
        for (qsizetype r = 0; r < raw.size(); ++r) {
            if (kept > 0 && (raw[r].key == u"not") == negation) {
                NormalizedWord &prev = raw[kept - 1];
                const NormalizedWord &word = raw[r];
                // Only words with nothing but one space between them.
                const bool adjacent = prev.span.end == word.span.start - 1 && text.at(prev.span.end).isSpace();
                const QString contraction = adjacent ? contracted(prev.key, word.key) : QString();
                if (!contraction.isEmpty()) {
                    prev.key = contraction;
                    prev.span.end = word.span.end;
                    continue;
                }
            }
            if (kept != r)
                raw[kept] = std::move(raw[r]);
            ++kept;
        }
        raw.resize(kept);
    }
    if (display) {
        for (NormalizedWord &word : raw)
            word.display = text.mid(word.span.start, word.span.length()).toString();
    }
    return raw;
}
}

QStringList TextNormalizer::keys(QStringView text)
{
    QStringList keys;
    const QList<NormalizedWord> ws = normalise(text, false);
    keys.reserve(ws.size());
    for (const NormalizedWord &w : ws)
        keys.append(w.key);
    return keys;
}

namespace
{
// A key's number from its text alone. Not qHash: Qt mixes a per-process random seed into string hashes even
// when given one, and the grouper's order of candidates follows these numbers, so statements would differ
// from one run to the next.
uint stableKey(QStringView key)
{
    uint64_t h = 0xcbf29ce484222325ULL; // FNV-1a over the UTF-16 units, then a full mix of the bits
    for (const QChar c : key)
        h = (h ^ c.unicode()) * 0x100000001b3ULL;
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdULL;
    h ^= h >> 33;
    return uint(h);
}
}

std::vector<KeyedWord> TextNormalizer::keyedWords(QStringView text)
{
    const QList<NormalizedWord> ws = normalise(text, false);
    std::vector<KeyedWord> out;
    out.reserve(ws.size());
    for (const NormalizedWord &w : ws)
        out.push_back({ w.span, stableKey(w.key) });
    return out;
}
