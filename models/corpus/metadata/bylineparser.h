// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

// Reads the author's name out of a byline: "By Jane Doe | 29 October 2025", "Written by Jane Doe",
// "This article was written and published by Jane Doe, who …".
namespace BylineParser
{
// The name, or empty when the line is not a byline.
QString author(QStringView line);
// True for "This article/story/post … (written|made|published…) by …" disclosures.
bool isDisclosure(QStringView line);
// The same on a line already in TextFeatures::lexiconForm.
bool isDisclosureForm(const QString &form);
}
