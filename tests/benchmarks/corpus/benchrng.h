// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <algorithm>
#include <cmath>
#include <iterator>

// The benchmark corpus' random numbers: SplitMix64, so that a seed gives the same corpus on every
// machine and library version, and any article can be made on its own from (seed, index).
class BenchRng
{
public:
    explicit BenchRng(quint64 seed)
        : m_state(seed)
    {
    }
    // A seed for one part of the corpus (an article, a story), independent of the others.
    static quint64 derive(quint64 seed, quint64 part) { return BenchRng(seed ^ (part * 0x9e3779b97f4a7c15ull)).next(); }

    quint64 next()
    {
        quint64 z = (m_state += 0x9e3779b97f4a7c15ull);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
        return z ^ (z >> 31);
    }
    // In [0, n).
    int below(int n) { return n <= 1 ? 0 : int(next() % quint64(n)); }
    // In [lo, hi].
    int between(int lo, int hi) { return lo + below(hi - lo + 1); }
    double unit() { return double(next() >> 11) * 0x1.0p-53; }
    bool chance(double p) { return unit() < p; }
    // A rank in [0, n) with P(k) falling as 1/(k+1): a few popular, a long tail (Zipf, s = 1).
    int skewed(int n) { return n <= 1 ? 0 : std::min(n - 1, int(std::floor(std::pow(double(n) + 1, unit()))) - 1); }
    template<typename List>
    const auto &pick(const List &list)
    {
        return list[below(int(std::size(list)))];
    }

private:
    quint64 m_state;
};
