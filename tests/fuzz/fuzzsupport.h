// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QCoreApplication>

#include <cstddef>
#include <cstdint>

// What every fuzz target needs once: a QCoreApplication (Qt's SQL and text codecs want one) and the
// input as a byte view.
namespace FuzzSupport
{
inline void ensureApplication()
{
    static int argc = 1;
    static char name[] = "parallax-fuzz";
    static char *argv[] = { name, nullptr };
    static QCoreApplication *app = QCoreApplication::instance() ? nullptr : new QCoreApplication(argc, argv);
    Q_UNUSED(app);
}

inline QByteArrayView bytes(const uint8_t *data, size_t size)
{
    return { reinterpret_cast<const char *>(data), qsizetype(size) };
}
}
