// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/cleancloserecord.h"

#include "storage/projectaccess.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QSettings>

#include <algorithm>

namespace
{
const QString settingsGroup = QStringLiteral("projects/cleanClose");
// Enough for every project a person works on; a project without a record is only checked in full.
constexpr int maxRecords = 200;

// The settings key of a project: its canonical path, hashed (a path is not a valid key everywhere).
QString keyFor(const QString &path)
{
    const QFileInfo info(path);
    const QString canonical = info.canonicalFilePath().isEmpty() ? info.absoluteFilePath() : info.canonicalFilePath();
    return QString::fromLatin1(QCryptographicHash::hash(canonical.toUtf8(), QCryptographicHash::Sha1).toHex());
}

// Size, modification time (milliseconds) and the 100-byte SQLite header (page count, change counter);
// empty when the file cannot be read or a WAL beside it holds frames (its pages are not all in the file).
QString fingerprint(const QString &path)
{
    if (ProjectAccess::hasWalFrames(path))
        return {};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray header = file.read(100);
    const QFileInfo info(path);
    if (header.size() < 100)
        return {};
    return QString::number(info.size()) + u'|' + QString::number(info.lastModified().toMSecsSinceEpoch()) + u'|'
        + QString::fromLatin1(header.toHex());
}
}

void CleanCloseRecord::record(const QString &path)
{
    const QString print = fingerprint(path);
    QSettings settings;
    settings.beginGroup(settingsGroup);
    const QString key = keyFor(path);
    if (print.isEmpty()) {
        settings.remove(key);
        return;
    }
    QStringList keys = settings.childKeys();
    if (!keys.contains(key) && keys.size() >= maxRecords) {
        // The oldest records go first: each holds the time it was made.
        std::sort(keys.begin(), keys.end(), [&settings](const QString &a, const QString &b) {
            return settings.value(a).toStringList().value(0) < settings.value(b).toStringList().value(0);
        });
        for (qsizetype i = 0; i <= keys.size() - maxRecords; ++i)
            settings.remove(keys.at(i));
    }
    settings.setValue(key, QStringList { QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs), print });
}

bool CleanCloseRecord::matches(const QString &path)
{
    const QString print = fingerprint(path);
    if (print.isEmpty())
        return false;
    QSettings settings;
    settings.beginGroup(settingsGroup);
    return settings.value(keyFor(path)).toStringList().value(1) == print;
}

void CleanCloseRecord::forget(const QString &path)
{
    QSettings settings;
    settings.beginGroup(settingsGroup);
    settings.remove(keyFor(path));
}
