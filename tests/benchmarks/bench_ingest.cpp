// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Corpus ingestion speed: a synthetic corpus of 10,000 articles (about 40 MB, plain text and HTML
// pages with their furniture) loaded on one thread (target >= 50 MB/s) and on every core.
// PARALLAX_BENCH_ARTICLES overrides the article count; PARALLAX_BENCH_KEEP=1 keeps the generated corpus
// (its path is printed) for profiling the loader on its own.
#include "corpus/corpusloader.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <algorithm>
#include <ctime>
#include <vector>

namespace
{
double cpuSeconds(clockid_t clock)
{
    timespec t {};
    clock_gettime(clock, &t);
    return double(t.tv_sec) + double(t.tv_nsec) / 1e9;
}

const QStringList people { QStringLiteral("Dana Whitfield"), QStringLiteral("Tomas Okafor"),
    QStringLiteral("Ines Marlowe"), QStringLiteral("Priya Raman"), QStringLiteral("Mr. Smith") };
const QStringList places { QStringLiteral("Riverton"), QStringLiteral("Port Ellis"), QStringLiteral("Northgate"),
    QStringLiteral("Castlemere"), QStringLiteral("the state capital") };

QByteArray sentence(QRandomGenerator &rng)
{
    const auto pick = [&rng](const QStringList &list) { return list.at(int(rng.bounded(int(list.size())))); };
    switch (rng.bounded(6)) {
    case 0:
        return QStringLiteral(
            "On %1 October 2025, %2 met harbour officials in %3 for talks that broke up without a deal.")
            .arg(QString::number(1 + rng.bounded(28)), pick(people), pick(places))
            .toUtf8();
    case 1:
        return QStringLiteral("\u201cWe will negotiate, but not on any terms,\u201d %1 told reporters.")
            .arg(pick(people))
            .toUtf8();
    case 2:
        return QByteArrayLiteral("Shipping agents say the port has changed a great deal since 2019, and pilots on "
                                 "both shifts describe the new rota as exhausting.");
    case 3:
        return QStringLiteral("Dr. Jones, a lecturer in %1, said the council's position had hardened over the year.")
            .arg(pick(places))
            .toUtf8();
    case 4:
        return QByteArrayLiteral("Neighbouring councils are watching the dispute closely and have urged both "
                                 "sides back to the table.");
    default:
        return QByteArrayLiteral("The vote was described as decisive, but it settled none of the older grievances.");
    }
}

QList<QByteArray> paragraphs(QRandomGenerator &rng, int count)
{
    QList<QByteArray> out;
    for (int i = 0; i < count; ++i) {
        QByteArray p;
        for (int s = 0, n = 3 + int(rng.bounded(3)); s < n; ++s)
            p += (s ? " " : "") + sentence(rng);
        out.append(p);
    }
    return out;
}

QByteArray textArticle(QRandomGenerator &rng, int n)
{
    QByteArray text = "Homepage News Local\n\nHarbour Board Weighs a New Contract, Report " + QByteArray::number(n)
        + "\n\nBy Jane Doe\n\n29 October 2025\n\n";
    const QList<QByteArray> body = paragraphs(rng, 11);
    for (int i = 0; i < body.size(); ++i) {
        text += body.at(i) + "\n\n";
        if (i == 2)
            text += "Pilots at the quay\nJohn Roe / Getty Images\n\nAlso read\n\n";
        if (i == 5)
            text += "What Comes Next\n\n";
    }
    return text + "Tags:\n\nLocal NewsPortsTransport\n\nShare this article\n";
}

QByteArray htmlArticle(QRandomGenerator &rng, int n)
{
    QByteArray html = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Harbour board weighs "
                      "a contract | Example Post</title><meta property=\"og:site_name\" content=\"Example Post\">"
                      "<meta property=\"article:published_time\" content=\"2025-10-29T08:00:00Z\">"
                      "<meta name=\"author\" content=\"Jane Doe\"><link rel=\"stylesheet\" href=\"/s.css\">"
                      "<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments)}"
                      "gtag('js',new Date());gtag('config','G-XXXX');</script></head><body>"
                      "<header class=\"site-header\"><nav><ul><li><a href=\"/\">Home</a></li><li><a href=\"/world\">"
                      "World</a></li><li><a href=\"/ports\">Ports</a></li></ul></nav></header><main><article>"
                      "<h1>Harbour board weighs a contract, report "
        + QByteArray::number(n) + R"(</h1><p class="byline">By <a rel="author" href="/jd">Jane Doe</a></p>)";
    const QList<QByteArray> body = paragraphs(rng, 10);
    for (int i = 0; i < body.size(); ++i) {
        html += "<p>" + body.at(i) + "</p>\n";
        if (i == 2)
            html += "<figure><img src=\"/a.jpg\" alt=\"\"><figcaption>Pilots at the quay. Photo: John Roe/AFP"
                    "</figcaption></figure><div class=\"related-links\"><a href=\"/x\">Also read: more</a></div>";
        if (i == 4)
            html += "<h2>What comes next</h2>";
    }
    return html
        + "</article><aside><h3>Most read</h3><ol><li><a href=\"/1\">One</a></li><li><a href=\"/2\">Two</a></li>"
          "</ol></aside></main><footer><p>&copy; 2025 Example Post</p></footer>"
          "<script src=\"/app.js\" defer></script></body></html>\n";
}
}

