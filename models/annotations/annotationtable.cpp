// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotations/annotationtable.h"

#include "annotations/annotationjson.h"
#include "core/logging.h"
#include "core/translation.h"

#include <QSqlError>
#include <QSqlQuery>

PARALLAX_NAMESPACE_TR(AnnotationTable)

namespace
{
Error sqlError(const char *what, const QSqlQuery &query)
{
    const QString message = AnnotationTable::tr(what).arg(query.lastError().text());
    Logging::get("store")->error("{}", message.toStdString());
    return { Error::Code::Io, message };
}
}

Result<QList<Annotation>> AnnotationTable::loadAll(QSqlDatabase &db)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT id, data FROM annotations ORDER BY seq, created, id")))
        return sqlError(QT_TRANSLATE_NOOP("AnnotationTable", "cannot read the annotations: %1"), query);
    QList<Annotation> all;
    while (query.next()) {
        std::optional<Annotation> a = AnnotationJson::fromStoredBytes(query.value(1).toByteArray());
        if (!a) {
            // Left in the file untouched: a newer Parallax or a repair may still read it.
            Logging::get("store")->error(
                "annotation {} cannot be read; it is kept in the file", query.value(0).toString().toStdString());
            continue;
        }
        all.append(std::move(*a));
    }
    return all;
}

Error AnnotationTable::put(QSqlDatabase &db, const Annotation &a)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("INSERT INTO annotations (id, seq, created, modified, data) VALUES (?, ?, ?, ?, ?) "
                                 "ON CONFLICT (id) DO UPDATE SET modified = excluded.modified, data = excluded.data"));
    query.addBindValue(a.id);
    query.addBindValue(a.created.toMSecsSinceEpoch());
    query.addBindValue(a.created.toUTC().toString(Qt::ISODateWithMs));
    query.addBindValue(a.modified.toUTC().toString(Qt::ISODateWithMs));
    query.addBindValue(QString::fromUtf8(AnnotationJson::toStoredBytes(a)));
    if (!query.exec())
        return sqlError(QT_TRANSLATE_NOOP("AnnotationTable", "cannot save the annotation: %1"), query);
    return {};
}

Error AnnotationTable::remove(QSqlDatabase &db, const QString &id)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("DELETE FROM annotations WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec())
        return sqlError(QT_TRANSLATE_NOOP("AnnotationTable", "cannot delete the annotation: %1"), query);
    return {};
}
