// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "quotes/alignmentcells.h"

#include <QHash>

AlignmentCells::AlignmentCells(const QStringList &cells)
    : m_table(new Table)
    , m_count(qint32(cells.size()))
{
    QHash<QString, qint32> positions;
    m_table->index.reserve(cells.size());
    for (const QString &cell : cells) {
        if (cell.isNull()) {
            m_table->index.append(-1);
            continue;
        }
        auto it = positions.constFind(cell);
        if (it == positions.cend()) {
            it = positions.insert(cell, qint32(m_table->words.size()));
            m_table->words.append(cell);
        }
        m_table->index.append(it.value());
    }
}

AlignmentCells::AlignmentCells(std::initializer_list<QString> cells)
    : AlignmentCells(QStringList(cells))
{
}

AlignmentCells::AlignmentCells(QExplicitlySharedDataPointer<Table> table, qsizetype offset, qsizetype count)
    : m_table(std::move(table))
    , m_offset(qint32(offset))
    , m_count(qint32(count))
{
}

QList<AlignmentCells> AlignmentCells::split(QStringList words, QList<qint32> index, const QList<qsizetype> &counts)
{
    QExplicitlySharedDataPointer<Table> table(new Table);
    table->words = std::move(words);
    table->index = std::move(index);
    QList<AlignmentCells> columns;
    columns.reserve(counts.size());
    qsizetype offset = 0;
    for (const qsizetype count : counts) {
        Q_ASSERT(count >= 0 && offset + count <= table->index.size());
        columns.append(AlignmentCells(table, offset, count));
        offset += count;
    }
    return columns;
}

const QStringList &AlignmentCells::words() const
{
    static const QStringList none;
    return m_table ? m_table->words : none;
}

const QString &AlignmentCells::at(qsizetype i) const
{
    static const QString gap;
    const qint32 w = wordIndex(i);
    return w >= 0 && w < m_table->words.size() ? m_table->words.at(w) : gap;
}

QStringList AlignmentCells::toList() const
{
    QStringList cells;
    cells.reserve(m_count);
    for (const QString &cell : *this)
        cells.append(cell);
    return cells;
}

bool operator==(const AlignmentCells &a, const AlignmentCells &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a.at(i) != b.at(i) || a.at(i).isNull() != b.at(i).isNull())
            return false;
    }
    return true;
}
