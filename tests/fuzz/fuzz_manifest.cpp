// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// corpus.json: any bytes, with entries checked against a folder of three files.
#include "corpus/manifest.h"
#include "fuzzsupport.h"

#include <QSet>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzSupport::ensureApplication();
    static const QSet<QString> scanned { QStringLiteral("a.txt"), QStringLiteral("b/c.html"), QStringLiteral("d.md") };
    Manifest::parse(QStringLiteral("/nonexistent/corpus"), FuzzSupport::bytes(data, size), scanned);
    return 0;
}
