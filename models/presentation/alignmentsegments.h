// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "presentation/renderingdiff.h"

#include <QList>
#include <QString>

// The cells a comparison is drawn with, for the view and the HTML export alike: runs of alignment
// columns where no rendering changes its mark are joined, so unchanged text reads as text, while
// differing words keep a cell each and stay one above the other.
class AlignmentSegments
{
public:
    struct Segment {
        int first = 0; // alignment columns, inclusive
        int last = 0;
    };

    AlignmentSegments();
    // `comparison` must outlive this object. `joinDifferences`: also join runs of a difference (renderings as columns
    // read better in blocks). `maxWords` bounds a joined run, so a cell still fits a line.
    AlignmentSegments(
        const StatementComparison &comparison, bool showNormalisation, bool joinDifferences, int maxWords);

    int count() const { return int(m_segments.size()); }
    const QList<Segment> &segments() const { return m_segments; }

    // The mark of a column after the normalisation switch (hidden normalisation reads as same).
    CellMark mark(int column, int rendering) const;
    CellMark segmentMark(int segment, int rendering) const;
    // The words a rendering has in a segment.
    QString text(int segment, int rendering) const;
    // What a cell shows: its own words, or where it has none (omission, words moved away) the reference's.
    QString shownText(int segment, int rendering) const;
    // True when shownText() is the reference's words standing in for missing ones.
    bool showsReferenceWords(int segment, int rendering) const;
    // The renderings of a segment that show other cells than every earlier one, in rendering order: measuring their
    // shownText() is measuring all. Wire copy quoted by thousands of outlets has a handful per segment.
    QList<int> renderingsWithDistinctText(int segment) const;

private:
    const StatementComparison *m_comparison;
    bool m_showNormalisation;
    QList<Segment> m_segments;
};