class BenchIngest : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QHash<QString, qint64> m_bytes; // by subfolder ("" = all)
    QHash<QString, int> m_articles;

    // Wall time, and CPU time (this thread for one thread, the process otherwise): the machine
    // may be shared, and CPU time is what one core delivers. Three loads, each printed, then their
    // median: one load can land in a busy moment of the machine.
    void run(const QString &subfolder, int threads, const char *label)
    {
        constexpr int Loads = 3;
        CorpusLoader::Options options;
        options.threads = threads;
        const clockid_t clock = threads == 1 ? CLOCK_THREAD_CPUTIME_ID : CLOCK_PROCESS_CPUTIME_ID;
        const double mb = double(m_bytes.value(subfolder)) / (1024.0 * 1024.0);
        std::vector<double> wallRates;
        std::vector<double> cpuRates;
        for (int load = 0; load < Loads; ++load) {
            QElapsedTimer timer;
            timer.start();
            const double cpu = cpuSeconds(clock);
            const CorpusLoader::Result result
                = CorpusLoader::load(subfolder.isEmpty() ? m_dir.path() : m_dir.filePath(subfolder), options);
            const double cpuUsed = cpuSeconds(clock) - cpu;
            const double seconds = double(timer.nsecsElapsed()) / 1e9;
            QVERIFY(result.ok());
            QCOMPARE(result.corpus.articles.size(), m_articles.value(subfolder));
            qInfo("%-22s %6d articles, %5.1f MB: wall %6.2f s = %6.1f MB/s; cpu %6.2f s = %6.1f MB/s per cpu-second",
                label, m_articles.value(subfolder), mb, seconds, mb / seconds, cpuUsed, mb / cpuUsed);
            wallRates.push_back(mb / seconds);
            cpuRates.push_back(mb / cpuUsed);
        }
        std::sort(wallRates.begin(), wallRates.end());
        std::sort(cpuRates.begin(), cpuRates.end());
        qInfo("%-22s median of %d: wall %6.1f MB/s; cpu %6.1f MB/s per cpu-second", label, Loads, wallRates[Loads / 2],
            cpuRates[Loads / 2]);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_dir.setAutoRemove(!qEnvironmentVariableIsSet("PARALLAX_BENCH_KEEP"));
        const int count = qEnvironmentVariableIsSet("PARALLAX_BENCH_ARTICLES")
            ? qEnvironmentVariableIntValue("PARALLAX_BENCH_ARTICLES")
            : 10000;
        QRandomGenerator rng(42);
        QJsonArray manifestEntries;
        for (int i = 0; i < count; ++i) {
            const bool html = i % 5 >= 3; // two in five are web pages
            const QString folder = html ? QStringLiteral("html") : QStringLiteral("txt");
            const QString path = m_dir.filePath(
                QStringLiteral("%1/outlet%2/%3.%1").arg(folder).arg(i % 20).arg(i, 5, 10, QLatin1Char('0')));
            QDir().mkpath(QFileInfo(path).absolutePath());
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            const QByteArray bytes = html ? htmlArticle(rng, i) : textArticle(rng, i);
            file.write(bytes);
            manifestEntries.append(QJsonObject { { QStringLiteral("file"), QDir(m_dir.path()).relativeFilePath(path) },
                { QStringLiteral("outlet"), QStringLiteral("Outlet %1").arg(i % 20) } });
            for (const QString &key : { QString(), folder }) {
                m_bytes[key] += bytes.size();
                ++m_articles[key];
            }
        }
        // A manifest that lists every file, as an analyst's export would: it must not cost per file.
        QFile manifest(m_dir.filePath(QStringLiteral("corpus.json")));
        QVERIFY(manifest.open(QIODevice::WriteOnly));
        manifest.write(QJsonDocument(QJsonObject { { QStringLiteral("name"), QStringLiteral("Synthetic") },
                                         { QStringLiteral("articles"), manifestEntries } })
                           .toJson(QJsonDocument::Compact));
        manifest.close();
        qInfo("synthetic corpus in %s: %d files, %.1f MB (%.1f MB plain text, %.1f MB HTML)", qPrintable(m_dir.path()),
            count, double(m_bytes.value(QString())) / (1024.0 * 1024.0),
            double(m_bytes.value(QStringLiteral("txt"))) / (1024.0 * 1024.0),
            double(m_bytes.value(QStringLiteral("html"))) / (1024.0 * 1024.0));
        // The first load of this process also warms the page cache and the libraries: reported on its own,
        // then the runs measure parsing, not the disk.
        QElapsedTimer timer;
        timer.start();
        const double cpu = cpuSeconds(CLOCK_PROCESS_CPUTIME_ID);
        CorpusLoader::load(m_dir.path());
        const double seconds = double(timer.nsecsElapsed()) / 1e9;
        const double mb = double(m_bytes.value(QString())) / (1024.0 * 1024.0);
        qInfo("first load in this process: wall %6.2f s = %6.1f MB/s; cpu %6.2f s (all threads)", seconds, mb / seconds,
            cpuSeconds(CLOCK_PROCESS_CPUTIME_ID) - cpu);
    }

    void oneThread() { run(QString(), 1, "all, 1 thread"); }
    void allCores()
    {
        const QByteArray label = QStringLiteral("all, %1 threads").arg(QThread::idealThreadCount()).toUtf8();
        run(QString(), 0, label.constData());
    }
    void plainTextOneThread() { run(QStringLiteral("txt"), 1, "plain text, 1 thread"); }
    void htmlOneThread() { run(QStringLiteral("html"), 1, "HTML, 1 thread"); }
};

QTEST_GUILESS_MAIN(BenchIngest)
#include "bench_ingest.moc"
