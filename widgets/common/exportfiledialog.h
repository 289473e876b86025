// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class QWidget;

// The save dialog every export uses: it opens in the folder the analyst last exported to (else Pictures,
// Documents or home, whichever exists), gives the name the extension of the chosen type when it has none,
// and remembers the folder.
class ExportFileDialog
{
    Q_DECLARE_TR_FUNCTIONS(ExportFileDialog)
public:
    struct FileType {
        QString description; // "PNG image"
        QString suffix; // "png"
    };

    // `suggestedName` may be a bare file name (placed in the starting folder) or a path. Empty when cancelled.
    static QString getSaveFileName(
        QWidget *parent, const QString &title, const QString &suggestedName, const QList<FileType> &types);

    // The folder a save dialog starts in: the last export's, if it still exists, else a standard one.
    static QString startFolder();
    // Remembers the folder of `path` for the next export.
    static void rememberFolder(const QString &path);
    // `path` with the suffix of `type` added when it has none of `types`' suffixes.
    static QString withSuffix(const QString &path, const FileType &type, const QList<FileType> &types);
};
