// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "corpus/corpus.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

// What corpus.json says about one file; empty fields say nothing.
struct ManifestEntry {
    QString file; // relative to the corpus root, '/' separated, cleaned
    QString outlet;
    QString url;
    QString title;
    QString author;
    QDate published;
};

// The optional corpus.json at a corpus root. Entries that point outside the folder (by "..", an
// absolute path or a symbolic link) are refused; entries whose file is missing are reported.
class Manifest
{
    Q_DECLARE_TR_FUNCTIONS(Manifest)

public:
    static QString fileName() { return QStringLiteral("corpus.json"); }

    bool present = false;
    QString name;
    QHash<QString, ManifestEntry> entries; // by ManifestEntry::file
    QList<Error> warnings;

    // `root` is the corpus folder's canonical path. `scanned` are the files CorpusScanner found
    // there: regular files reached without following a link, so an entry naming one needs no
    // checks on disk (which cost a path resolution per entry in a manifest of 100,000).
    static Manifest read(const QString &root, const QSet<QString> &scanned = {});
    static Manifest parse(const QString &root, QByteArrayView json, const QSet<QString> &scanned = {});

    // 1-based line and column of a byte offset into UTF-8 text (columns count characters).
    static std::pair<int, int> lineAndColumn(QByteArrayView text, qsizetype offset);

    // The file `relative` names under `root` when it stays inside it (symbolic links resolved);
    // empty, with `problem` set, otherwise.
    enum class Problem { None, Outside, LinkOutside, Missing, NotAFile };
    static QString resolveInside(const QString &root, const QString &relative, Problem *problem);
};
