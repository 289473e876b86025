// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Any file given as a project: opened read-only and for writing, it is refused with a message or
// opened, never crashes, and a refused file is left as it was.
#include "fuzzsupport.h"
#include "storage/projectstore.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzSupport::ensureApplication();
    QStandardPaths::setTestModeEnabled(true);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("fuzz.parallax"));
    const QByteArray bytes = FuzzSupport::bytes(data, size).toByteArray();
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            return 0;
    }
    for (const auto mode : { ProjectStore::Mode::ReadOnly, ProjectStore::Mode::ReadWrite }) {
        auto opened = ProjectStore::open(path, mode);
        if (!opened.ok()) {
            if (opened.error().message.isEmpty())
                std::abort();
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly) || file.readAll() != bytes)
                std::abort(); // a refused file must be left untouched
            continue;
        }
        opened.value()->corpusPath();
    }
    return 0;
}
