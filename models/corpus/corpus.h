// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"
#include "corpus/article.h"

#include <QList>
#include <QString>

struct Corpus {
    QString name;
    QString path; // absolute, canonical
    QList<Article> articles; // sorted by `file`, so results never depend on directory order
    // Problems with single input files (file relative to the corpus root where possible): the load
    // went on without them, or with what could be read.
    QList<Error> warnings;

    int indexOf(const QString &articleId) const;
};
