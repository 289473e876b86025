// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

#include <numeric>

// Disjoint sets over 0..n-1; the root of a set is always its smallest member, so the result of a
// series of unions does not depend on their order.
class UnionFind
{
public:
    explicit UnionFind(int n)
        : m_parent(n)
    {
        std::iota(m_parent.begin(), m_parent.end(), 0);
    }

    int find(int x)
    {
        while (m_parent[x] != x) {
            m_parent[x] = m_parent[m_parent[x]];
            x = m_parent[x];
        }
        return x;
    }

    void unite(int a, int b)
    {
        a = find(a);
        b = find(b);
        if (a == b)
            return;
        if (a < b)
            m_parent[b] = a;
        else
            m_parent[a] = b;
    }

private:
    QList<int> m_parent;
};
