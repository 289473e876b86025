// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "corpus/manifest.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace
{
bool isInside(const QString &root, const QString &path)
{
    return path == root || path.startsWith(root.endsWith(u'/') ? root : root + u'/');
}

// `path` relative to `root`, for a clean path already known to be inside it.
QString relativeTo(const QString &root, const QString &path)
{
    return path.mid(root.size() + (root.endsWith(u'/') ? 0 : 1));
}

QDate parseDate(const QString &value)
{
    // "2025-10-29" or a full ISO timestamp: the calendar date is what counts.
    QDate date = QDate::fromString(value.left(10), Qt::ISODate);
    if (value.size() > 10 && value.at(10) != u'T' && value.at(10) != u' ')
        date = {};
    return date;
}
}

std::pair<int, int> Manifest::lineAndColumn(QByteArrayView text, qsizetype offset)
{
    offset = std::clamp<qsizetype>(offset, 0, text.size());
    const QByteArrayView before = text.first(offset);
    const int line = int(before.count('\n')) + 1;
    const qsizetype lineStart = before.lastIndexOf('\n') + 1;
    const int column = int(QString::fromUtf8(before.sliced(lineStart)).size()) + 1;
    return { line, column };
}

QString Manifest::resolveInside(const QString &root, const QString &relative, Problem *problem)
{
    *problem = Problem::None;
    QString path = QDir::cleanPath(QDir::isAbsolutePath(relative) ? relative : root + u'/' + relative);
    if (!isInside(root, path) || path == root) {
        *problem = Problem::Outside;
        return {};
    }
    const QFileInfo info(path);
    if (!info.exists()) {
        // A dangling link is as missing as an absent file, but a link out is refused either way.
        const QString target = info.isSymLink() ? info.symLinkTarget() : QString();
        *problem
            = !target.isEmpty() && !isInside(root, QDir::cleanPath(target)) ? Problem::LinkOutside : Problem::Missing;
        return {};
    }
    if (!isInside(root, info.canonicalFilePath())) {
        *problem = Problem::LinkOutside;
        return {};
    }
    if (!info.isFile()) {
        *problem = Problem::NotAFile;
        return {};
    }
    return path;
}

Manifest Manifest::read(const QString &root, const QSet<QString> &scanned)
{
    QFile file(root + u'/' + fileName());
    if (!file.exists())
        return {};
    if (!file.open(QIODevice::ReadOnly)) {
        Manifest manifest;
        manifest.present = true;
        manifest.warnings.append({ Error::Code::Io,
            Manifest::tr("%1 cannot be read (%2): its metadata is ignored").arg(fileName(), file.errorString()),
            fileName() });
        return manifest;
    }
    return parse(root, file.readAll(), scanned);
}

Manifest Manifest::parse(const QString &root, QByteArrayView json, const QSet<QString> &scanned)
{
    Manifest manifest;
    manifest.present = true;
    const QString name = fileName();
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json.toByteArray(), &error);
    if (error.error != QJsonParseError::NoError) {
        // Qt reports the offset just past the character it choked on.
        const auto [line, column] = lineAndColumn(json, std::max(0, error.offset - 1));
        manifest.warnings.append({ Error::Code::Malformed,
            Manifest::tr("%1 is not valid JSON (line %2, column %3: %4): its metadata is ignored")
                .arg(name)
                .arg(line)
                .arg(column)
                .arg(error.errorString()),
            name });
        return manifest;
    }
    if (!doc.isObject()) {
        manifest.warnings.append({ Error::Code::Malformed,
            Manifest::tr("%1 does not hold a JSON object: its metadata is ignored").arg(name), name });
        return manifest;
    }
    const QJsonObject top = doc.object();
    manifest.name = top.value(QStringLiteral("name")).toString().trimmed();
    const QJsonValue articles = top.value(QStringLiteral("articles"));
    if (!articles.isUndefined() && !articles.isArray()) {
        manifest.warnings.append(
            { Error::Code::Malformed, Manifest::tr("%1: \"articles\" is not a list: ignored").arg(name), name });
        return manifest;
    }
    const QJsonArray list = articles.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QJsonObject e = list.at(i).toObject();
        const QString file = e.value(QStringLiteral("file")).toString().trimmed();
        if (file.isEmpty()) {
            manifest.warnings.append({ Error::Code::Malformed,
                Manifest::tr("%1: article entry %2 has no \"file\": ignored").arg(name).arg(i + 1), name });
            continue;
        }
        Problem problem = Problem::None;
        const QString cleaned = QDir::cleanPath(QDir::isAbsolutePath(file) ? file : root + u'/' + file);
        const bool known = isInside(root, cleaned) && scanned.contains(relativeTo(root, cleaned));
        const QString path = known ? cleaned : resolveInside(root, file, &problem);
        switch (problem) {
        case Problem::Outside:
            manifest.warnings.append({ Error::Code::Refused,
                Manifest::tr("%1 lists %2, which is outside the corpus folder: refused").arg(name, file), file });
            continue;
        case Problem::LinkOutside:
            manifest.warnings.append({ Error::Code::Refused,
                Manifest::tr("%1 lists %2, a link that leads outside the corpus folder: refused").arg(name, file),
                file });
            continue;
        case Problem::Missing:
            manifest.warnings.append(
                { Error::Code::NotFound, Manifest::tr("%1 lists %2, which does not exist").arg(name, file), file });
            continue;
        case Problem::NotAFile:
            manifest.warnings.append(
                { Error::Code::Refused, Manifest::tr("%1 lists %2, which is not a file").arg(name, file), file });
            continue;
        case Problem::None:
            break;
        }
        ManifestEntry entry;
        entry.file = relativeTo(root, path);
        auto text = [&e](const char *key) { return e.value(QLatin1String(key)).toString().trimmed(); };
        entry.outlet = text("outlet");
        entry.url = text("url");
        entry.title = text("title");
        entry.author = text("author");
        const QString published = text("published");
        if (!published.isEmpty()) {
            entry.published = parseDate(published);
            if (!entry.published.isValid())
                manifest.warnings.append({ Error::Code::Malformed,
                    Manifest::tr("%1: the \"published\" date of %2 is not a date (YYYY-MM-DD): %3")
                        .arg(name, entry.file, published),
                    entry.file });
        }
        if (manifest.entries.contains(entry.file))
            manifest.warnings.append({ Error::Code::Malformed,
                Manifest::tr("%1 lists %2 twice: the last entry is used").arg(name, entry.file), entry.file });
        manifest.entries.insert(entry.file, entry);
    }
    return manifest;
}
