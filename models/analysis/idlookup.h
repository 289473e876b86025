// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QString>

#include <memory>
#include <mutex>

// Finds an item of a list by its `id` in constant time: the id → position table is built on the first
// look-up and built again when the list is no longer the one it was built for (other data, other size).
// Look-ups may come from several threads. A copy shares the table, which stays right for the copy as
// long as the copy's list is still the same shared data.
class IdLookup
{
public:
    IdLookup() = default;
    IdLookup(const IdLookup &other)
        : m_table(other.table())
    {
    }
    IdLookup &operator=(const IdLookup &other)
    {
        if (this != &other) {
            auto table = other.table();
            const std::lock_guard lock(m_mutex);
            m_table = std::move(table);
        }
        return *this;
    }

    // The position of the item whose id is `id`, or -1.
    template<typename T>
    int indexOf(const QList<T> &items, const QString &id) const
    {
        for (int attempt = 0; attempt < 2; ++attempt) {
            const std::shared_ptr<const Table> table = tableFor(items, attempt > 0);
            const int i = table->positions.value(id, -1);
            if (i < 0)
                return -1;
            if (i < items.size() && items.at(i).id == id)
                return i;
            // An item was changed in place since the table was built: build it again, once.
        }
        return -1;
    }

private:
    struct Table {
        const void *data = nullptr;
        qsizetype size = -1;
        QHash<QString, int> positions;
    };

    std::shared_ptr<const Table> table() const
    {
        const std::lock_guard lock(m_mutex);
        return m_table;
    }

    template<typename T>
    std::shared_ptr<const Table> tableFor(const QList<T> &items, bool rebuild) const
    {
        const std::lock_guard lock(m_mutex);
        if (rebuild || !m_table || m_table->data != items.constData() || m_table->size != items.size()) {
            auto table = std::make_shared<Table>();
            table->data = items.constData();
            table->size = items.size();
            table->positions.reserve(items.size());
            // The first of repeated ids wins, as a scan from the start would find it.
            for (int i = int(items.size()) - 1; i >= 0; --i)
                table->positions.insert(items.at(i).id, i);
            m_table = std::move(table);
        }
        return m_table;
    }

    mutable std::mutex m_mutex;
    mutable std::shared_ptr<const Table> m_table;
};
