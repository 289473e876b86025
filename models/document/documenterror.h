// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"

#include <QMetaType>
#include <QString>

// What a ProjectDocument could not do. The kind says what it concerns, so that the window can tell
// a failed load (its warnings panel), a cache it could not write (the status bar) and a refused
// project or edit (a dialog) apart; the error's message is translated and names the file and the problem.
struct DocumentError {
    enum class Kind {
        Load, // the corpus could not be read or analysed
        Project, // a project file could not be opened, created or saved
        Annotation, // an annotation change was not saved
        EventEdit, // an event edit was not saved
        Cache, // the analysis could not be cached in the project
    };
    Kind kind = Kind::Project;
    QString title; // what failed, for a dialog's title
    Error error;
};
Q_DECLARE_METATYPE(DocumentError)
