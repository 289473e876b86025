// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/projectschema.h"

#include "core/logging.h"
#include "core/translation.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

PARALLAX_NAMESPACE_TR(ProjectSchema)

namespace
{
// One list of statements per version; index i migrates version i to i + 1. Never edit a released
// step: add a new one, so that every older file follows the same path.
const QList<QStringList> &steps()
{
    static const QList<QStringList> all = {
        // 1: the project and its annotations
        {
            QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE annotations (id TEXT PRIMARY KEY, seq INTEGER NOT NULL, "
                           "created TEXT NOT NULL, modified TEXT NOT NULL, data TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX annotations_seq ON annotations (seq)"),
        },
        // 2: per-article analysis, reused while the article's text is unchanged
        {
            QStringLiteral("CREATE TABLE analysis_cache (article_id TEXT PRIMARY KEY, content_hash BLOB NOT NULL, "
                           "analyzer TEXT NOT NULL, data BLOB NOT NULL, updated TEXT NOT NULL)"),
        },
        // 3: the analyst's edits to the computed events, applied in order
        {
            QStringLiteral("CREATE TABLE event_edits (seq INTEGER PRIMARY KEY AUTOINCREMENT, "
                           "created TEXT NOT NULL, data TEXT NOT NULL)"),
        },
    };
    return all;
}

Error sqlError(const QSqlQuery &query)
{
    return { Error::Code::Io,
        ProjectSchema::tr("cannot update the project's tables: %1").arg(query.lastError().text()) };
}
}

int ProjectSchema::currentVersion()
{
    return int(steps().size());
}

int ProjectSchema::version(QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return -1;
    return query.value(0).toInt();
}

Error ProjectSchema::migrate(QSqlDatabase &db, int target)
{
    if (target < 0)
        target = currentVersion();
    const int from = version(db);
    if (from < 0 || from > currentVersion() || target > currentVersion())
        return { Error::Code::InvalidArgument,
            tr("cannot migrate from schema version %1 to %2").arg(from).arg(target) };
    QSqlQuery query(db);
    for (int v = from; v < target; ++v) {
        for (const QString &statement : steps().at(v)) {
            if (!query.exec(statement))
                return sqlError(query);
        }
    }
    if (from == 0 && target > 0 && !query.exec(QStringLiteral("PRAGMA application_id = %1").arg(applicationId)))
        return sqlError(query);
    if (target != from && !query.exec(QStringLiteral("PRAGMA user_version = %1").arg(target)))
        return sqlError(query);
    if (target != from)
        Logging::get("store")->info("project schema migrated from version {} to {}", from, target);
    return {};
}
