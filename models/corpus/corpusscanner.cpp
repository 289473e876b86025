// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "corpus/corpusscanner.h"

#include "core/logging.h"
#include "corpus/articlebuilder.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QUtf8StringView>

#include <dirent.h>

namespace
{
bool isInside(const QString &root, const QString &path)
{
    return path == root || path.startsWith(root + u'/');
}

// Links are not followed, so the tree is finite; the bound only guards absurd nesting.
constexpr int maxDepth = 64;

// Qt's directory iterator silently skips names that are not valid UTF-8 (no QString could name
// them), so each folder's raw entries are read once more for those, to report each one.
void reportUndecodableNames(const QString &root, const QString &dir, CorpusScanner::Result &result)
{
    DIR *listing = ::opendir(QFile::encodeName(dir).constData());
    if (!listing)
        return;
    const QString prefix = dir == root ? QString() : dir.mid(root.size() + (root.endsWith(u'/') ? 0 : 1)) + u'/';
    while (const dirent *entry = ::readdir(listing)) {
        const QByteArrayView name(entry->d_name);
        if (name.startsWith('.') || QUtf8StringView(name).isValidUtf8())
            continue;
        const QString relative = prefix + QString::fromUtf8(name);
        result.warnings.append({ Error::Code::Refused,
            CorpusScanner::tr("%1: the name is not valid UTF-8, so it cannot be opened: skipped (rename it to read it)")
                .arg(relative),
            relative });
    }
    ::closedir(listing);
}

void walk(const QString &root, const QString &dir, int depth, CorpusScanner::Result &result)
{
    // Unsorted (scan() sorts once): the iterator takes each entry's type from the directory
    // listing, where a sorted QDir listing costs a QFileInfo and comparisons per file.
    reportUndecodableNames(root, dir, result);
    QDirIterator entries(dir, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::System);
    while (entries.hasNext()) {
        const QFileInfo info = entries.nextFileInfo();
        // Every entry lies under `root`, which is canonical and has no trailing '/' (unless it is "/").
        const QString relative = info.filePath().mid(root.size() + (root.endsWith(u'/') ? 0 : 1));
        if (info.fileName().startsWith(u'.'))
            continue;
        if (info.isSymLink()) {
            const QString target = info.canonicalFilePath();
            const bool supported = info.isDir() || ArticleBuilder::formatForFile(info.fileName()).has_value();
            if (supported
                && (target.isEmpty() ? !isInside(root, QDir::cleanPath(info.symLinkTarget()))
                                     : !isInside(root, target)))
                result.warnings.append({ Error::Code::Refused,
                    CorpusScanner::tr("%1 is a link that leads outside the corpus folder: not followed").arg(relative),
                    relative });
            else if (supported)
                Logging::get("corpus")->debug("{}: link inside the corpus, skipped", relative.toStdString());
            continue;
        }
        if (info.isDir()) {
            if (depth + 1 > maxDepth)
                result.warnings.append({ Error::Code::Refused,
                    CorpusScanner::tr("%1 is more than %2 folders deep: skipped with everything in it")
                        .arg(relative)
                        .arg(maxDepth),
                    relative });
            else
                walk(root, info.filePath(), depth + 1, result);
            continue;
        }
        if (!ArticleBuilder::formatForFile(info.fileName()).has_value())
            continue;
        if (info.isFile())
            result.files.append(relative);
        else
            result.warnings.append({ Error::Code::Refused,
                CorpusScanner::tr("%1 is not a regular file (a pipe or device): skipped").arg(relative), relative });
    }
}
}

CorpusScanner::Result CorpusScanner::scan(const QString &root)
{
    Result result;
    walk(root, root, 0, result);
    result.files.sort();
    std::stable_sort(
        result.warnings.begin(), result.warnings.end(), [](const Error &a, const Error &b) { return a.file < b.file; });
    return result;
}
