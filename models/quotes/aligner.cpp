// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "quotes/aligner.h"

#include "quotes/blockmoves.h"

#include <QHash>

#include <unordered_map>

#include <algorithm>
#include <numeric>

namespace
{
constexpr int MatchScore = 3;
constexpr int SubstitutionScore = -1;
constexpr int GapScore = -2;

// One rendering against the reference: for every reference word the witness word aligned to it (-1: gap),
// and for every gap position (before reference word i, or at the end) the witness words inserted there.
struct PairAlignment {
    std::vector<int> atRef;
    std::vector<std::vector<int>> inserted;
    int first = -1; // reference words the witness covers
    int last = -1;
};

// The bounds on an alignment's size, together so that they are read (and changed) as one.
//
// The most cells (reference words + 1 times witness words + 1) one pair's table may have: 4 million cells are
// 20 MB and a few milliseconds. Longer pairs (a speech quoted in full by two outlets) are aligned on anchors.
constexpr size_t MaxPairTableCells = 4'000'000;
// A statement's table holds a cell for every rendering in every column, and every insertion column is a gap in
// all the renderings but those inserting there: renderings that each add words of their own (thousands of
// outlets, or texts that were never one utterance) would grow the table with renderings times words. It keeps
// within StatementCellsPerWord cells per word of its renderings, or MinStatementTableCells when that is more,
// which no statement of ordinary renderings reaches.
constexpr qint64 StatementCellsPerWord = 8;
constexpr qint64 MinStatementTableCells = 1'000'000;
// A reference of at least this many words (a speech, a page quoted whole) is not aligned whole against each
// rendering: each rendering is aligned within a window around its place in it (see windowFor), so that its time
// grows with its own words rather than with the reference.
constexpr int MinWindowedReferenceWords = 1000;

size_t tableCells(size_t m, size_t k)
{
    return (m + 1) * (k + 1);
}

// Semi-global alignment: the witness must be aligned entirely, reference words before and after it are free.
PairAlignment alignInTable(const std::vector<int> &ref, const std::vector<int> &wit)
{
    const int m = int(ref.size());
    const int k = int(wit.size());
    const int w = k + 1;
    // Every cell is written before it is read: the tables of the previous pair are reused as they are.
    thread_local std::vector<int> score;
    thread_local std::vector<char> move; // 0 diagonal, 1 up (reference word skipped), 2 left (witness word inserted)
    score.resize(size_t(m + 1) * w);
    move.resize(size_t(m + 1) * w);
    for (int j = 0; j <= k; ++j) {
        score[j] = j * GapScore;
        move[j] = 2;
    }
    for (int i = 1; i <= m; ++i) {
        const int *above = score.data() + size_t(i - 1) * w;
        int *row = score.data() + size_t(i) * w;
        char *moves = move.data() + size_t(i) * w;
        const int refWord = ref[i - 1];
        row[0] = 0;
        moves[0] = 1;
        for (int j = 1; j <= k; ++j) {
            const bool last = j == k;
            const int diag = above[j - 1] + (refWord == wit[j - 1] ? MatchScore : SubstitutionScore);
            const int up = above[j] + (last ? 0 : GapScore);
            const int left = row[j - 1] + GapScore;
            int best = diag;
            char mv = 0;
            if (up > best) {
                best = up;
                mv = 1;
            }
            if (left > best) {
                best = left;
                mv = 2;
            }
            row[j] = best;
            moves[j] = mv;
        }
    }
    PairAlignment a;
    a.atRef.assign(m, -1);
    a.inserted.resize(m + 1);
    int i = m;
    int j = k;
    while (i > 0 || j > 0) {
        const char mv = move[size_t(i) * w + j];
        if (i > 0 && j > 0 && mv == 0) {
            a.atRef[i - 1] = j - 1;
            if (a.last < 0)
                a.last = i - 1;
            a.first = i - 1;
            --i;
            --j;
        } else if (i > 0 && (j == 0 || mv == 1)) {
            --i;
        } else {
            a.inserted[i].push_back(j - 1); // walked backwards: put in order below
            --j;
        }
    }
    for (std::vector<int> &words : a.inserted)
        std::reverse(words.begin(), words.end());
    return a;
}

// The words that stand once in each sequence, paired, in the longest chain that keeps their order in both (as
// patience diff finds it): (reference position, witness position), in order.
std::vector<std::pair<int, int>> uniqueAnchors(const std::vector<int> &ref, const std::vector<int> &wit)
{
    std::unordered_map<int, int> refCount;
    std::unordered_map<int, std::pair<int, int>> witOnce; // word: (count, position)
    for (const int word : ref)
        ++refCount[word];
    for (int j = 0; j < int(wit.size()); ++j) {
        auto &entry = witOnce[wit[size_t(j)]];
        ++entry.first;
        entry.second = j;
    }
    std::vector<std::pair<int, int>> candidates;
    for (int i = 0; i < int(ref.size()); ++i) {
        const auto it = witOnce.find(ref[size_t(i)]);
        if (it != witOnce.end() && it->second.first == 1 && refCount[ref[size_t(i)]] == 1)
            candidates.emplace_back(i, it->second.second);
    }
    // Longest strictly increasing run of witness positions: tails[l] ends the best chain of length l + 1.
    std::vector<int> tails;
    std::vector<int> before(candidates.size(), -1);
    for (int c = 0; c < int(candidates.size()); ++c) {
        const auto at = std::lower_bound(tails.begin(), tails.end(), candidates[size_t(c)].second,
            [&](int t, int position) { return candidates[size_t(t)].second < position; });
        if (at != tails.begin())
            before[size_t(c)] = *(at - 1);
        if (at == tails.end())
            tails.push_back(c);
        else
            *at = c;
    }
    std::vector<std::pair<int, int>> chain;
    for (int c = tails.empty() ? -1 : tails.back(); c >= 0; c = before[size_t(c)])
        chain.push_back(candidates[size_t(c)]);
    std::reverse(chain.begin(), chain.end());
    return chain;
}

// A pair too long for one table: fixed at its unique anchors, each stretch between two anchors aligned in a
// table of its own, or, still too long, word for word in order. Linear in memory; close to linear in time
// where the two renderings share most of their words.
PairAlignment alignOnAnchors(const std::vector<int> &ref, const std::vector<int> &wit)
{
    const int m = int(ref.size());
    const int k = int(wit.size());
    PairAlignment a;
    a.atRef.assign(m, -1);
    a.inserted.resize(m + 1);
    int r0 = 0;
    int w0 = 0;
    const auto alignStretch = [&](int r1, int w1) {
        if (r1 > r0 && w1 > w0 && tableCells(size_t(r1 - r0), size_t(w1 - w0)) <= MaxPairTableCells) {
            const PairAlignment part = alignInTable(std::vector<int>(ref.begin() + r0, ref.begin() + r1),
                std::vector<int>(wit.begin() + w0, wit.begin() + w1));
            for (int i = 0; i < r1 - r0; ++i) {
                if (part.atRef[size_t(i)] >= 0)
                    a.atRef[r0 + i] = w0 + part.atRef[size_t(i)];
            }
            for (int g = 0; g <= r1 - r0; ++g) {
                for (const int j : part.inserted[size_t(g)])
                    a.inserted[r0 + g].push_back(w0 + j);
            }
            return;
        }
        const int paired = std::min(r1 - r0, w1 - w0);
        for (int d = 0; d < paired; ++d)
            a.atRef[r0 + d] = w0 + d;
        for (int j = w0 + paired; j < w1; ++j)
            a.inserted[r0 + paired].push_back(j);
    };
    for (const auto &[refAt, witAt] : uniqueAnchors(ref, wit)) {
        alignStretch(refAt, witAt);
        a.atRef[size_t(refAt)] = witAt;
        r0 = refAt + 1;
        w0 = witAt + 1;
    }
    alignStretch(m, k);
    for (int i = 0; i < m; ++i) {
        if (a.atRef[size_t(i)] >= 0) {
            a.first = a.first < 0 ? i : a.first;
            a.last = i;
        }
    }
    return a;
}

PairAlignment alignPair(const std::vector<int> &ref, const std::vector<int> &wit)
{
    return tableCells(ref.size(), wit.size()) <= MaxPairTableCells ? alignInTable(ref, wit) : alignOnAnchors(ref, wit);
}

// Witness words the alignment did not match to an equal reference word.
int unmatched(const PairAlignment &a, const std::vector<int> &ref, const std::vector<int> &wit)
{
    int matched = 0;
    for (size_t i = 0; i < ref.size(); ++i)
        matched += a.atRef[i] >= 0 && wit[size_t(a.atRef[i])] == ref[i];
    return int(wit.size()) - matched;
}

// The alignment of the words that stayed in place; moved blocks become insertions where the witness has
// them and gaps where the reference has them, so that they never pair up with other words as substitutions.
PairAlignment alignAround(const std::vector<int> &ref, const std::vector<int> &wit, const BlockMoves::Result &moves)
{
    std::vector<int> refIndex;
    std::vector<int> witIndex;
    std::vector<int> keptRef;
    std::vector<int> keptWit;
    for (size_t i = 0; i < ref.size(); ++i) {
        if (!moves.ref[i]) {
            refIndex.push_back(int(i));
            keptRef.push_back(ref[i]);
        }
    }
    for (size_t j = 0; j < wit.size(); ++j) {
        if (!moves.wit[j]) {
            witIndex.push_back(int(j));
            keptWit.push_back(wit[j]);
        }
    }
    const PairAlignment kept = alignPair(keptRef, keptWit);
    const int m = int(ref.size());
    PairAlignment a;
    a.atRef.assign(m, -1);
    a.inserted.resize(m + 1);
    // For every kept witness word: the gap before it and after it, in full reference positions.
    std::vector<int> gapBefore(keptWit.size(), m);
    std::vector<int> gapAfter(keptWit.size(), m);
    std::vector<bool> aligned(keptWit.size(), false);
    for (size_t i = 0; i < keptRef.size(); ++i) {
        const int j = kept.atRef[i];
        if (j < 0)
            continue;
        const int full = refIndex[i];
        a.atRef[full] = witIndex[j];
        aligned[j] = true;
        gapBefore[j] = full;
        gapAfter[j] = full + 1;
        a.first = a.first < 0 ? full : std::min(a.first, full);
        a.last = std::max(a.last, full);
    }
    for (size_t g = 0; g < kept.inserted.size(); ++g) {
        const int full = g < refIndex.size() ? refIndex[g] : m;
        for (int j : kept.inserted[g])
            gapBefore[j] = gapAfter[j] = full;
    }
    // Walk the witness in order: moved words go where the witness has them, after the kept word before.
    int gap = keptWit.empty() ? m : gapBefore[0];
    int next = 0;
    for (size_t j = 0; j < wit.size(); ++j) {
        if (moves.wit[j]) {
            a.inserted[gap].push_back(int(j));
            continue;
        }
        if (!aligned[next])
            a.inserted[gapBefore[next]].push_back(int(j));
        gap = gapAfter[next++];
    }
    return a;
}

// One rendering as the table needs it, in space of its own words rather than the reference's.
struct Placement {
    std::vector<std::pair<int, int>> atRef; // (reference word, witness word), by reference word
    std::vector<std::pair<int, int>> inserted; // (gap, witness word), by gap, in witness order within one
    std::vector<int> movedRef; // reference words it has elsewhere, ascending
    std::vector<bool> movedWit; // per witness word: moved from where the reference has it
    int first = -1; // reference words the witness covers
    int last = -1;
};

Placement identity(int m)
{
    Placement p;
    p.atRef.reserve(size_t(m));
    for (int i = 0; i < m; ++i)
        p.atRef.emplace_back(i, i);
    p.movedWit.assign(size_t(m), false);
    p.first = m > 0 ? 0 : -1;
    p.last = m - 1;
    return p;
}

// The witness against the reference. Moved words: blocks first, then single words inserted in one place and
// missing from their own, each taking the first reference word of its own that the witness leaves out.
Placement place(const std::vector<int> &ref, const std::vector<int> &wit)
{
    const int m = int(ref.size());
    PairAlignment pair = alignPair(ref, wit);
    std::vector<bool> movedRef(size_t(m), false);
    Placement p;
    p.movedWit.assign(wit.size(), false);
    // A moved block leaves at least that many words unmatched; most renderings are spared the search.
    if (unmatched(pair, ref, wit) >= BlockMoves::MinLength) {
        const BlockMoves::Result moves = BlockMoves::find(ref, wit);
        if (moves.any) {
            pair = alignAround(ref, wit, moves);
            movedRef = moves.ref;
            p.movedWit = moves.wit;
        }
    }
    std::unordered_map<int, std::vector<int>> leftOut;
    for (const std::vector<int> &words : pair.inserted) {
        for (const int j : words) {
            if (!p.movedWit[size_t(j)])
                leftOut.try_emplace(wit[size_t(j)]);
        }
    }
    if (!leftOut.empty()) {
        for (int i = m - 1; i >= 0; --i) {
            const auto it = leftOut.find(ref[size_t(i)]);
            if (it != leftOut.end() && pair.atRef[size_t(i)] < 0 && !movedRef[size_t(i)])
                it->second.push_back(i); // backwards, so that the first is at the back
        }
    }
    for (int g = 0; g <= m; ++g) {
        for (const int j : pair.inserted[size_t(g)]) {
            p.inserted.emplace_back(g, j);
            if (p.movedWit[size_t(j)])
                continue;
            const auto it = leftOut.find(wit[size_t(j)]);
            if (it == leftOut.end() || it->second.empty())
                continue;
            movedRef[size_t(it->second.back())] = true;
            p.movedWit[size_t(j)] = true;
            it->second.pop_back();
        }
    }
    for (int i = 0; i < m; ++i) {
        if (pair.atRef[size_t(i)] >= 0)
            p.atRef.emplace_back(i, pair.atRef[size_t(i)]);
        if (movedRef[size_t(i)])
            p.movedRef.push_back(i);
    }
    p.first = pair.first;
    p.last = pair.last;
    return p;
}

// In a reference of MinWindowedReferenceWords or more, each rendering finds its place through the positions of its
// rarer words there and is aligned within a window around them.
// The rarer a word in the reference, the more it says about where a rendering sits: a rendering's words vote with
// their places in the reference, rarest first, until this many votes per word of the rendering are cast (its
// rarest word always votes), so that finding its place costs a bounded time per word.
constexpr size_t VotesPerWord = 64;
// Room on either side of the place found, for words the rendering leaves out or adds.
constexpr int MinWindowMargin = 16;
// Renderings of at most this many words are placed by their words' matches along each voted diagonal.
constexpr int ShortRendering = 8;

// Where each word key stands in the reference, ascending.
using WordPositions = std::unordered_map<int, std::vector<int>>;

WordPositions positionsOf(const std::vector<int> &ref)
{
    WordPositions positions;
    for (int i = 0; i < int(ref.size()); ++i)
        positions[ref[size_t(i)]].push_back(i);
    return positions;
}

// The stretch [first, second) of the reference that `wit` is aligned within: around the band of diagonals
// (reference position minus witness position) where most of its rarer words stand, or at the reference's end,
// where a rendering sharing none of its words is placed whole. The whole reference where that is not much smaller.
std::pair<int, int> windowFor(const WordPositions &positions, const std::vector<int> &ref, const std::vector<int> &wit)
{
    const int m = int(ref.size());
    const int k = int(wit.size());
    std::vector<std::pair<const std::vector<int> *, int>> shared; // (its places in the reference, witness word)
    for (int j = 0; j < k; ++j) {
        const auto it = positions.find(wit[size_t(j)]);
        if (it != positions.end())
            shared.emplace_back(&it->second, j);
    }
    std::stable_sort(
        shared.begin(), shared.end(), [](const auto &a, const auto &b) { return a.first->size() < b.first->size(); });
    std::vector<std::pair<int, int>> votes; // (diagonal, witness word)
    for (const auto &[places, j] : shared) {
        if (!votes.empty() && votes.size() + places->size() > VotesPerWord * size_t(k))
            break;
        for (const int i : *places)
            votes.emplace_back(i - j, j);
    }
    const int margin = std::max(MinWindowMargin, k);
    int low = m - k - margin;
    int high = m;
    if (!votes.empty()) {
        // The band of k diagonals where most of the rendering's words stand (a word standing there twice counts
        // once); ties go to the later, as the full table's do.
        std::sort(votes.begin(), votes.end());
        std::vector<int> inBand(size_t(k), 0);
        int words = 0;
        int bestWords = 0;
        size_t bestFrom = 0;
        size_t bestTo = 0;
        for (size_t from = 0, to = 0; to < votes.size(); ++to) {
            words += inBand[size_t(votes[to].second)]++ == 0;
            for (; votes[to].first - votes[from].first > k; ++from)
                words -= --inBand[size_t(votes[from].second)] == 0;
            if (words >= bestWords) {
                bestWords = words;
                bestFrom = from;
                bestTo = to;
            }
        }
        low = votes[bestFrom].first - margin;
        high = votes[bestTo].first + k + margin;
        // A few words are mostly common ones, which the band sees too little of: the diagonal along which most
        // of them stand as they are, looked up word by word.
        if (k <= ShortRendering) {
            int bestMatches = 0;
            for (const auto &[d, j] : votes) {
                int matches = 0;
                for (int w = std::max(0, -d); w < k && d + w < m; ++w) {
                    const int at = d + w;
                    matches += ref[size_t(at)] == wit[size_t(w)];
                }
                if (matches >= bestMatches) {
                    bestMatches = matches;
                    low = d - margin;
                    high = d + k + margin;
                }
            }
        }
    }
    low = std::max(0, low);
    high = std::min(m, high);
    if (qint64(high - low) * 4 > m)
        return { 0, m };
    return { low, high };
}

// `place` within the window [low, high) of the reference, in the reference's positions.
Placement placeWithin(const std::vector<int> &ref, const std::vector<int> &wit, std::pair<int, int> window)
{
    const auto [low, high] = window;
    if (low == 0 && high == int(ref.size()))
        return place(ref, wit);
    Placement p = place(std::vector<int>(ref.begin() + low, ref.begin() + high), wit);
    for (auto &[i, j] : p.atRef)
        i += low;
    for (auto &[g, j] : p.inserted)
        g += low;
    for (int &i : p.movedRef)
        i += low;
    if (p.first >= 0) {
        p.first += low;
        p.last += low;
    }
    return p;
}

// The widest an insertion may be for the table of `renderings` rows to keep within `cells`, at least one column
// for every gap with words inserted: a rendering's words past it share the last column of their gap.
int insertionCap(const std::vector<int> &width, int m, qint64 renderings, qint64 cells)
{
    const auto columnsAt = [&](int cap) {
        qint64 columns = m;
        for (const int w : width)
            columns += std::min(w, cap);
        return columns;
    };
    const int widest = width.empty() ? 0 : *std::max_element(width.cbegin(), width.cend());
    if (columnsAt(widest) * renderings <= cells)
        return widest;
    int low = 1;
    int high = widest;
    while (low < high) {
        const int mid = low + (high - low + 1) / 2;
        if (columnsAt(mid) * renderings <= cells)
            low = mid;
        else
            high = mid - 1;
    }
    return low;
}
}

