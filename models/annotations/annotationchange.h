// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFlags>
#include <QMetaType>
#include <QString>

// The parts of an annotation an edit touched, so listeners repaint only what changed.
enum class AnnotationField {
    Category = 0x01,
    Severity = 0x02,
    Note = 0x04,
    Author = 0x08,
    Anchors = 0x10,
    All = 0xff,
};
Q_DECLARE_FLAGS(AnnotationFields, AnnotationField)
Q_DECLARE_OPERATORS_FOR_FLAGS(AnnotationFields)

// What AnnotationStore::changed reports, after the change is committed to the project.
struct AnnotationChange {
    enum class Kind {
        Added, // `index` is the new row
        Changed, // `index` is the row, `fields` what changed
        Removed, // `index` was the row
        Reset, // everything may have changed (a project was loaded)
    };
    Kind kind = Kind::Reset;
    QString id;
    int index = -1;
    AnnotationFields fields;
};

Q_DECLARE_METATYPE(AnnotationChange)
