// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "quotes/statementgrouper.h"

#include "quotes/unionfind.h"

#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>
#include <numeric>

namespace
{
// A bigram shared by more quotes than this says nothing about which statement a quote renders.
constexpr int MaxPosting = 4000;
constexpr int QuoteBits = 24;
constexpr uint64_t QuoteMask = (uint64_t(1) << QuoteBits) - 1;
// Below this many words a direct quote joins statements like a fragment.
constexpr int MinFullWords = 4;

struct Prepared {
    std::vector<int> words; // sorted, unique
    std::vector<uint64_t> bigrams; // sorted, unique hashes
};

uint64_t bigramHash(int a, int b)
{
    uint64_t h = (uint64_t(uint32_t(a)) << 32) | uint32_t(b);
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdULL;
    h ^= h >> 33;
    return h >> QuoteBits; // leaves room for the quote index in the posting entry
}

Prepared prepare(const GroupInput &in)
{
    Prepared p;
    p.words = in.words;
    std::sort(p.words.begin(), p.words.end());
    p.words.erase(std::unique(p.words.begin(), p.words.end()), p.words.end());
    for (size_t i = 1; i < in.words.size(); ++i)
        p.bigrams.push_back(bigramHash(in.words[i - 1], in.words[i]));
    std::sort(p.bigrams.begin(), p.bigrams.end());
    p.bigrams.erase(std::unique(p.bigrams.begin(), p.bigrams.end()), p.bigrams.end());
    return p;
}

// The inverted index: entries (bigram << QuoteBits | quote), sorted.
class BigramIndex
{
public:
    explicit BigramIndex(const std::vector<Prepared> &prepared)
    {
        size_t total = 0;
        for (const Prepared &p : prepared)
            total += p.bigrams.size();
        m_entries.reserve(total);
        for (size_t q = 0; q < prepared.size(); ++q) {
            for (uint64_t b : prepared[q].bigrams)
                m_entries.push_back((b << QuoteBits) | q);
        }
        std::sort(m_entries.begin(), m_entries.end());
    }

    // Calls f(quote) for every quote with bigram `b`, unless the bigram is too common.
    template<typename F>
    void forEach(uint64_t b, F f) const
    {
        const auto first = std::lower_bound(m_entries.begin(), m_entries.end(), b << QuoteBits);
        auto last = first;
        while (last != m_entries.end() && (*last >> QuoteBits) == b && last - first <= MaxPosting)
            ++last;
        if (last - first > MaxPosting)
            return;
        for (auto it = first; it != last; ++it)
            f(int(*it & QuoteMask));
    }

private:
    std::vector<uint64_t> m_entries;
};

bool speakersAgree(const GroupInput &a, const GroupInput &b)
{
    return a.speaker < 0 || b.speaker < 0 || a.speaker == b.speaker;
}

// Candidates sharing bigrams with quote `q`, with the number shared, among those `accept` lets through.
template<typename Accept>
void candidates(const BigramIndex &index, const Prepared &p, int q, std::vector<int> &count, std::vector<int> &touched,
    Accept accept)
{
    touched.clear();
    for (uint64_t b : p.bigrams) {
        index.forEach(b, [&](int other) {
            if (other == q || !accept(other))
                return;
            if (count[other]++ == 0)
                touched.push_back(other);
        });
    }
}
}

