// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The command-line tools as an analyst runs them, on benchmark corpora of 1,000 and 10,000 articles (or the
// sizes given): `parallax dump` (compact JSON to a file) and `parallax new-project`, each in a child process
// of its own, so that the figures are the whole command's: wall and CPU seconds, peak resident memory in all
// and per article (the line is 20 KB per article), the output's size, and the machine's load.
// Usage: bench_commands [ARTICLES…] (default 1000 10000). Corpora are kept in $PARALLAX_BENCH_CORPORA
// (default /tmp/parallax-bench-corpora) and reused; the outputs are written to a temporary folder and removed.
#include "benchsupport.h"
#include "corpus/benchcorpus.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>

#include <cstdio>
#include <fcntl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

namespace
{
struct Child {
    bool ok = false;
    double wallSeconds = 0;
    double cpuSeconds = 0;
    double peakMb = 0;
};

double seconds(const timeval &t)
{
    return double(t.tv_sec) + double(t.tv_usec) / 1e6;
}

// Runs PARALLAX_BENCH_BINARY with `arguments` and waits for it; wait4 gives the child's own CPU time and
// peak resident size, which QProcess does not.
Child runParallax(const QStringList &arguments)
{
    QList<QByteArray> storage { QByteArrayLiteral(PARALLAX_BENCH_BINARY) };
    for (const QString &a : arguments)
        storage.append(a.toLocal8Bit());
    QList<char *> argv;
    for (QByteArray &a : storage)
        argv.append(a.data());
    argv.append(nullptr);
    QElapsedTimer wall;
    wall.start();
    const pid_t pid = fork();
    if (pid == 0) {
        // The command's own report ("created …") would interleave with the table; its errors still show.
        const int devNull = open("/dev/null", O_WRONLY);
        if (devNull >= 0)
            dup2(devNull, STDOUT_FILENO);
        execv(argv.constFirst(), argv.data());
        _exit(127);
    }
    Child child;
    if (pid < 0)
        return child;
    int status = 0;
    rusage usage {};
    if (wait4(pid, &status, 0, &usage) != pid)
        return child;
    child.wallSeconds = double(wall.elapsed()) / 1000.0;
    child.cpuSeconds = seconds(usage.ru_utime) + seconds(usage.ru_stime);
    child.peakMb = double(usage.ru_maxrss) / 1024.0; // Linux gives kilobytes
    child.ok = WIFEXITED(status) && WEXITSTATUS(status) == 0;
    return child;
}

void report(int articles, const char *command, const Child &child, qint64 outputBytes)
{
    std::printf("%7d  %-12s %8.2f s wall %8.2f s cpu  peak %7.0f MB = %5.1f KB/article  output %7.1f MB  load %s%s\n",
        articles, command, child.wallSeconds, child.cpuSeconds, child.peakMb, child.peakMb * 1024.0 / articles,
        double(outputBytes) / 1e6, qPrintable(BenchSupport::loadAverage()), child.ok ? "" : "  FAILED");
    std::fflush(stdout);
}

bool measure(int articles)
{
    BenchCorpus::Spec spec;
    spec.articles = articles;
    const Result<BenchCorpus::Summary> made = BenchCorpus::ensure(BenchCorpus::defaultRoot(), spec);
    if (!made.ok()) {
        std::fprintf(stderr, "cannot generate the corpus: %s\n", qPrintable(made.error().message));
        return false;
    }
    const QString folder = made.value().folder;
    QTemporaryDir out;
    if (!out.isValid()) {
        std::fprintf(stderr, "cannot make a temporary folder\n");
        return false;
    }
    const QString dump = out.filePath(QStringLiteral("dump.json"));
    const Child dumped = runParallax({ QStringLiteral("dump"), folder, QStringLiteral("-o"), dump });
    report(articles, "dump", dumped, QFileInfo(dump).size());
    const QString project = out.filePath(QStringLiteral("bench.parallax"));
    const Child created = runParallax({ QStringLiteral("new-project"), folder, QStringLiteral("-o"), project });
    report(articles, "new-project", created, QFileInfo(project).size());
    return dumped.ok && created.ok;
}
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QList<int> sizes;
    for (const QString &a : QCoreApplication::arguments().mid(1))
        sizes.append(a.toInt());
    if (sizes.isEmpty())
        sizes = { 1000, 10000 };
    std::printf("%7s  %-12s %s\n", "articles", "command", "figures (child process: wall, user+system CPU, peak RSS)");
    bool ok = true;
    for (const int n : std::as_const(sizes))
        ok = measure(n) && ok;
    return ok ? 0 : 1;
}
