// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"
#include "corpus/articlebuilder.h"
#include "corpus/corpus.h"

#include <QCoreApplication>

#include <atomic>
#include <functional>

// Loads a corpus folder: finds article files, reads the manifest, decodes, extracts and segments.
// Problems with single files become warnings; only an unusable folder is an error.
class CorpusLoader
{
    Q_DECLARE_TR_FUNCTIONS(CorpusLoader)

public:
    struct Options {
        qint64 maxFileSize = qint64 { 20 } * 1024 * 1024; // larger files are skipped with a warning
        int threads = 0; // worker threads for reading and parsing; 0 = one per core
        // Called from worker threads with (articles done, articles total).
        std::function<void(int, int)> progress;
        const std::atomic_bool *cancel = nullptr;
        // A cache of loaded files (a project's), called from worker threads: asked before a file is
        // read, with its path and its stamp (size, modification time and the manifest's), and given
        // every file read, so that a reopen parses only files whose stamp changed.
        std::function<std::optional<ArticleBuilder::Built>(const QString &file, const QByteArray &stamp)> cached;
        std::function<void(const QString &file, const QByteArray &stamp, const ArticleBuilder::Built &built)> store;
    };

    struct Result {
        Corpus corpus;
        Error error; // set when the path itself is unusable
        bool cancelled = false;
        bool ok() const { return error.ok() && !cancelled; }
    };

    static Result load(const QString &path, const Options &options);
    static Result load(const QString &path) { return load(path, Options {}); }
};
