// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"

#include <QString>
#include <QtGlobal>

// A realistic corpus folder for the benchmarks, deterministic from a seed (see BenchPlan for what is
// in it, BenchArticle for how it is written, BenchPage for the files). Generating 100,000 articles
// takes minutes and gigabytes, so a generated folder is kept and reused while its stamp (a hidden
// file the loader skips) says it was made from the same specification by the same generator.
class BenchCorpus
{
public:
    struct Spec {
        int articles = 1000;
        quint64 seed = 1;
        double htmlShare = 0.4; // web pages of 50–500 KB; the rest plain text and Markdown
        double markdownShare = 0.1;
    };
    struct Summary {
        QString folder;
        int articles = 0;
        qint64 bytes = 0;
        int speakers = 0; // planned: the analysis finds what it finds
        int statements = 0;
        int events = 0;
        bool reused = false;
    };

    // Generates the corpus into `folder` (replacing what is there).
    static Result<Summary> write(const QString &folder, const Spec &spec);
    // `root`/bench-<articles>-<seed>, generated unless already there from the same spec.
    static Result<Summary> ensure(const QString &root, const Spec &spec);
    // The root the benchmarks keep corpora in: $PARALLAX_BENCH_CORPORA, else /tmp/parallax-bench-corpora.
    static QString defaultRoot();
    // The generator's version: a change of what is written must change it, so old folders are remade.
    static constexpr int Version = 2;
};
