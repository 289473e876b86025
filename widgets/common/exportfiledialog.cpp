// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/exportfiledialog.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace
{
const QString FolderKey = QStringLiteral("export/folder");

QString filterOf(const ExportFileDialog::FileType &type)
{
    return QStringLiteral("%1 (*.%2)").arg(type.description, type.suffix);
}
}

QString ExportFileDialog::startFolder()
{
    QString last = QSettings().value(FolderKey).toString();
    if (!last.isEmpty() && QFileInfo(last).isDir())
        return last;
    for (QStandardPaths::StandardLocation location :
        { QStandardPaths::PicturesLocation, QStandardPaths::DocumentsLocation, QStandardPaths::HomeLocation }) {
        QString folder = QStandardPaths::writableLocation(location);
        if (!folder.isEmpty() && QFileInfo(folder).isDir())
            return folder;
    }
    return QDir::currentPath();
}

void ExportFileDialog::rememberFolder(const QString &path)
{
    if (!path.isEmpty())
        QSettings().setValue(FolderKey, QFileInfo(path).absolutePath());
}

QString ExportFileDialog::withSuffix(const QString &path, const FileType &type, const QList<FileType> &types)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    const bool known = std::any_of(
        types.cbegin(), types.cend(), [&suffix](const FileType &t) { return t.suffix.compare(suffix) == 0; });
    return known || path.isEmpty() ? path : path + QLatin1Char('.') + type.suffix;
}

QString ExportFileDialog::getSaveFileName(
    QWidget *parent, const QString &title, const QString &suggestedName, const QList<FileType> &types)
{
    QStringList filters;
    for (const FileType &type : types)
        filters.append(filterOf(type));
    const QFileInfo suggested(suggestedName);
    const QString start = suggestedName.isEmpty() ? startFolder()
        : suggested.isAbsolute()                  ? suggestedName
                                                  : QDir(startFolder()).filePath(suggestedName);
    QString selectedFilter;
    const QString suggestedSuffix = suggested.suffix().toLower();
    for (const FileType &type : types) {
        if (type.suffix == suggestedSuffix)
            selectedFilter = filterOf(type);
    }
    const QString path
        = QFileDialog::getSaveFileName(parent, title, start, filters.join(QStringLiteral(";;")), &selectedFilter);
    if (path.isEmpty())
        return {};
    const qsizetype chosen = filters.indexOf(selectedFilter);
    QString result = withSuffix(path, types.value(std::max<qsizetype>(0, chosen)), types);
    rememberFolder(result);
    return result;
}
