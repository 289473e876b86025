// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "quotes/blockmoves.h"

#include <algorithm>

namespace
{
struct Run {
    int ref = 0;
    int wit = 0;
    int length = 0;
};

// Greedy string tiling: the longest common run of words not yet tiled, again and again.
std::vector<Run> tile(const std::vector<int> &ref, const std::vector<int> &wit)
{
    const int m = int(ref.size());
    const int k = int(wit.size());
    std::vector<bool> refUsed(m, false);
    std::vector<bool> witUsed(k, false);
    std::vector<int> previous(k + 1);
    std::vector<int> current(k + 1);
    std::vector<Run> runs;
    for (;;) {
        Run best;
        std::fill(previous.begin(), previous.end(), 0);
        for (int i = 1; i <= m; ++i) {
            current[0] = 0;
            for (int j = 1; j <= k; ++j) {
                const bool match = !refUsed[i - 1] && !witUsed[j - 1] && ref[i - 1] == wit[j - 1];
                current[j] = match ? previous[j - 1] + 1 : 0;
                // Strictly longer only: ties keep the earliest run, in reference then witness order.
                if (current[j] > best.length)
                    best = { i - current[j], j - current[j], current[j] };
            }
            std::swap(previous, current);
        }
        if (best.length < BlockMoves::MinLength)
            break;
        for (int d = 0; d < best.length; ++d) {
            refUsed[best.ref + d] = true;
            witUsed[best.wit + d] = true;
        }
        runs.push_back(best);
    }
    return runs;
}
}

BlockMoves::Result BlockMoves::find(const std::vector<int> &ref, const std::vector<int> &wit)
{
    Result result;
    result.ref.assign(ref.size(), false);
    result.wit.assign(wit.size(), false);
    if (ref.size() * wit.size() > MaxSearchedCells)
        return result;
    std::vector<Run> runs = tile(ref, wit);
    if (runs.size() < 2)
        return result;
    std::sort(runs.begin(), runs.end(), [](const Run &a, const Run &b) { return a.ref < b.ref; });
    // Heaviest subsequence of runs whose witness positions increase too: those stay in place.
    const int n = int(runs.size());
    std::vector<int> weight(n);
    std::vector<int> before(n, -1);
    int best = 0;
    for (int a = 0; a < n; ++a) {
        weight[a] = runs[a].length;
        for (int b = 0; b < a; ++b) {
            if (runs[b].wit < runs[a].wit && weight[b] + runs[a].length > weight[a]) {
                weight[a] = weight[b] + runs[a].length;
                before[a] = b;
            }
        }
        if (weight[a] > weight[best])
            best = a;
    }
    std::vector<bool> kept(n, false);
    for (int a = best; a >= 0; a = before[a])
        kept[a] = true;
    for (int a = 0; a < n; ++a) {
        if (kept[a])
            continue;
        result.any = true;
        for (int d = 0; d < runs[a].length; ++d) {
            result.ref[runs[a].ref + d] = true;
            result.wit[runs[a].wit + d] = true;
        }
    }
    return result;
}
