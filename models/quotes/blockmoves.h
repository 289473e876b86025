// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <vector>

// Blocks of words that a witness moved against the reference, as collation tools find transpositions:
// the two word sequences are tiled greedily with their longest common runs (longest first, ties to the
// earliest), and the heaviest set of runs that keep their order (by words covered) stays in place; every
// other run of at least `MinLength` words was moved as one block. Depends on the two sequences only.
class BlockMoves
{
public:
    static constexpr int MinLength = 2;
    // Tiling costs the product of the two lengths for every block it finds; past this product (two renderings
    // of 500 words) no moves are looked for, so that a speech quoted in full stays quick.
    static constexpr size_t MaxSearchedCells = 250'000;

    struct Result {
        std::vector<bool> ref; // per reference word: part of a moved block
        std::vector<bool> wit; // per witness word: part of a moved block
        bool any = false;
    };

    static Result find(const std::vector<int> &ref, const std::vector<int> &wit);
};
