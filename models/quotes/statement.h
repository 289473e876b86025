// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "quotes/alignmentcells.h"

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

// How one column of an alignment differs across renderings.
enum class DiffKind { Same, Normalisation, Substitution, Insertion, Omission, Reordering };

QString diffKindName(DiffKind kind);

// One column of a multi-witness alignment: a cell per rendering, in Statement::quotes order.
// A null QString is a gap (that rendering has no words here).
struct AlignmentColumn {
    AlignmentCells cells;
    DiffKind kind = DiffKind::Same;
};

Q_DECLARE_METATYPE(AlignmentColumn)

// Outlets credit renderings of one statement to different speakers.
struct AttributionConflict {
    QStringList speakers;
    QStringList quotes; // quote ids, parallel to speakers
};

// One original utterance and every quote, across articles, that renders it.
struct Statement {
    QString id; // "s<n>", stable for the same corpus
    QString speaker; // canonical; empty when unknown
    QStringList quotes; // quote ids, ordered by article file then offset
    QString reference; // the fullest rendering, against which similarity is measured
    QList<double> similarity; // parallel to quotes, 0..1 against the reference
    QList<AlignmentColumn> alignment;
    QList<AttributionConflict> conflicts;
};
