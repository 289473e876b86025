// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Writes a benchmark corpus folder: make_bench_corpus [--articles N] [--seed S] [--html-share X] [ROOT]
// (ROOT defaults to $PARALLAX_BENCH_CORPORA or /tmp/parallax-bench-corpora). A folder already made from
// the same arguments is kept. Prints the folder and what the plan put in it.
#include "corpus/benchcorpus.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({ QStringLiteral("articles"), QStringLiteral("Number of articles"), QStringLiteral("N"),
        QStringLiteral("1000") });
    parser.addOption({ QStringLiteral("seed"), QStringLiteral("Seed"), QStringLiteral("S"), QStringLiteral("1") });
    parser.addOption({ QStringLiteral("html-share"), QStringLiteral("Share of HTML pages"), QStringLiteral("X"),
        QStringLiteral("0.4") });
    parser.addPositionalArgument(QStringLiteral("root"), QStringLiteral("Folder to keep corpora in"));
    parser.process(app);
    BenchCorpus::Spec spec;
    spec.articles = parser.value(QStringLiteral("articles")).toInt();
    spec.seed = parser.value(QStringLiteral("seed")).toULongLong();
    spec.htmlShare = parser.value(QStringLiteral("html-share")).toDouble();
    const QString root = parser.positionalArguments().isEmpty() ? BenchCorpus::defaultRoot()
                                                                : parser.positionalArguments().constFirst();
    QElapsedTimer timer;
    timer.start();
    const Result<BenchCorpus::Summary> made = BenchCorpus::ensure(root, spec);
    if (!made.ok()) {
        std::fprintf(stderr, "make_bench_corpus: %s\n", qPrintable(made.error().message));
        return 1;
    }
    const BenchCorpus::Summary &summary = made.value();
    std::printf("%s: %d articles, %.1f MB; planned %d speakers, %d statements, %d events (%s in %.1f s)\n",
        qPrintable(summary.folder), summary.articles, double(summary.bytes) / 1e6, summary.speakers, summary.statements,
        summary.events, summary.reused ? "reused" : "generated", double(timer.elapsed()) / 1e3);
    return 0;
}
