// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "quotes/statementgrouper.h"

#include "quotes/unionfind.h"

#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>
#include <array>
#include <cmath>
#include <functional>
#include <iterator>
#include <limits>
#include <numeric>
#include <span>
#include <tuple>
#include <unordered_map>

namespace
{
// A bigram shared by more quotes than this says little about which statement a quote renders: a quote
// looks for candidates through its rarer bigrams only, and always through its MinProbes rarest ones.
constexpr int MaxPosting = 128;
constexpr int MinProbes = 2;
// One link to a statement's rendering joins the statement: a quote keeps its first MaxEdges links (rarest
// bigrams first) so that a phrase repeated a million times does not keep a million lists of links.
constexpr int MaxEdges = 32;
constexpr int QuoteBits = 24;
constexpr uint64_t QuoteMask = (uint64_t(1) << QuoteBits) - 1;
// Below this many words a direct quote joins statements like a fragment.
constexpr int MinFullWords = 4;
// A link between full quotes is found with its kind, and a loose one with how many words it shares (up
// to MaxWeight), in these bits of its first quote's index (quote indices take QuoteBits).
constexpr int LooseEdge = 1 << 28;
constexpr int ApartEdge = 1 << 29;
constexpr int WeightShift = QuoteBits;
constexpr int MaxWeight = 15;
constexpr int EdgeBits = LooseEdge | ApartEdge | (MaxWeight << WeightShift);

// What a quote may do, in one byte per quote for the tight candidate loops.
enum class Role : uint8_t {
    None, // not groupable, or a copy that joins its original at the end
    Full, // founds statements
    Part, // a fragment or a short quote: joins a statement rather than founding one
};

uint64_t bigramHash(int a, int b)
{
    uint64_t h = (uint64_t(uint32_t(a)) << 32) | uint32_t(b);
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdULL;
    h ^= h >> 33;
    return h >> QuoteBits; // leaves room for the quote index in the posting entry
}

// Every quote's sorted, unique word ids and bigram ids, each kind in one array, quote after quote in the input's
// order: the candidate loops read neighbouring memory rather than a list of its own per quote, and building them
// allocates nothing per quote.
class Prepared
{
public:
    // Copies get no lists: they stay out of the index and the searches.
    Prepared(const QList<GroupInput> &quotes, const std::vector<int> &copyOf)
    {
        const int n = int(quotes.size());
        // Each quote first fills a slot as long as its words (one fewer bigrams), all in parallel; what its
        // duplicates leave free is closed up afterwards. The sizes wait in the offsets meanwhile.
        std::vector<int> wordSlot(size_t(n) + 1, 0);
        std::vector<int> hashSlot(size_t(n) + 1, 0);
        for (int q = 0; q < n; ++q) {
            const int size = copyOf[size_t(q)] < 0 ? int(quotes.at(q).words.size()) : 0;
            wordSlot[size_t(q) + 1] = wordSlot[size_t(q)] + size;
            hashSlot[size_t(q) + 1] = hashSlot[size_t(q)] + std::max(0, size - 1);
        }
        m_words.resize(size_t(wordSlot[size_t(n)]));
        m_hashes.resize(size_t(hashSlot[size_t(n)]));
        m_wordFrom.assign(size_t(n) + 1, 0);
        m_bigramFrom.assign(size_t(n) + 1, 0);
        QList<std::pair<int, int>> chunks;
        constexpr int Chunk = 4096;
        for (int from = 0; from < n; from += Chunk)
            chunks.append({ from, std::min(n, from + Chunk) });
        QtConcurrent::blockingMap(chunks, [&](std::pair<int, int> range) {
            for (int q = range.first; q < range.second; ++q) {
                if (copyOf[size_t(q)] >= 0)
                    continue;
                const std::span<const int> words = quotes.at(q).words;
                int *w = m_words.data() + wordSlot[size_t(q)];
                std::copy(words.begin(), words.end(), w);
                std::sort(w, w + words.size());
                m_wordFrom[size_t(q) + 1] = int(std::unique(w, w + words.size()) - w);
                uint64_t *h = m_hashes.data() + hashSlot[size_t(q)];
                for (size_t i = 1; i < words.size(); ++i)
                    h[i - 1] = bigramHash(words[i - 1], words[i]);
                const size_t hashes = words.empty() ? 0 : words.size() - 1;
                std::sort(h, h + hashes);
                m_bigramFrom[size_t(q) + 1] = int(std::unique(h, h + hashes) - h);
            }
        });
        for (int q = 0; q < n; ++q) {
            const int words = m_wordFrom[size_t(q) + 1];
            std::copy_n(m_words.begin() + wordSlot[size_t(q)], words, m_words.begin() + m_wordFrom[size_t(q)]);
            m_wordFrom[size_t(q) + 1] = m_wordFrom[size_t(q)] + words;
            const int hashes = m_bigramFrom[size_t(q) + 1];
            std::copy_n(m_hashes.begin() + hashSlot[size_t(q)], hashes, m_hashes.begin() + m_bigramFrom[size_t(q)]);
            m_bigramFrom[size_t(q) + 1] = m_bigramFrom[size_t(q)] + hashes;
        }
        m_words.resize(size_t(m_wordFrom[size_t(n)]));
        m_hashes.resize(size_t(m_bigramFrom[size_t(n)]));
    }

