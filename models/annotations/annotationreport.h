// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annotations/annotation.h"

#include <QByteArray>

struct Corpus;

// The Markdown report of a project's discrepancies: each annotation with its note and its
// anchored texts side by side (one column per anchor, headed by its role and outlet).
namespace AnnotationReport
{
struct Options {
    QString projectName;
    // A timeline picture to embed, as a path relative to the report; empty for none.
    QString timelineImage;
};

QByteArray toMarkdown(const QList<Annotation> &annotations, const Corpus *corpus, const Options &options);
}
