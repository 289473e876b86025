// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "corpus/article.h"

#include <QList>
#include <QString>

// A problem with one input file: the load goes on without it (or with what could be read).
struct LoadWarning {
    QString file; // relative to the corpus root where possible
    QString message; // translated, says what is wrong
};

struct Corpus {
    QString name;
    QString path; // absolute, canonical
    QList<Article> articles; // sorted by `file`, so results never depend on directory order
    QList<LoadWarning> warnings;

    int indexOf(const QString &articleId) const;
};