    std::span<const int> words(int q) const
    {
        return { m_words.data() + m_wordFrom[size_t(q)], m_words.data() + m_wordFrom[size_t(q) + 1] };
    }
    std::span<const int> bigrams(int q) const
    {
        return { m_bigrams.data() + m_bigramFrom[size_t(q)], m_bigrams.data() + m_bigramFrom[size_t(q) + 1] };
    }
    int quoteCount() const { return int(m_wordFrom.size()) - 1; }
    size_t bigramCount() const { return size_t(m_bigramFrom.back()); }
    // Quote q's bigrams as hashes, before the index has turned them into ids.
    std::span<const uint64_t> hashes(int q) const
    {
        return { m_hashes.data() + m_bigramFrom[size_t(q)], m_hashes.data() + m_bigramFrom[size_t(q) + 1] };
    }
    // The index gives the bigram ids, quote after quote in the order of the hashes, and the hashes go.
    template<typename Fill>
    void replaceHashes(Fill fill)
    {
        m_hashes = {};
        m_bigrams.resize(size_t(m_bigramFrom.back()));
        fill(m_bigrams.data(), m_bigramFrom);
    }
    void prefetchOffsets(int q) const
    {
        __builtin_prefetch(&m_wordFrom[size_t(q)]);
        __builtin_prefetch(&m_bigramFrom[size_t(q)]);
    }
    void prefetchLists(int q) const
    {
        __builtin_prefetch(m_words.data() + m_wordFrom[size_t(q)]);
        __builtin_prefetch(m_bigrams.data() + m_bigramFrom[size_t(q)]);
    }

private:
    std::vector<int> m_words;
    std::vector<int> m_wordFrom; // quote q's words: [m_wordFrom[q], m_wordFrom[q + 1])
    std::vector<int> m_bigrams;
    std::vector<int> m_bigramFrom; // quote q's bigrams (and hashes): [m_bigramFrom[q], m_bigramFrom[q + 1])
    std::vector<uint64_t> m_hashes;
};

// The inverted index: for every distinct bigram, the quotes that contain it (compressed rows).
class BigramIndex
{
public:
    // Gives every quote its bigram ids, in the order of its hashes.
    explicit BigramIndex(Prepared &prepared)
    {
        const int n = prepared.quoteCount();
        std::vector<uint64_t> entries;
        entries.reserve(prepared.bigramCount());
        for (int q = 0; q < n; ++q) {
            for (uint64_t b : prepared.hashes(q))
                entries.push_back((b << QuoteBits) | uint64_t(q));
        }
        prepared.replaceHashes([&](int *bigrams, const std::vector<int> &from) {
            std::sort(entries.begin(), entries.end());
            m_postings.reserve(entries.size());
            std::vector<int> next(from.cbegin(), from.cend() - 1);
            uint64_t current = ~uint64_t(0);
            for (uint64_t e : entries) {
                if ((e >> QuoteBits) != current) {
                    current = e >> QuoteBits;
                    m_offsets.push_back(int(m_postings.size()));
                }
                const int q = int(e & QuoteMask);
                m_postings.push_back(q);
                bigrams[next[size_t(q)]++] = int(m_offsets.size() - 1);
            }
        });
        m_offsets.push_back(int(m_postings.size()));
    }

