// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QExplicitlySharedDataPointer>
#include <QList>
#include <QString>
#include <QStringList>

#include <initializer_list>
#include <iterator>

// The cells of one alignment column, one per rendering; a null QString is a gap. Read like the
// QStringList it replaces, but stored as positions in a word table: the aligner gives all columns of a
// statement one shared table and one shared index, so a column costs four bytes per rendering and no
// allocation of its own (a string per cell made alignment the largest part of a statement's memory).
class AlignmentCells
{
public:
    class const_iterator
    {
    public:
        using iterator_category = std::forward_iterator_tag;
        using value_type = QString;
        using difference_type = qsizetype;
        using pointer = const QString *;
        using reference = const QString &;

        const_iterator() = default;
        const_iterator(const AlignmentCells *cells, qsizetype i)
            : m_cells(cells)
            , m_i(i)
        {
        }
        const QString &operator*() const { return m_cells->at(m_i); }
        const_iterator &operator++()
        {
            ++m_i;
            return *this;
        }
        const_iterator operator++(int)
        {
            const const_iterator before = *this;
            ++m_i;
            return before;
        }
        bool operator==(const const_iterator &other) const { return m_i == other.m_i; }

    private:
        const AlignmentCells *m_cells = nullptr;
        qsizetype m_i = 0;
    };

    AlignmentCells() = default;
    // NOLINTNEXTLINE(google-explicit-constructor): columns are written as string lists in tests and fallbacks
    AlignmentCells(const QStringList &cells);
    AlignmentCells(std::initializer_list<QString> cells);
    // `index` cut into consecutive columns of `counts` cells, all sharing one table: each cell a
    // position in `words` or -1 for a gap (a position outside the table reads as a gap too).
    static QList<AlignmentCells> split(QStringList words, QList<qint32> index, const QList<qsizetype> &counts);

    qsizetype size() const { return m_count; }
    bool isEmpty() const { return m_count == 0; }
    const QString &at(qsizetype i) const;
    QString value(qsizetype i) const { return i >= 0 && i < m_count ? at(i) : QString(); }
    QStringList toList() const;
    // The word table and each cell's position in it (-1: a gap), as the cache stores them.
    const QStringList &words() const;
    qint32 wordIndex(qsizetype i) const { return m_table->index.at(m_offset + i); }

    const_iterator begin() const { return { this, 0 }; }
    const_iterator end() const { return { this, m_count }; }

    friend bool operator==(const AlignmentCells &a, const AlignmentCells &b);

private:
    struct Table : QSharedData {
        QStringList words;
        QList<qint32> index;
    };
    AlignmentCells(QExplicitlySharedDataPointer<Table> table, qsizetype offset, qsizetype count);

    // One pointer and two numbers: a column costs no allocation of its own.
    QExplicitlySharedDataPointer<Table> m_table;
    qint32 m_offset = 0;
    qint32 m_count = 0;
};
