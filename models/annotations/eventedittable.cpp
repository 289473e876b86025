// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotations/eventedittable.h"

#include "core/logging.h"
#include "core/translation.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

PARALLAX_NAMESPACE_TR(EventEditTable)

namespace
{
Error sqlError(const QSqlQuery &query)
{
    const QString message = EventEditTable::tr("cannot save the event edits: %1").arg(query.lastError().text());
    Logging::get("store")->error("{}", message.toStdString());
    return { Error::Code::Io, message };
}
}

Result<QList<EventEdit>> EventEditTable::loadAll(QSqlDatabase &db)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT seq, data FROM event_edits ORDER BY seq")))
        return sqlError(query);
    QList<EventEdit> edits;
    while (query.next()) {
        std::optional<EventEdit> edit
            = EventEdit::fromJson(QJsonDocument::fromJson(query.value(1).toByteArray()).object());
        if (!edit) {
            Logging::get("store")->error(
                "event edit {} cannot be read; it is kept in the file", query.value(0).toLongLong());
            continue;
        }
        edit->seq = query.value(0).toLongLong();
        edits.append(std::move(*edit));
    }
    return edits;
}

Result<qint64> EventEditTable::put(QSqlDatabase &db, const EventEdit &edit)
{
    QSqlQuery query(db);
    const QString data = QString::fromUtf8(QJsonDocument(edit.toJson()).toJson(QJsonDocument::Compact));
    const QString created = edit.created.toUTC().toString(Qt::ISODateWithMs);
    if (edit.seq > 0) {
        query.prepare(QStringLiteral("INSERT OR REPLACE INTO event_edits (seq, created, data) VALUES (?, ?, ?)"));
        query.addBindValue(edit.seq);
    } else {
        query.prepare(QStringLiteral("INSERT INTO event_edits (created, data) VALUES (?, ?)"));
    }
    query.addBindValue(created);
    query.addBindValue(data);
    if (!query.exec())
        return sqlError(query);
    return edit.seq > 0 ? edit.seq : query.lastInsertId().toLongLong();
}

Error EventEditTable::remove(QSqlDatabase &db, qint64 seq)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("DELETE FROM event_edits WHERE seq = ?"));
    query.addBindValue(seq);
    if (!query.exec())
        return sqlError(query);
    return {};
}