    const int *begin(int bigram) const { return m_postings.data() + m_offsets[bigram]; }
    const int *end(int bigram) const { return m_postings.data() + m_offsets[bigram + 1]; }
    int frequency(int bigram) const { return m_offsets[bigram + 1] - m_offsets[bigram]; }

private:
    std::vector<int> m_postings;
    std::vector<int> m_offsets;
};

// An uncredited fragment of a word or three ("node:fs", "1.0.0") says too little to link two articles: copies
// of it, another such fragment or an uncredited full quote elsewhere that holds it are common strings, not one
// remark. It may still join a credited quote of another article that holds it.
bool staysHome(const GroupInput &in, Role role)
{
    return role == Role::Part && in.speaker < 0 && int(in.words.size()) < MinFullWords;
}

// Whether a link between two quotes may cross articles, or stays in one.
bool mayLink(const GroupInput &a, Role roleA, const GroupInput &b, Role roleB)
{
    return a.article == b.article || !(staysHome(a, roleA) || staysHome(b, roleB));
}

bool sameArticle(const GroupInput &a, const GroupInput &b)
{
    return a.article >= 0 && a.article == b.article && !a.headline && !b.headline;
}

bool speakersAgree(const GroupInput &a, const GroupInput &b)
{
    return a.speaker < 0 || b.speaker < 0 || a.speaker == b.speaker;
}

// Candidates sharing probe bigrams with quote `q`, among those `accept` lets through; returns how many of
// q's bigrams were not probed, so that a low count can still rule a candidate out.
// Postings are sorted by quote, so a search among earlier quotes only (`below`) stops early.
template<typename Accept>
int candidates(const BigramIndex &index, std::span<const int> bigrams, int q, std::vector<uint8_t> &count,
    std::vector<int> &touched, Accept accept, int below = std::numeric_limits<int>::max())
{
    touched.clear();
    // Each frequency is looked up once: the offsets table is large and far from the cache.
    thread_local std::vector<std::pair<int, int>> probes;
    probes.clear();
    for (int b : bigrams)
        probes.emplace_back(index.frequency(b), b);
    std::sort(probes.begin(), probes.end());
    // The rows are far apart in a large table: asked for all at once, they arrive together rather than one by one.
    for (size_t r = 0; r < probes.size() && (r < size_t(MinProbes) || probes[r].first <= MaxPosting); ++r)
        __builtin_prefetch(index.begin(probes[r].second));
    for (size_t r = 0; r < probes.size(); ++r) {
        if (r >= size_t(MinProbes) && probes[r].first > MaxPosting)
            return int(probes.size() - r);
        // A common bigram that must be probed is read only near q: the MaxPosting quotes before q that hold
        // it (after it too when later quotes count). Quotes that repeat one phrase would otherwise each
        // read all the others, and renderings of one statement are linked by any of their neighbours.
        const int *from = index.begin(probes[r].second);
        const int *to = index.end(probes[r].second);
        if (to - from > MaxPosting) {
            const int *at = std::lower_bound(from, to, std::min(q, below));
            const int before = below <= q ? MaxPosting : MaxPosting / 2;
            from = at - std::min<std::ptrdiff_t>(at - from, before);
            to = std::min(to, from + MaxPosting);
        }
        for (const int *it = from; it != to; ++it) {
            const int other = *it;
            if (other >= below)
                break;
            if (other == q || !accept(other))
                continue;
            if (count[other] == 0)
                touched.push_back(other);
            if (count[other] < 255)
                ++count[other];
        }
    }
    return 0;
}

// How many values two sorted lists have in common.
int countShared(std::span<const int> a, std::span<const int> b)
{
    int shared = 0;
    for (size_t i = 0, j = 0; i < a.size() && j < b.size();) {
        if (a[i] < b[j]) {
            ++i;
        } else if (b[j] < a[i]) {
            ++j;
        } else {
            ++shared;
            ++i;
            ++j;
        }
    }
    return shared;
}

// Brings the candidates' lists towards the cache all together before they are compared: candidates lie far apart in
// the large arrays, and waiting for them one candidate at a time was most of the time of the loops over candidates.
void prefetchLists(const Prepared &prepared, const QList<GroupInput> &quotes, const std::vector<int> &touched)
{
    for (const int o : touched) {
        prepared.prefetchOffsets(o);
        __builtin_prefetch(&quotes.at(o).speaker);
    }
    for (const int o : touched)
        prepared.prefetchLists(o);
}

// For each quote, the earlier quote it repeats word for word with the same speaker and role, else -1.
// A line reprinted by a thousand outlets would otherwise make a thousand candidates for each of its
// copies; every copy is similar() to its original, so joining them directly changes no statement.
// Quotes of fewer than two distinct words are left alone: similar() does not join those.
std::vector<int> exactCopies(const QList<GroupInput> &quotes, const std::vector<Role> &role)
{
    const int n = int(quotes.size());
    std::vector<int> copyOf(n, -1);
    std::unordered_map<uint64_t, std::vector<int>> originals;
    for (int i = 0; i < n; ++i) {
        const GroupInput &in = quotes.at(i);
        if (role[i] == Role::None || in.words.size() < 2)
            continue;
        uint64_t h = (uint64_t(uint32_t(in.speaker)) << 8) ^ (uint64_t(role[i]) << 1) ^ uint64_t(in.term);
        if (staysHome(in, role[i]))
            h ^= uint64_t(uint32_t(in.article)) << 40;
        for (int w : in.words)
            h = (h ^ uint64_t(uint32_t(w))) * 0x100000001b3ULL;
        std::vector<int> &same = originals[h];
        const auto original = std::find_if(same.cbegin(), same.cend(), [&](int o) {
            const GroupInput &other = quotes.at(o);
            return std::ranges::equal(other.words, in.words) && other.speaker == in.speaker && role[o] == role[i]
                && other.term == in.term && mayLink(in, role[i], other, role[o]);
        });
        if (original != same.cend()) {
            copyOf[i] = *original;
            continue;
        }
        if (std::adjacent_find(in.words.begin(), in.words.end(), std::not_equal_to<>()) == in.words.end())
            continue; // one distinct word, repeated
        same.push_back(i);
    }
    return copyOf;
}

// Whether `shared` probed bigrams can reach the containment similar() asks for. When a quote could not
// probe its most common bigrams, the containment is asked of the probed ones: renderings of one statement
// share their rare bigrams at least as much as their common ones.
bool mayBeSimilar(int shared, int unprobed, std::span<const int> a, std::span<const int> b)
{
    const size_t probed = a.size() - size_t(unprobed);
    const size_t smaller = std::min(probed, b.size());
    return shared >= std::max(1, int(std::ceil(0.4 * double(smaller))));
}

// Whether quote b goes on where quote a, just before it in one article, stopped: the next direct quote
// of the same speaker in the same paragraph ("“…,” she said. “…”"), a paragraph that is nothing but
// the quote, right after a's paragraph (the cue-less paragraphs of a speech, letter or post), or the quote
// opening the next paragraph when a's paragraph ends without closing a (the convention for a passage
// quoted over paragraphs, even where the next one names the speaker again: "“…” he added"). Quotes that
// one speech verb credits in one sentence render one remark too ("said it was a “careful review” and that
// “…”"), fragments and labels of two words or more included. A quote answering a question put after the one
// before ("When asked about the fares, she added “…”") is a new turn of the exchange.
// Whether one speech verb credits both quotes, next to each other in one sentence of one article.
bool creditedTogether(const GroupInput &a, const GroupInput &b)
{
    const auto saysSomething = [](const GroupInput &q) { return !q.term || q.words.size() >= 2; };
    return a.groupable && b.groupable && a.paragraph >= 0 && a.article == b.article && a.speaker >= 0
        && a.speaker == b.speaker && saysSomething(a) && saysSomething(b) && a.cue >= 0 && a.cue == b.cue
        && a.sentence == b.sentence;
}

bool continues(const GroupInput &a, const GroupInput &b)
{
    if (!a.groupable || !b.groupable || a.paragraph < 0 || a.article != b.article || b.answers)
        return false;
    const bool sameSpeaker = a.speaker >= 0 && a.speaker == b.speaker;
    if (creditedTogether(a, b))
        return true;
    if (a.fragment || b.fragment)
        return false;
    if (a.paragraph == b.paragraph)
        return sameSpeaker;
    // A quote paragraph without a cue goes on with the previous one's source, credited or not ("one
    // official said"); within a paragraph, two uncredited quotes may be two sources.
    if (b.paragraph != a.paragraph + 1)
        return false;
    if (a.runsOn && b.opensParagraph && (sameSpeaker || b.speaker < 0))
        return true;
    return b.isParagraph && (sameSpeaker || (a.speaker < 0 && b.speaker < 0));
}

// Renderings reworded or translated anew ("extravagant ambitions led to treason", "excessive ambitions
// have led to treason") share few bigrams but most of their meaningful words: one speaker's (or an
// uncredited) quote joins an earlier one when they share at least MinSharedContent such words and those
// make most of the shorter one's. Candidates come through the rarer words only, so this stays linear.
void joinRewordings(const QList<GroupInput> &quotes, const std::vector<Role> &role, UnionFind &sets)
{
    constexpr int MinSharedContent = 4;
    constexpr double MinContentShare = 0.6;
    const int n = int(quotes.size());
    const auto eligible
        = [&](int q) { return role[q] != Role::None && int(quotes.at(q).content.size()) >= MinSharedContent; };
    // Each quote's meaningful words as dense ids, then for each id the quotes holding it in order (compressed
    // rows): the search below hashes nothing.
    std::unordered_map<int, int> ids;
    std::vector<int> idsOf; // the eligible quotes' ids, quote after quote
    std::vector<int> idsFrom(size_t(n) + 1, 0);
    for (int q = 0; q < n; ++q) {
        idsFrom[size_t(q)] = int(idsOf.size());
        if (!eligible(q))
            continue;
        for (int w : quotes.at(q).content)
            idsOf.push_back(ids.try_emplace(w, int(ids.size())).first->second);
    }
    idsFrom[size_t(n)] = int(idsOf.size());
    std::vector<int> postingFrom(ids.size() + 1, 0);
    for (int id : idsOf)
        ++postingFrom[size_t(id) + 1];
    std::partial_sum(postingFrom.begin(), postingFrom.end(), postingFrom.begin());
    std::vector<int> postings(idsOf.size());
    {
        std::vector<int> next(postingFrom.begin(), postingFrom.end() - 1);
        for (int q = 0; q < n; ++q) {
            for (int k = idsFrom[size_t(q)]; k < idsFrom[size_t(q) + 1]; ++k)
                postings[size_t(next[size_t(idsOf[size_t(k)])]++)] = q;
        }
    }
    const auto findRewordings
        = [&](int q, std::vector<int> &shared, std::vector<int> &touched, std::vector<std::pair<int, int>> &joins) {
              touched.clear();
              for (int k = idsFrom[size_t(q)]; k < idsFrom[size_t(q) + 1]; ++k) {
                  const int id = idsOf[size_t(k)];
                  const int from = postingFrom[size_t(id)];
                  const int to = postingFrom[size_t(id) + 1];
                  if (to - from > MaxPosting)
                      continue;
                  for (int p = from; p < to && postings[size_t(p)] < q; ++p) {
                      const int o = postings[size_t(p)];
                      if (shared[size_t(o)]++ == 0)
                          touched.push_back(o);
                  }
              }
              for (int o : touched) {
                  const int count = shared[size_t(o)];
                  shared[size_t(o)] = 0;
                  const size_t smaller = std::min(quotes.at(q).content.size(), quotes.at(o).content.size());
                  if (count >= MinSharedContent && count >= MinContentShare * double(smaller)
                      && speakersAgree(quotes.at(q), quotes.at(o)))
                      joins.emplace_back(o, q);
              }
          };
    // Quotes search in parallel chunks; the joins are made in quote order afterwards, as one pass would.
    QList<std::pair<int, int>> chunks;
    constexpr int Chunk = 4096;
    for (int from = 0; from < n; from += Chunk)
        chunks.append({ from, std::min(n, from + Chunk) });
    const auto found = QtConcurrent::blockingMapped(chunks, [&](std::pair<int, int> range) {
        std::vector<std::pair<int, int>> joins;
        // One counter per worker thread, reset entry by entry after use.
        thread_local std::vector<int> shared;
        thread_local std::vector<int> touched;
        if (shared.size() != size_t(n))
            shared.assign(size_t(n), 0);
        for (int q = range.first; q < range.second; ++q)
            findRewordings(q, shared, touched, joins);
        return joins;
    });
    for (const auto &joins : found) {
        for (const auto &[a, b] : joins)
            sets.unite(a, b);
    }
}

// A word or two credited to a speaker ("Ruiz called it “treason”") renders the statement of that speaker
// whose renderings hold all its words; where several do, the one most renderings hold it in (ties: one
// quoted in the same article, then the earliest). Such quotes are too short for similar(): they share no
// bigram, or one that any sentence may hold. Only the lists of the words these quotes need are kept.
// Headlines choose after the body: a headline's word joins its article's statement, which the body's own
// credited words may have just joined.
void joinCreditedWords(const QList<GroupInput> &quotes, const std::vector<Role> &role, UnionFind &sets, bool headlines)
{
    constexpr size_t MaxWords = 3;
    constexpr size_t MaxHolders = 1024;
    const int n = int(quotes.size());
    std::vector<int> size(n, 0);
    for (int q = 0; q < n; ++q) {
        if (quotes.at(q).groupable)
            ++size[size_t(sets.find(q))];
    }
    const auto distinct = [](std::span<const int> words) {
        std::vector<int> d(words.begin(), words.end());
        std::sort(d.begin(), d.end());
        d.erase(std::unique(d.begin(), d.end()), d.end());
        return d;
    };
    const auto key = [](int speaker, int word) { return (uint64_t(uint32_t(speaker)) << 32) | uint32_t(word); };
    std::vector<int> lone;
    std::unordered_map<uint64_t, std::vector<int>> holders;
    for (int q = 0; q < n; ++q) {
        const GroupInput &in = quotes.at(q);
        // A function word ("now") is in too many statements to say which one it renders.
        if (role[q] != Role::Part || in.speaker < 0 || in.content.empty() || size[size_t(sets.find(q))] != 1
            || in.headline != headlines)
            continue;
        const std::vector<int> words = distinct(in.words);
        if (words.size() > MaxWords)
            continue;
        lone.push_back(q);
        holders.try_emplace(key(in.speaker, words.front()));
    }
    if (lone.empty())
        return;
    for (int c = 0; c < n; ++c) {
        const GroupInput &in = quotes.at(c);
        // Another lone word or two is no statement to join.
        if (!in.groupable || in.speaker < 0
            || (role[c] == Role::Part && size[size_t(sets.find(c))] == 1 && distinct(in.words).size() <= MaxWords))
            continue;
        for (int w : distinct(in.words)) {
            const auto it = holders.find(key(in.speaker, w));
            if (it != holders.end() && it->second.size() < MaxHolders)
                it->second.push_back(c);
        }
    }
    std::vector<std::pair<int, int>> joins;
    for (int q : lone) {
        const GroupInput &in = quotes.at(q);
        const std::vector<int> words = distinct(in.words);
        std::unordered_map<int, std::pair<int, bool>> found; // statement: renderings holding q, one in q's article
        for (int c : holders.at(key(in.speaker, words.front()))) {
            const std::span<const int> cw = quotes.at(c).words;
            if (!std::all_of(words.cbegin(), words.cend(),
                    [&](int w) { return std::find(cw.begin(), cw.end(), w) != cw.end(); }))
                continue;
            auto &f = found[sets.find(c)];
            ++f.first;
            f.second = f.second || (in.article >= 0 && quotes.at(c).article == in.article);
        }
        int best = -1;
        std::tuple<int, bool, int> bestRank;
        for (const auto &[root, f] : found) {
            // A headline sums up its own article: its words render what that article quotes.
            if (in.headline && !f.second)
                continue;
            const std::tuple<int, bool, int> rank { f.first, f.second, -root };
            if (best < 0 || rank > bestRank) {
                best = root;
                bestRank = rank;
            }
        }
        if (best >= 0)
            joins.emplace_back(best, q);
    }
    for (const auto &[a, b] : joins)
        sets.unite(a, b);
}

// Pieces of one uninterrupted remark quoted in turn in one article join one statement. Two statements
// that other articles render are joined this way only when they are rendered by the same articles: an
// outlet that quotes one without the other shows them to be separate points of a longer speech. Where one
// speech verb credits both pieces in one sentence, it is enough that every outlet quoting the one also
// quotes the other: the outlets that quote less of the remark quote its better-known half. So it is where
// every outlet quoting the one quotes it as one passage with the other (the next paragraph of a quote left
// open, a quote paragraph with no cue): none of them sets the two apart. A piece one article alone quotes
// between two points that stay apart may belong to either, and joins neither.
void joinContinuations(const QList<GroupInput> &quotes, UnionFind &sets)
{
    const int n = int(quotes.size());
    // Each statement's articles as a count and an order-free hash of the distinct ones.
    std::vector<std::pair<int, int>> inArticle;
    for (int q = 0; q < n; ++q) {
        // A headline quote (no article of its own here) says nothing about which points an outlet quotes.
        if (quotes.at(q).groupable && quotes.at(q).paragraph >= 0)
            inArticle.emplace_back(sets.find(q), quotes.at(q).article);
    }
    std::sort(inArticle.begin(), inArticle.end());
    inArticle.erase(std::unique(inArticle.begin(), inArticle.end()), inArticle.end());
    std::vector<int> articles(n, 0);
    std::vector<uint64_t> signature(n, 0);
    for (const auto &[root, article] : inArticle) {
        ++articles[size_t(root)];
        uint64_t h = uint64_t(uint32_t(article)) * 0x9e3779b97f4a7c15ULL;
        signature[size_t(root)] += h ^ (h >> 29);
    }
    // A joined statement's articles are those of its wider part: the root whose range of inArticle lists them.
    std::vector<int> listedAs(n);
    std::iota(listedAs.begin(), listedAs.end(), 0);
    const auto articlesOf = [&](int root) {
        return std::equal_range(inArticle.cbegin(), inArticle.cend(), std::pair<int, int>(listedAs[size_t(root)], 0),
            [](const std::pair<int, int> &x, const std::pair<int, int> &y) { return x.first < y.first; });
    };
    const auto quotedWith = [&](int narrower, int wider) {
        const auto [from, to] = articlesOf(narrower);
        const auto [wideFrom, wideTo] = articlesOf(wider);
        return std::includes(wideFrom, wideTo, from, to,
            [](const std::pair<int, int> &x, const std::pair<int, int> &y) { return x.second < y.second; });
    };
    // Each article's quotes, which come together in the input: [first, end).
    std::unordered_map<int, std::pair<int, int>> quotesOf;
    for (int q = 0; q < n; ++q)
        quotesOf.try_emplace(quotes.at(q).article, q, q).first->second.second = q + 1;
    // Whether every article quoting the narrower statement quotes it as one passage with the wider one.
    constexpr std::ptrdiff_t MaxArticles = 32;
    const auto onePassage = [&](int narrower, int wider) {
        const auto [from, to] = articlesOf(narrower);
        if (to - from > MaxArticles)
            return false;
        return std::all_of(from, to, [&](const std::pair<int, int> &held) {
            const auto [first, end] = quotesOf.at(held.second);
            for (int q = first; q + 1 < end; ++q) {
                const int a = sets.find(q);
                const int b = sets.find(q + 1);
                if (((a == narrower && b == wider) || (a == wider && b == narrower))
                    && continues(quotes.at(q), quotes.at(q + 1)))
                    return true;
            }
            return false;
        });
    };
    // Whether statements a and b, going on from one to the other at quotes q and q + 1 (-1: nowhere), stay apart.
    const auto apart = [&](int a, int b, int q) {
        // Both hold this article, so a statement found in it alone adds nothing to the other's articles.
        const bool sameArticles
            = articles[size_t(a)] == articles[size_t(b)] && signature[size_t(a)] == signature[size_t(b)];
        const int wider = articles[size_t(a)] >= articles[size_t(b)] ? a : b;
        const int narrower = wider == a ? b : a;
        return articles[size_t(a)] > 1 && articles[size_t(b)] > 1 && !sameArticles
            && !(quotedWith(narrower, wider)
                && ((q >= 0 && creditedTogether(quotes.at(q), quotes.at(q + 1))) || onePassage(narrower, wider)));
    };
    // A piece that this article alone quotes, between two statements that stay apart and each going on from it,
    // could end the one as well as open the other: it joins neither. `piece` is quote `at`'s statement.
    const auto between = [&](int piece, int at, int other) {
        if (articles[size_t(piece)] != 1)
            return false;
        for (const int o : { at - 1, at + 1 }) {
            if (o < 0 || o >= n || quotes.at(o).article != quotes.at(at).article)
                continue;
            const int third = sets.find(o);
            if (third != piece && third != other && articles[size_t(third)] > 1
                && continues(quotes.at(std::min(o, at)), quotes.at(std::max(o, at))) && apart(third, other, -1))
                return true;
        }
        return false;
    };
    for (int q = 0; q + 1 < n; ++q) {
        if (!continues(quotes.at(q), quotes.at(q + 1)))
            continue;
        const int a = sets.find(q);
        const int b = sets.find(q + 1);
        if (a == b || apart(a, b, q) || between(a, q, b) || between(b, q + 1, a))
            continue;
        const int wider = articles[size_t(a)] >= articles[size_t(b)] ? a : b;
        const int count = articles[size_t(wider)];
        const uint64_t sig = signature[size_t(wider)];
        const int listed = listedAs[size_t(wider)];
        // The article itself shows the pieces to be one passage, however alike two of them look.
        sets.unite(a, b, true);
        articles[size_t(sets.find(a))] = count;
        signature[size_t(sets.find(a))] = sig;
        listedAs[size_t(sets.find(a))] = listed;
    }
}
}

