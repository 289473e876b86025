// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>

// A temporary folder for the tests that make projects: a corpus folder in it (empty until articles are
// written), projects created beside it. Everything goes with the object.
class ProjectFixture
{
public:
    ProjectFixture();

    // The folder and its corpus folder exist.
    bool isValid() const;
    QString filePath(const QString &name) const;
    QString corpus() const;
    // corpus/NAME.txt holding `text` in UTF-8, replacing what was there; false when it cannot be written.
    bool writeArticle(const QString &name, const QString &text) const;
    // corpus/RELATIVE holding `bytes`, replacing what was there; false when it cannot be written.
    bool writeFile(const QString &relative, const QByteArray &bytes) const;
    // The files of `folder` (not its subfolders) copied into the corpus: a fixture corpus of tests/data.
    bool copyCorpus(const QString &folder) const;
    // A new, empty project on the corpus, pN.parallax (ProjectStore::create); empty when it was refused.
    QString newProject();

private:
    QTemporaryDir m_dir;
    QString m_corpus;
    int m_count = 0;
};