StatementGrouper::Overlap StatementGrouper::overlap(const std::vector<int> &wordsA,
    const std::vector<uint64_t> &bigramsA, const std::vector<int> &wordsB, const std::vector<uint64_t> &bigramsB)
{
    Overlap o;
    o.minWords = int(std::min(wordsA.size(), wordsB.size()));
    o.minBigrams = int(std::min(bigramsA.size(), bigramsB.size()));
    for (size_t i = 0, j = 0; i < wordsA.size() && j < wordsB.size();) {
        if (wordsA[i] < wordsB[j]) {
            ++i;
        } else if (wordsB[j] < wordsA[i]) {
            ++j;
        } else {
            ++o.sharedWords;
            ++i;
            ++j;
        }
    }
    for (size_t i = 0, j = 0; i < bigramsA.size() && j < bigramsB.size();) {
        if (bigramsA[i] < bigramsB[j]) {
            ++i;
        } else if (bigramsB[j] < bigramsA[i]) {
            ++j;
        } else {
            ++o.sharedBigrams;
            ++i;
            ++j;
        }
    }
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
    std::vector<Prepared> prepared(n);
    {
        QList<int> indices(n);
        std::iota(indices.begin(), indices.end(), 0);
        QtConcurrent::blockingMap(indices, [&](int i) { prepared[i] = prepare(quotes.at(i)); });
    }
    const BigramIndex index(prepared);
    const auto isFull = [&](int i) {
        return quotes.at(i).groupable && !quotes.at(i).fragment && int(quotes.at(i).words.size()) >= MinFullWords;
    };
    const auto isPart = [&](int i) { return quotes.at(i).groupable && !isFull(i); };

    // Full quotes: edges found in parallel, joined in one pass.
    UnionFind sets(n);
    {
        QList<std::pair<int, int>> ranges;
        constexpr int Chunk = 4096;
        for (int from = 0; from < n; from += Chunk)
            ranges.append({ from, std::min(n, from + Chunk) });
        const QList<std::vector<std::pair<int, int>>> edges
            = QtConcurrent::blockingMapped(ranges, [&](std::pair<int, int> r) {
                  std::vector<std::pair<int, int>> found;
                  // One counter per worker thread, reset entry by entry after use.
                  thread_local std::vector<int> count;
                  thread_local std::vector<int> touched;
                  if (count.size() != size_t(n))
                      count.assign(n, 0);
                  for (int q = r.first; q < r.second; ++q) {
                      if (!isFull(q))
                          continue;
                      candidates(index, prepared[q], q, count, touched, [&](int o) { return o < q && isFull(o); });
                      for (int o : touched) {
                          count[o] = 0;
                          const Overlap ov
                              = overlap(prepared[q].words, prepared[q].bigrams, prepared[o].words, prepared[o].bigrams);
                          if (similar(ov, speakersAgree(quotes.at(q), quotes.at(o))))
                              found.emplace_back(o, q);
                      }
                  }
                  return found;
              });
        for (const auto &list : edges) {
            for (const auto &[a, b] : list)
                sets.unite(a, b);
        }
    }

    // Fragments join the statement containing most of them.
    QList<int> attachedTo(n, -1);
    std::vector<int> count(n, 0);
    std::vector<int> touched;
    for (int q = 0; q < n; ++q) {
        if (!isPart(q))
            continue;
        candidates(index, prepared[q], q, count, touched, isFull);
        int best = -1;
        double bestScore = 0;
        for (int o : touched) {
            count[o] = 0;
            if (!speakersAgree(quotes.at(q), quotes.at(o)))
                continue;
            const Overlap ov = overlap(prepared[q].words, prepared[q].bigrams, prepared[o].words, prepared[o].bigrams);
            // A short fragment must be almost all there: "open to contact" is not "I'm open to it".
            const int own = int(prepared[q].words.size());
            if (!similar(ov, true) || ov.minWords != own || ov.sharedWords < (own <= 4 ? 0.75 : 0.6) * own)
                continue;
            const double score
                = double(ov.sharedWords) / ov.minWords + double(ov.sharedBigrams) / std::max(1, ov.minBigrams);
            const int root = sets.find(o);
            if (best < 0 || score > bestScore || (score == bestScore && root < sets.find(best))) {
                best = o;
                bestScore = score;
            }
        }
        if (best >= 0)
            attachedTo[q] = sets.find(best);
    }
    // Fragments that no full quote contains group among themselves.
    for (int q = 0; q < n; ++q) {
        if (!isPart(q) || attachedTo.at(q) >= 0)
            continue;
        candidates(
            index, prepared[q], q, count, touched, [&](int o) { return o < q && isPart(o) && attachedTo.at(o) < 0; });
        for (int o : touched) {
            count[o] = 0;
            const Overlap ov = overlap(prepared[q].words, prepared[q].bigrams, prepared[o].words, prepared[o].bigrams);
            if (speakersAgree(quotes.at(q), quotes.at(o)) && similar(ov, true))
                sets.unite(o, q);
        }
    }
    for (int q = 0; q < n; ++q) {
        if (attachedTo.at(q) >= 0)
            sets.unite(attachedTo.at(q), q);
    }

    // A lone fragment woven into the same sentence as a grouped one of the same speaker renders the same words.
    QList<int> size(n, 0);
    for (int q = 0; q < n; ++q) {
        if (quotes.at(q).groupable)
            ++size[sets.find(q)];
    }
    for (int q = 0; q < n; ++q) {
        if (!isPart(q) || quotes.at(q).term || size.at(sets.find(q)) != 1 || quotes.at(q).speaker < 0
            || quotes.at(q).sentence < 0)
            continue;
        for (int o = q - 1; o <= q + 1; o += 2) {
            if (o < 0 || o >= n || quotes.at(o).sentence != quotes.at(q).sentence
                || quotes.at(o).speaker != quotes.at(q).speaker || size.at(sets.find(o)) < 2 || !isPart(o))
                continue;
            sets.unite(o, q);
            break;
        }
    }

    QList<int> result(n, -1);
    QList<int> members(n, 0);
    for (int q = 0; q < n; ++q) {
        if (quotes.at(q).groupable)
            ++members[sets.find(q)];
    }
    for (int q = 0; q < n; ++q) {
        if (!quotes.at(q).groupable)
            continue;
        const int root = sets.find(q);
        // A term that renders nothing else is a label, not a statement.
        result[q] = quotes.at(q).term && members.at(root) < 2 ? -1 : root;
    }
    return result;
}