// An uncredited quote's source goes on in the fragments after it in its paragraph that no speech verb credits
// to another subject ("“…,” the report said. The report also called the work “well planned”"); a credited
// quote between ends it, and so does the paragraph's reach: a news paragraph holds a few sentences, and a page
// that is one long line of text is no run of one source.
void joinUncreditedSource(const QList<GroupInput> &quotes, UnionFind &sets)
{
    constexpr qint64 MaxReach = 3; // sentences after the source's own
    const auto withinReach = [](const GroupInput &source, const GroupInput &in) {
        return source.sentence >= 0 && in.sentence >= source.sentence && in.sentence - source.sentence <= MaxReach;
    };
    // A word or three that already renders a statement elsewhere (copies of "1.0.0" down a page) is no more of
    // this source's: joined, it would chain every source that sits beside a copy.
    const int n = int(quotes.size());
    std::vector<int> members(size_t(n), 0);
    for (int q = 0; q < n; ++q)
        ++members[size_t(sets.find(q))];
    std::vector<uint8_t> renderedElsewhere(size_t(n), 0);
    for (int q = 0; q < n; ++q)
        renderedElsewhere[size_t(q)]
            = int(quotes.at(q).words.size()) < MinFullWords && members[size_t(sets.find(q))] > 1;
    int source = -1;
    for (int q = 0; q < n; ++q) {
        const GroupInput &in = quotes.at(q);
        if (source >= 0
            && (in.paragraph != quotes.at(source).paragraph || in.speaker >= 0 || !withinReach(quotes.at(source), in)))
            source = -1;
        if (!in.groupable || in.speaker >= 0 || in.paragraph < 0 || in.term)
            continue;
        if (!in.fragment)
            source = q;
        else if (source >= 0 && in.source >= 0 && in.source != quotes.at(source).source)
            source = -1;
        else if (source >= 0 && !renderedElsewhere[size_t(q)])
            sets.unite(source, q);
    }
}

