// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "presentation/alignmentsegments.h"

#include "language/characters.h"

#include <QHash>

#include <algorithm>

namespace
{
bool isQuiet(CellMark mark)
{
    return mark == CellMark::Same || mark == CellMark::Empty || mark == CellMark::Outside;
}

// Joins cell texts with spaces, except before punctuation that belongs to the previous word.
QString joinCells(const QStringList &cells)
{
    QString out;
    for (const QString &cell : cells) {
        const QString t = cell.trimmed();
        if (t.isEmpty())
            continue;
        const QChar first = t.front();
        const bool attaches = first.isPunct() && !Characters::mayOpenQuote(first) && first != u'(' && first != u'['
            && first != u'\u2026' && !Characters::isHyphen(first);
        if (!out.isEmpty() && !attaches)
            out += QLatin1Char(' ');
        out += t;
    }
    return out;
}

const StatementComparison &emptyComparison()
{
    static const StatementComparison empty;
    return empty;
}
}

AlignmentSegments::AlignmentSegments()
    : m_comparison(&emptyComparison())
    , m_showNormalisation(true)
{
}

AlignmentSegments::AlignmentSegments(
    const StatementComparison &comparison, bool showNormalisation, bool joinDifferences, int maxWords)
    : m_comparison(&comparison)
    , m_showNormalisation(showNormalisation)
{
    const int n = int(comparison.renderings.size());
    int segmentWords = 0;
    for (int c = 0; c < comparison.columns.size(); ++c) {
        bool join = !m_segments.isEmpty() && segmentWords < maxWords;
        for (int r = 0; join && r < n; ++r) {
            const CellMark m = mark(c, r);
            join = m == mark(m_segments.constLast().last, r) && (joinDifferences || isQuiet(m));
        }
        int words = 0;
        for (const QString &cell : comparison.columns.at(c).cells)
            words = std::max(words, RenderingDiff::wordCount(cell));
        if (join) {
            m_segments.last().last = c;
            segmentWords += words;
        } else {
            m_segments.append({ c, c });
            segmentWords = words;
        }
    }
}

CellMark AlignmentSegments::mark(int column, int rendering) const
{
    if (rendering < 0 || rendering >= m_comparison->renderings.size())
        return CellMark::Empty;
    const QList<CellMark> &marks = m_comparison->renderings.at(rendering).marks;
    if (column < 0 || column >= marks.size())
        return CellMark::Empty;
    const CellMark m = marks.at(column);
    return (m == CellMark::Normalisation && !m_showNormalisation) ? CellMark::Same : m;
}

CellMark AlignmentSegments::segmentMark(int segment, int rendering) const
{
    if (segment < 0 || segment >= m_segments.size())
        return CellMark::Empty;
    return mark(m_segments.at(segment).first, rendering);
}

QString AlignmentSegments::text(int segment, int rendering) const
{
    if (segment < 0 || segment >= m_segments.size())
        return {};
    const Segment &s = m_segments.at(segment);
    QStringList cells;
    for (int c = s.first; c <= s.last; ++c)
        cells.append(m_comparison->columns.at(c).cells.value(rendering));
    return joinCells(cells);
}

bool AlignmentSegments::showsReferenceWords(int segment, int rendering) const
{
    const CellMark m = segmentMark(segment, rendering);
    if (m != CellMark::Omission && m != CellMark::Reordering)
        return false;
    // text() is empty when every cell is blank: asked for every rendering of every segment, so without joining them.
    const Segment &s = m_segments.at(segment);
    for (int c = s.first; c <= s.last; ++c) {
        const AlignmentCells &cells = m_comparison->columns.at(c).cells;
        if (rendering < cells.size() && !QStringView(cells.at(rendering)).trimmed().isEmpty())
            return false;
    }
    return true;
}

QList<int> AlignmentSegments::renderingsWithDistinctText(int segment) const
{
    QList<int> distinct;
    if (segment < 0 || segment >= m_segments.size())
        return distinct;
    const Segment &s = m_segments.at(segment);
    const QList<AlignmentColumn> &columns = m_comparison->columns;
    const auto cell = [&columns](int column, int rendering) -> const QString & {
        static const QString gap;
        const AlignmentCells &cells = columns.at(column).cells;
        return rendering < cells.size() ? cells.at(rendering) : gap;
    };
    const auto wordIndex = [&columns](int column, int rendering) {
        const AlignmentCells &cells = columns.at(column).cells;
        return rendering < cells.size() ? cells.wordIndex(rendering) : -1;
    };
    // Whether `owner` shows what an earlier rendering in `table` shows, by `key` of each of its cells; the first
    // rendering of a hash is noted in `table`.
    const auto seenBefore = [&s](QHash<size_t, int> &table, int owner, const auto &key) {
        size_t hash = 0;
        for (int c = s.first; c <= s.last; ++c)
            hash = qHashMulti(hash, key(c, owner));
        const auto earlier = table.constFind(hash);
        if (earlier == table.cend()) {
            table.insert(hash, owner);
            return false;
        }
        for (int c = s.first; c <= s.last; ++c) {
            if (key(c, owner) != key(c, *earlier))
                return false;
        }
        return true;
    };
    // Renderings are told apart by their cells, hashed and then compared, without joining them into texts. Two
    // renderings whose different cells hash alike are both kept: measured twice, not left out. A rendering whose
    // cells sit at the same places of the word table as an earlier one's shows the same words: those integers are
    // compared first, and only the few renderings with other places have their words hashed.
    QHash<size_t, int> placed; // hash of the cells' word table places -> the first rendering with them
    QHash<size_t, int> seen; // hash of the cells shown -> the first rendering with them
    const int renderings = int(m_comparison->renderings.size());
    for (int r = 0; r < renderings; ++r) {
        const int owner = showsReferenceWords(segment, r) ? m_comparison->reference : r;
        if (seenBefore(placed, owner, wordIndex) || seenBefore(seen, owner, cell))
            continue;
        distinct.append(r);
    }
    return distinct;
}

QString AlignmentSegments::shownText(int segment, int rendering) const
{
    return showsReferenceWords(segment, rendering) ? text(segment, m_comparison->reference) : text(segment, rendering);
}
