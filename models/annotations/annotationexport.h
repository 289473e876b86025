// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annotations/annotation.h"

#include <QByteArray>
#include <QHash>

struct Corpus;

// Writes annotations for other tools: JSON, CSV (one row per anchor) and W3C Web Annotation
// JSON-LD. Offsets are code points of the article's current text; an anchor whose article is not
// in `corpus` (or is orphaned) is written with its quote selector only.
class AnnotationExport
{
public:
    AnnotationExport(const QList<Annotation> &annotations, const Corpus *corpus, QString projectName);

    QByteArray toJson() const;
    QByteArray toCsv() const;
    QByteArray toW3c() const;

    // The outlet an anchor's article belongs to, or an empty string.
    QString outletOf(const AnnotationAnchor &anchor) const;
    // Code point offset of a UTF-16 offset in an article's text; -1 when the article is unknown.
    int toCodePoint(const QString &articleId, int utf16Offset) const;

private:
    const QList<Annotation> &m_annotations;
    const Corpus *m_corpus;
    QString m_projectName;
    QHash<QString, int> m_articleIndex;
};