// A statement that outlets render only in fragments renders the part of a longer one that no outlet quotes in
// full when every outlet quoting it sets it beside that one statement of its speaker (in its paragraph or the
// next): "“We will keep working closely with them,” she said. The work covers “every pier and crane”", twice.
// One outlet alone might set any two remarks side by side; the fragments join only where two outlets or
// more agree on the one statement, and quote it in their own words: copies of one wire story agree on
// everything.
void joinQuotedBeside(const QList<GroupInput> &quotes, UnionFind &sets)
{
    const int n = int(quotes.size());
    // Fragment-only statements quoted in the body of two articles or more, in two wordings or more: their
    // roots, marked 2.
    std::vector<uint8_t> state(n, 0); // 0 none, 1 one article or one wording so far, 2 both several, 3 not fragments
    std::vector<int> first(n, -1); // the first body rendering
    std::vector<uint8_t> reworded(n, 0);
    std::vector<uint8_t> elsewhere(n, 0);
    for (int q = 0; q < n; ++q) {
        const GroupInput &in = quotes.at(q);
        if (!in.groupable)
            continue;
        const auto r = size_t(sets.find(q));
        if (!in.fragment)
            state[r] = 3;
        if (state[r] == 3 || in.paragraph < 0)
            continue;
        if (first[r] < 0)
            first[r] = q;
        elsewhere[r] = elsewhere[r] || quotes.at(first[r]).article != in.article;
        reworded[r] = reworded[r] || !std::ranges::equal(quotes.at(first[r]).words, in.words);
        state[r] = elsewhere[r] && reworded[r] ? 2 : 1;
    }
    std::unordered_map<int, std::vector<int>> beside; // fragment statement: the statements every rendering is beside
    std::vector<int> around;
    for (int q = 0; q < n; ++q) {
        const GroupInput &in = quotes.at(q);
        const int r = in.groupable ? sets.find(q) : -1;
        if (r < 0 || state[size_t(r)] != 2 || in.paragraph < 0 || in.speaker < 0)
            continue;
        around.clear();
        for (const int o : { q - 1, q + 1 }) {
            if (o < 0 || o >= n)
                continue;
            const GroupInput &other = quotes.at(o);
            if (other.groupable && other.article == in.article && other.speaker == in.speaker && other.paragraph >= 0
                && std::abs(other.paragraph - in.paragraph) <= 1 && sets.find(o) != r)
                around.push_back(sets.find(o));
        }
        std::sort(around.begin(), around.end());
        const auto [it, inserted] = beside.try_emplace(r, around);
        if (!inserted) {
            std::vector<int> common;
            std::set_intersection(
                it->second.cbegin(), it->second.cend(), around.cbegin(), around.cend(), std::back_inserter(common));
            it->second = std::move(common);
        }
    }
    for (const auto &[fragments, statements] : beside) {
        if (statements.size() == 1)
            sets.unite(statements.front(), fragments);
    }
}

