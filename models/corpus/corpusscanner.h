// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "corpus/corpus.h"

#include <QCoreApplication>
#include <QStringList>

// Lists the article files under a corpus root, recursively: .txt, .md, .html and .htm (any case),
// hidden files and folders skipped, symbolic links never followed (a link that leads outside the
// folder is reported; one inside is skipped since its target is listed where it lives).
class CorpusScanner
{
    Q_DECLARE_TR_FUNCTIONS(CorpusScanner)

public:
    struct Result {
        QStringList files; // relative to the root, '/' separated, sorted
        QList<Error> warnings; // by file
    };

    // `root` is a canonical path.
    static Result scan(const QString &root);
};