int Aligner::fullest(const QList<Rendering> &renderings)
{
    int best = 0;
    for (int i = 1; i < renderings.size(); ++i) {
        if (renderings.at(i).words.size() > renderings.at(best).words.size())
            best = i;
    }
    return best;
}

Aligner::Result Aligner::align(const QList<Rendering> &renderings, int reference)
{
    Result result;
    const int n = int(renderings.size());
    if (n == 0)
        return result;
    // Display texts interned per statement: every cell is a position in one word table, so equal
    // positions are equal words.
    std::unordered_map<std::u16string_view, qint32> displays;
    QStringList words;
    std::vector<std::vector<int>> keys(n);
    std::vector<std::vector<qint32>> shown(n);
    qint64 totalWords = 0;
    for (int r = 0; r < n; ++r) {
        const Rendering &rendering = renderings.at(r);
        keys[r].reserve(rendering.words.size());
        shown[r].reserve(rendering.words.size());
        totalWords += qint64(rendering.words.size());
        for (const KeyedWord &word : rendering.words) {
            keys[r].push_back(int(word.key));
            const QStringView d = rendering.text.mid(word.span.start, word.span.length());
            const std::u16string_view view(d.utf16(), size_t(d.size()));
            auto it = displays.find(view);
            if (it == displays.end()) {
                it = displays.emplace(view, qint32(words.size())).first;
                words.append(d.toString());
            }
            shown[r].push_back(it->second);
        }
    }
    const std::vector<int> &ref = keys[reference];
    const int m = int(ref.size());
    // Each rendering is placed on its own, and kept in the size of its own words.
    std::vector<Placement> placed(n);
    std::vector<int> insertionWidth(m + 1, 0);
    const bool windowed = m >= MinWindowedReferenceWords;
    const WordPositions positions = windowed ? positionsOf(ref) : WordPositions();
    for (int r = 0; r < n; ++r) {
        // The reference, and on the whole-reference path a rendering of the very same words, lie on the diagonal:
        // what place() finds for them, without filling a table.
        if (r == reference || (!windowed && keys[r] == ref))
            placed[r] = identity(m);
        else if (windowed)
            placed[r] = placeWithin(ref, keys[r], windowFor(positions, ref, keys[r]));
        else
            placed[r] = place(ref, keys[r]);
        const std::vector<std::pair<int, int>> &ins = placed[r].inserted;
        for (size_t k = 0, run = 0; k < ins.size(); ++k) {
            run = k > 0 && ins[k - 1].first == ins[k].first ? run + 1 : 1;
            insertionWidth[size_t(ins[k].first)] = std::max(insertionWidth[size_t(ins[k].first)], int(run));
        }
    }
    const qint64 budget = std::max(MinStatementTableCells, StatementCellsPerWord * totalWords);
    const int cap = insertionCap(insertionWidth, m, n, budget);
    // The word-by-word columns: before each reference word its gap's insertion columns, then the word itself.
    std::vector<int> gapColumn(size_t(m) + 1);
    int fineColumns = 0;
    for (int g = 0; g <= m; ++g) {
        insertionWidth[size_t(g)] = std::min(insertionWidth[size_t(g)], cap);
        gapColumn[size_t(g)] = fineColumns;
        fineColumns += insertionWidth[size_t(g)] + (g < m ? 1 : 0);
    }
    const auto refColumn = [&](int g) { return gapColumn[size_t(g)] + insertionWidth[size_t(g)]; };
    // Still too many for the bound (many renderings against a long reference): runs of `span` columns become one.
    const int span = int(std::max<qint64>(1, (qint64(fineColumns) * n + budget - 1) / budget));
    const int columnCount = (fineColumns + span - 1) / span;

    // What sets each word-by-word column apart, from the renderings' own words only. A reference word is
    // omitted where a rendering covering it has a gap there: more renderings cover it than hold a word in it.
    std::vector<uint8_t> moved(size_t(fineColumns), 0);
    std::vector<uint8_t> substituted(size_t(fineColumns), 0);
    std::vector<uint8_t> normalised(size_t(fineColumns), 0);
    std::vector<int> covering(size_t(m) + 1, 0);
    std::vector<int> heldInside(size_t(m), 0);
    for (int r = 0; r < n; ++r) {
        const Placement &p = placed[size_t(r)];
        for (const auto &[g, j] : p.atRef) {
            if (keys[r][size_t(j)] != ref[size_t(g)])
                substituted[size_t(refColumn(g))] = 1;
            else if (shown[r][size_t(j)] != shown[reference][size_t(g)])
                normalised[size_t(refColumn(g))] = 1;
            heldInside[size_t(g)] += g > p.first && g < p.last;
        }
        for (const int g : p.movedRef)
            moved[size_t(refColumn(g))] = 1;
        for (size_t k = 0, slot = 0; k < p.inserted.size(); ++k) {
            const auto [g, j] = p.inserted[k];
            slot = k > 0 && p.inserted[k - 1].first == g ? slot + 1 : 0;
            if (p.movedWit[size_t(j)])
                moved[size_t(gapColumn[size_t(g)]) + std::min(slot, size_t(insertionWidth[size_t(g)] - 1))] = 1;
        }
        if (p.last - p.first > 1) {
            ++covering[size_t(p.first) + 1];
            --covering[size_t(p.last)];
        }
    }
    QList<DiffKind> kinds(columnCount, DiffKind::Same);
    // A run of columns shows its strongest difference.
    const auto rank = [](DiffKind k) {
        switch (k) {
        case DiffKind::Reordering:
            return 5;
        case DiffKind::Substitution:
            return 4;
        case DiffKind::Insertion:
            return 3;
        case DiffKind::Omission:
            return 2;
        case DiffKind::Normalisation:
            return 1;
        case DiffKind::Same:
            break;
        }
        return 0;
    };
    int cover = 0;
    for (int g = 0; g <= m; ++g) {
        for (int c = gapColumn[size_t(g)]; c < refColumn(g); ++c) {
            const DiffKind kind = moved[size_t(c)] ? DiffKind::Reordering : DiffKind::Insertion;
            DiffKind &shownKind = kinds[c / span];
            shownKind = rank(kind) > rank(shownKind) ? kind : shownKind;
        }
        if (g == m)
            break;
        cover += covering[size_t(g)];
        const int c = refColumn(g);
        const DiffKind kind = moved[size_t(c)] ? DiffKind::Reordering
            : substituted[size_t(c)]           ? DiffKind::Substitution
            : cover > heldInside[size_t(g)]    ? DiffKind::Omission
            : normalised[size_t(c)]            ? DiffKind::Normalisation
                                               : DiffKind::Same;
        DiffKind &shownKind = kinds[c / span];
        shownKind = rank(kind) > rank(shownKind) ? kind : shownKind;
    }

    // Every column's cells in one index the columns share, rendering by rendering: each rendering's words in
    // column order, those that share a column (words past an insertion's bound, runs of columns) joined.
    QList<qint32> index(qsizetype(columnCount) * n, -1);
    QHash<QString, qint32> joinedAt;
    QStringList parts;
    for (int r = 0; r < n; ++r) {
        const Placement &p = placed[size_t(r)];
        int current = -1;
        qint32 single = -1;
        const auto flush = [&] {
            if (current < 0)
                return;
            qint32 cell = single;
            if (parts.size() > 1) {
                const QString text = parts.join(u' ');
                auto it = joinedAt.constFind(text);
                if (it == joinedAt.cend()) {
                    it = joinedAt.insert(text, qint32(words.size()));
                    words.append(text);
                }
                cell = it.value();
            }
            index[qsizetype(current) * n + r] = cell;
            parts.clear();
        };
        const auto add = [&](int fine, int j) {
            const int column = fine / span;
            if (column != current) {
                flush();
                current = column;
            }
            single = shown[r][size_t(j)];
            parts.append(words.at(single));
        };
        size_t a = 0;
        size_t slot = 0;
        for (size_t k = 0; k < p.inserted.size(); ++k) {
            const auto [g, j] = p.inserted[k];
            for (; a < p.atRef.size() && p.atRef[a].first < g; ++a)
                add(refColumn(p.atRef[a].first), p.atRef[a].second);
            slot = k > 0 && p.inserted[k - 1].first == g ? slot + 1 : 0;
            add(gapColumn[size_t(g)] + int(std::min(slot, size_t(insertionWidth[size_t(g)] - 1))), j);
        }
        for (; a < p.atRef.size(); ++a)
            add(refColumn(p.atRef[a].first), p.atRef[a].second);
        flush();
    }
    const QList<AlignmentCells> cells = AlignmentCells::split(words, index, QList<qsizetype>(kinds.size(), n));
    result.columns.reserve(kinds.size());
    for (qsizetype c = 0; c < kinds.size(); ++c)
        result.columns.append({ cells.at(c), kinds.at(c) });
    for (int r = 0; r < n; ++r) {
        if (r == reference) {
            result.similarity.append(1.0);
            continue;
        }
        const Placement &p = placed[r];
        const int matched = int(std::count_if(p.atRef.cbegin(), p.atRef.cend(),
            [&](const std::pair<int, int> &a) { return keys[r][size_t(a.second)] == ref[size_t(a.first)]; }));
        const int covered = p.first >= 0 ? p.last - p.first + 1 : 0;
        const int denominator = std::max(int(keys[r].size()), covered);
        result.similarity.append(denominator > 0 ? double(matched) / denominator : 0.0);
    }
    return result;
}
