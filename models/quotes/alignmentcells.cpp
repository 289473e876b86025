// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "quotes/alignmentcells.h"

#include <QHash>

AlignmentCells::AlignmentCells(const QStringList &cells)
    : m_count(qint32(cells.size()))
{
    QHash<QString, qint32> positions;
    m_index.reserve(cells.size());
    for (const QString &cell : cells) {
        if (cell.isNull()) {
            m_index.append(-1);
            continue;
        }
        auto it = positions.constFind(cell);
        if (it == positions.cend()) {
            it = positions.insert(cell, qint32(m_words.size()));
            m_words.append(cell);
        }
        m_index.append(it.value());
    }
}

AlignmentCells::AlignmentCells(std::initializer_list<QString> cells)
    : AlignmentCells(QStringList(cells))
{
}

AlignmentCells::AlignmentCells(QStringList words, QList<qint32> index, qsizetype offset, qsizetype count)
    : m_words(std::move(words))
    , m_index(std::move(index))
    , m_offset(qint32(offset))
    , m_count(qint32(count))
{
    Q_ASSERT(offset >= 0 && count >= 0 && offset + count <= m_index.size());
}

const QString &AlignmentCells::at(qsizetype i) const
{
    static const QString gap;
    const qint32 w = m_index.at(m_offset + i);
    return w >= 0 && w < m_words.size() ? m_words.at(w) : gap;
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