StatementGrouper::Overlap StatementGrouper::overlap(std::span<const int> wordsA, std::span<const int> bigramsA,
    std::span<const int> wordsB, std::span<const int> bigramsB)
{
    Overlap o;
    o.minWords = int(std::min(wordsA.size(), wordsB.size()));
    o.minBigrams = int(std::min(bigramsA.size(), bigramsB.size()));
    o.sharedWords = countShared(wordsA, wordsB);
    o.sharedBigrams = countShared(bigramsA, bigramsB);
    return o;
}

bool StatementGrouper::similar(const Overlap &o, bool sameSpeaker)
{
    if (o.minWords == 0 || o.minBigrams == 0 || o.sharedWords < 2 || o.sharedBigrams < 1)
        return false;
    const double words = double(o.sharedWords) / o.minWords;
    const double bigrams = double(o.sharedBigrams) / o.minBigrams;
    if (!sameSpeaker)
        return o.minWords >= 5 && words >= 0.8 && bigrams >= 0.7;
    if (o.minWords >= 8 && o.sharedBigrams < 3)
        return false;
    return words >= 0.6 && bigrams >= 0.4;
}

QList<int> StatementGrouper::group(const QList<GroupInput> &quotes)
{
    const int n = int(quotes.size());
    std::vector<Role> role(n, Role::None);
    for (int i = 0; i < n; ++i) {
        const GroupInput &in = quotes.at(i);
        if (in.groupable)
            role[i] = !in.fragment && int(in.words.size()) >= MinFullWords ? Role::Full : Role::Part;
    }
    const std::vector<int> copyOf = exactCopies(quotes, role);
    Prepared prepared(quotes, copyOf);
    // Copies stay out of the index and the searches: they join their original at the end.
    for (int i = 0; i < n; ++i) {
        if (copyOf[i] >= 0)
            role[i] = Role::None;
    }
    const BigramIndex index(prepared);
    const auto isFull = [&role](int i) { return role[i] == Role::Full; };
    const auto isPart = [&role](int i) { return role[i] == Role::Part; };

    // Runs `work(q, count, touched, out)` for every quote, in parallel chunks; returns what the chunks found.
    const auto inParallel = [n](auto work) {
        QList<std::pair<int, int>> chunks;
        constexpr int Chunk = 4096;
        for (int from = 0; from < n; from += Chunk)
            chunks.append({ from, std::min(n, from + Chunk) });
        return QtConcurrent::blockingMapped(chunks, [&work, n](std::pair<int, int> r) {
            std::vector<std::pair<int, int>> found;
            // One counter per worker thread, reset entry by entry after use.
            thread_local std::vector<uint8_t> count;
            thread_local std::vector<int> touched;
            if (count.size() != size_t(n))
                count.assign(n, 0);
            for (int q = r.first; q < r.second; ++q)
                work(q, count, touched, found);
            return found;
        });
    };

    // Full quotes: edges found in parallel, joined in one pass.
    UnionFind sets(n);
    const auto fullEdges = inParallel([&](int q, std::vector<uint8_t> &count, std::vector<int> &touched,
                                          std::vector<std::pair<int, int>> &found) {
        if (!isFull(q))
            return;
        const int unprobed = candidates(index, prepared.bigrams(q), q, count, touched, isFull, q);
        prefetchLists(prepared, quotes, touched);
        int edges = 0;
        for (int o : touched) {
            const int shared = count[o];
            count[o] = 0;
            if (edges == MaxEdges || !mayBeSimilar(shared, unprobed, prepared.bigrams(q), prepared.bigrams(o)))
                continue;
            const Overlap ov = overlap(prepared.words(q), prepared.bigrams(q), prepared.words(o), prepared.bigrams(o));
            if (!similar(ov, speakersAgree(quotes.at(q), quotes.at(o))))
                continue;
            // Two sentences of one article that look alike without being one are two sentences of one speech
            // ("I came to this office to mend the roads" / "I cannot mend the roads that brought me to this office").
            const bool close = similar(ov, false);
            // A headline renders what its own article quotes: a loose likeness to another article's quote is
            // a stock phrase said again ("a circus of chaos" on television and in a written statement).
            if (!close && (quotes.at(q).headline || quotes.at(o).headline)
                && quotes.at(q).article != quotes.at(o).article)
                continue;
            if (!close && sameArticle(quotes.at(q), quotes.at(o))) {
                found.emplace_back(o | ApartEdge, q);
                continue;
            }
            found.emplace_back(o | (close ? 0 : LooseEdge) | (std::min(ov.sharedWords, MaxWeight) << WeightShift), q);
            ++edges;
        }
    });
    // Pairs kept apart first, then the closest renderings join, then the looser ones, those sharing most
    // words first: a loose likeness does not bring a sentence into a statement whose own rendering in that
    // article is another, and a rendering of two points kept apart joins the one it holds more of.
    for (const auto &list : fullEdges) {
        for (const auto &[a, b] : list) {
            if (a & ApartEdge)
                sets.keepApart(a & ~EdgeBits, b);
        }
    }
    // Bucket of a link: the close ones first, each kind those sharing most words first.
    const auto bucket = [](int a) {
        return size_t((a & LooseEdge) ? MaxWeight + 1 : 0) + size_t(MaxWeight - ((a >> WeightShift) & MaxWeight));
    };
    std::array<size_t, 2 * (MaxWeight + 1) + 1> start {};
    for (const auto &list : fullEdges) {
        for (const auto &[a, b] : list) {
            if (!(a & ApartEdge))
                ++start[bucket(a) + 1];
        }
    }
    std::partial_sum(start.begin(), start.end(), start.begin());
    std::vector<std::pair<int, int>> ordered(start.back());
    for (const auto &list : fullEdges) {
        for (const auto &[a, b] : list) {
            if (!(a & ApartEdge))
                ordered[start[bucket(a)]++] = { a & ~EdgeBits, b };
        }
    }
    for (const auto &[a, b] : ordered)
        sets.unite(a, b);

    // Fragments join the statement containing most of them; statements are frozen while they choose.
    std::vector<int> root(n);
    for (int i = 0; i < n; ++i)
        root[i] = sets.find(i);
    QList<int> attachedTo(n, -1);
    const auto attachments = inParallel([&](int q, std::vector<uint8_t> &count, std::vector<int> &touched,
                                            std::vector<std::pair<int, int>> &found) {
        if (!isPart(q))
            return;
        const int unprobed = candidates(index, prepared.bigrams(q), q, count, touched, isFull);
        prefetchLists(prepared, quotes, touched);
        int best = -1;
        double bestScore = 0;
        for (int o : touched) {
            const int shared = count[o];
            count[o] = 0;
            // Nor does a word or three of no one's link two articles by way of a full quote of no one's.
            if (!mayBeSimilar(shared, unprobed, prepared.bigrams(q), prepared.bigrams(o))
                || !speakersAgree(quotes.at(q), quotes.at(o))
                || (quotes.at(o).speaker < 0 && !mayLink(quotes.at(q), role[q], quotes.at(o), Role::Full)))
                continue;
            const Overlap ov = overlap(prepared.words(q), prepared.bigrams(q), prepared.words(o), prepared.bigrams(o));
            // A short fragment must be almost all there: "ready for a call" is not "I'm ready for it".
            const int own = int(prepared.words(q).size());
            if (!similar(ov, true) || ov.minWords != own || ov.sharedWords < (own <= 4 ? 0.75 : 0.6) * own)
                continue;
            const double score
                = double(ov.sharedWords) / ov.minWords + double(ov.sharedBigrams) / std::max(1, ov.minBigrams);
            if (best < 0 || score > bestScore || (score == bestScore && root[o] < best)) {
                best = root[o];
                bestScore = score;
            }
        }
        if (best >= 0)
            found.emplace_back(q, best);
    });
    for (const auto &list : attachments) {
        for (const auto &[q, target] : list)
            attachedTo[q] = target;
    }
    std::vector<uint8_t> count(n, 0);
    std::vector<int> touched;
    // Fragments that no full quote contains group among themselves.
    for (int q = 0; q < n; ++q) {
        if (!isPart(q) || attachedTo.at(q) >= 0)
            continue;
        const int unprobed = candidates(
            index, prepared.bigrams(q), q, count, touched, [&](int o) { return isPart(o) && attachedTo.at(o) < 0; }, q);
        prefetchLists(prepared, quotes, touched);
        for (int o : touched) {
            const int shared = count[o];
            count[o] = 0;
            if (!mayBeSimilar(shared, unprobed, prepared.bigrams(q), prepared.bigrams(o)))
                continue;
            const Overlap ov = overlap(prepared.words(q), prepared.bigrams(q), prepared.words(o), prepared.bigrams(o));
            if (speakersAgree(quotes.at(q), quotes.at(o)) && mayLink(quotes.at(q), role[q], quotes.at(o), role[o])
                && similar(ov, true))
                sets.unite(o, q);
        }
    }
    for (int q = 0; q < n; ++q) {
        if (attachedTo.at(q) >= 0)
            sets.unite(attachedTo.at(q), q);
    }

    for (int q = 0; q < n; ++q) {
        if (copyOf[q] >= 0)
            sets.unite(copyOf[q], q);
    }

    joinRewordings(quotes, role, sets);
    joinCreditedWords(quotes, role, sets, false);
    // A lone fragment woven into the same sentence as a grouped one of the same speaker renders the same words;
    // a label only when it has words enough to say something ("citing “hostile” moves" labels) and the same
    // speech verb credits both ("urged them to drop the “x” and treat it as a “y y”"): "accused them of “x”,
    // vowing to “y”" credits two remarks. It chooses after the credited words have found their statements: in
    // "the “x” of the board “must end” and she will lead a “z”", the piece joins the remark its neighbour renders,
    // not whichever neighbour happened to be grouped before.
    QList<int> size(n, 0);
    for (int q = 0; q < n; ++q) {
        if (quotes.at(q).groupable)
            ++size[sets.find(q)];
    }
    for (int q = 0; q < n; ++q) {
        if (!isPart(q) || size.at(sets.find(q)) != 1 || quotes.at(q).speaker < 0 || quotes.at(q).sentence < 0)
            continue;
        for (int o = q - 1; o <= q + 1; o += 2) {
            if (o < 0 || o >= n || quotes.at(o).sentence != quotes.at(q).sentence
                || quotes.at(o).speaker != quotes.at(q).speaker || size.at(sets.find(o)) < 2 || !isPart(o)
                || (quotes.at(q).term
                    && (quotes.at(q).words.size() < 2 || quotes.at(q).cue < 0 || quotes.at(q).cue != quotes.at(o).cue)))
                continue;
            sets.unite(o, q);
            break;
        }
    }

    joinCreditedWords(quotes, role, sets, true);
    joinContinuations(quotes, sets);
    joinUncreditedSource(quotes, sets);
    joinQuotedBeside(quotes, sets);

    QList<int> result(n, -1);
    QList<int> members(n, 0);
    for (int q = 0; q < n; ++q) {
        if (quotes.at(q).groupable)
            ++members[sets.find(q)];
    }
    for (int q = 0; q < n; ++q) {
        if (!quotes.at(q).groupable)
            continue;
        const int set = sets.find(q);
        // A term that renders nothing else is a label, not a statement.
        result[q] = quotes.at(q).term && members.at(set) < 2 ? -1 : set;
    }
    return result;
}
