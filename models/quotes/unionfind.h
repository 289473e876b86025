// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <algorithm>
#include <numeric>
#include <vector>

// Disjoint sets over 0..n-1. find() names a set by its smallest member, so the result of a series of
// unions does not depend on their order; the trees underneath are joined by size (with path halving)
// so that a set of a million members costs no more to find than a small one.
class UnionFind
{
public:
    explicit UnionFind(int n)
        : m_parent(size_t(n))
        , m_size(size_t(n), 1)
        , m_smallest(size_t(n))
    {
        std::iota(m_parent.begin(), m_parent.end(), 0);
        std::iota(m_smallest.begin(), m_smallest.end(), 0);
    }

    int find(int x) { return m_smallest[size_t(root(x))]; }

    void unite(int a, int b)
    {
        a = root(a);
        b = root(b);
        if (a == b)
            return;
        if (m_size[size_t(a)] < m_size[size_t(b)])
            std::swap(a, b);
        m_parent[size_t(b)] = a;
        m_size[size_t(a)] += m_size[size_t(b)];
        m_smallest[size_t(a)] = std::min(m_smallest[size_t(a)], m_smallest[size_t(b)]);
    }

private:
    int root(int x)
    {
        while (m_parent[size_t(x)] != x) {
            m_parent[size_t(x)] = m_parent[size_t(m_parent[size_t(x)])];
            x = m_parent[size_t(x)];
        }
        return x;
    }

    std::vector<int> m_parent;
    std::vector<int> m_size;
    std::vector<int> m_smallest;
};
