// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <algorithm>
#include <bit>
#include <numeric>
#include <unordered_map>
#include <vector>

// Disjoint sets over 0..n-1. find() names a set by its smallest member, so the result of a series of
// unions does not depend on their order; the trees underneath are joined by size (with path halving)
// so that a set of a million members costs no more to find than a small one. Two members may be kept
// apart: unite() then refuses to join their sets (few such pairs are expected; each costs a find).
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

    // False, and nothing joined, when the two sets hold members kept apart, unless `force`.
    bool unite(int a, int b, bool force = false)
    {
        a = root(a);
        b = root(b);
        if (a == b)
            return true;
        if (!force && !m_apart.empty() && (holdsApart(a, b) || holdsApart(b, a)))
            return false;
        if (m_size[size_t(a)] < m_size[size_t(b)])
            std::swap(a, b);
        m_parent[size_t(b)] = a;
        m_size[size_t(a)] += m_size[size_t(b)];
        m_smallest[size_t(a)] = std::min(m_smallest[size_t(a)], m_smallest[size_t(b)]);
        const auto moved = m_apart.find(b);
        if (moved != m_apart.end()) {
            std::vector<int> moving = std::move(moved->second);
            m_apart.erase(moved);
            std::vector<int> &into = m_apart[a];
            const size_t before = into.size();
            into.insert(into.end(), moving.cbegin(), moving.cend());
            // Members of one set need one entry: a list that has doubled is cut down to one member per set.
            if (into.size() >= 64 && std::bit_floor(into.size()) != std::bit_floor(before)) {
                for (int &x : into)
                    x = root(x);
                std::sort(into.begin(), into.end());
                into.erase(std::unique(into.begin(), into.end()), into.end());
            }
        }
        return true;
    }

    // From now on the sets of `a` and `b` are never joined; false when they already are one set.
    bool keepApart(int a, int b)
    {
        if (root(a) == root(b))
            return false;
        m_apart[root(a)].push_back(b);
        m_apart[root(b)].push_back(a);
        return true;
    }

private:
    // Whether the set rooted at `a` holds a member kept apart from one of the set rooted at `b`.
    bool holdsApart(int a, int b)
    {
        const auto it = m_apart.find(a);
        return it != m_apart.end()
            && std::any_of(it->second.cbegin(), it->second.cend(), [&](int x) { return root(x) == b; });
    }

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
    std::unordered_map<int, std::vector<int>> m_apart; // by root: members of other sets kept apart from it
};
