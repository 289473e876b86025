// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

// tr() for a namespace of free functions. A class, QObject or not, has tr() (Q_OBJECT or
// Q_DECLARE_TR_FUNCTIONS); a namespace cannot, so PARALLAX_NAMESPACE_TR(Name) at the top of its .cpp
// gives it a file-local one with QObject::tr()'s signature and the context Name. lupdate reads tr()
// inside Name's functions (and inside `namespace Name { namespace { … } }` helpers) with that
// context, so every user-visible string in the code is written tr("…").
#define PARALLAX_NAMESPACE_TR(Name)                                                                                    \
    namespace Name                                                                                                     \
    {                                                                                                                  \
    namespace                                                                                                          \
    {                                                                                                                  \
    [[maybe_unused]] QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)                    \
    {                                                                                                                  \
        return QCoreApplication::translate(#Name, text, disambiguation, n);                                            \
    }                                                                                                                  \
    }                                                                                                                  \
    }
