// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "benchcorpus.h"

#include "bencharticle.h"
#include "benchpage.h"
#include "benchplan.h"
#include "benchrng.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QSaveFile>
#include <QtConcurrent/QtConcurrentMap>

#include <atomic>
#include <cmath>
#include <numeric>

namespace
{
const QString StampName = QStringLiteral(".bench-corpus.json");

QJsonObject specJson(const BenchCorpus::Spec &spec)
{
    return { { QStringLiteral("generator"), BenchCorpus::Version }, { QStringLiteral("articles"), spec.articles },
        { QStringLiteral("seed"), QString::number(spec.seed) }, { QStringLiteral("html_share"), spec.htmlShare },
        { QStringLiteral("markdown_share"), spec.markdownShare } };
}

QString slug(const QString &name)
{
    QString out;
    for (QChar c : name.toLower()) {
        if (c.isLetterOrNumber())
            out += c;
        else if (!out.endsWith(u'-'))
            out += u'-';
    }
    return out;
}
}

QString BenchCorpus::defaultRoot()
{
    const QString env = qEnvironmentVariable("PARALLAX_BENCH_CORPORA");
    return env.isEmpty() ? QStringLiteral("/tmp/parallax-bench-corpora") : env;
}

Result<BenchCorpus::Summary> BenchCorpus::ensure(const QString &root, const Spec &spec)
{
    const QString folder = QDir(root).filePath(QStringLiteral("bench-%1-%2").arg(spec.articles).arg(spec.seed));
    QFile stamp(QDir(folder).filePath(StampName));
    if (stamp.open(QIODevice::ReadOnly)) {
        const QJsonObject saved = QJsonDocument::fromJson(stamp.readAll()).object();
        if (saved.value(QStringLiteral("spec")).toObject() == specJson(spec)) {
            Summary summary;
            summary.folder = folder;
            summary.articles = saved.value(QStringLiteral("articles")).toInt();
            summary.bytes = qint64(saved.value(QStringLiteral("bytes")).toDouble());
            summary.speakers = saved.value(QStringLiteral("speakers")).toInt();
            summary.statements = saved.value(QStringLiteral("statements")).toInt();
            summary.events = saved.value(QStringLiteral("events")).toInt();
            summary.reused = true;
            return summary;
        }
    }
    return write(folder, spec);
}

Result<BenchCorpus::Summary> BenchCorpus::write(const QString &folder, const Spec &spec)
{
    QDir dir(folder);
    if ((dir.exists() && !dir.removeRecursively()) || !QDir().mkpath(folder)) {
        return Error(Error::Code::Io, QStringLiteral("cannot create %1").arg(folder), folder);
    }
    const BenchPlan plan(spec.articles, spec.seed);
    QList<int> indices(spec.articles);
    std::iota(indices.begin(), indices.end(), 0);
    std::atomic<qint64> bytes = 0;
    QMutex mutex;
    QList<QJsonObject> listed(spec.articles); // by article, so the manifest's order is the seed's alone
    QStringList failed;
    QtConcurrent::blockingMap(indices, [&](int index) {
        const BenchArticle article = BenchArticle::compose(plan, index);
        BenchRng rng(BenchRng::derive(spec.seed, 20000000 + quint64(index)));
        const double kind = rng.unit();
        QByteArray data;
        QString suffix;
        if (kind < spec.htmlShare) {
            // 50 to 500 KB, evenly on a log scale: most pages near 100 KB, a few heavy ones.
            data = BenchPage::html(article, rng, int(50000 * std::pow(10.0, rng.unit())));
            suffix = QStringLiteral("html");
        } else if (kind < spec.htmlShare + spec.markdownShare) {
            data = BenchPage::markdown(article, rng);
            suffix = QStringLiteral("md");
        } else {
            data = BenchPage::plainText(article, rng, !rng.chance(0.1));
            suffix = QStringLiteral("txt");
        }
        const QString relative = QStringLiteral("%1/%2/%3.%4")
                                     .arg(slug(article.outlet))
                                     .arg(article.published.year())
                                     .arg(index, 6, 10, QLatin1Char('0'))
                                     .arg(suffix);
        QDir().mkpath(QFileInfo(dir.filePath(relative)).absolutePath());
        QFile file(dir.filePath(relative));
        const bool ok = file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
        bytes += data.size();
        // A manifest as an analyst's export gives it: for some outlets, not all.
        if (plan.outletOf(index) % 3 == 0)
            listed[index] = QJsonObject { { QStringLiteral("file"), relative },
                { QStringLiteral("outlet"), article.outlet }, { QStringLiteral("url"), article.url },
                { QStringLiteral("published"), article.published.toString(Qt::ISODate) } };
        if (!ok) {
            const QMutexLocker lock(&mutex);
            failed.append(relative);
        }
    });
    QJsonArray manifest;
    for (const QJsonObject &entry : std::as_const(listed)) {
        if (!entry.isEmpty())
            manifest.append(entry);
    }
    if (!failed.isEmpty()) {
        return Error(Error::Code::Io,
            QStringLiteral("cannot write %1 files, first %2").arg(failed.size()).arg(failed.constFirst()),
            dir.filePath(failed.constFirst()));
    }
    QSaveFile manifestFile(dir.filePath(QStringLiteral("corpus.json")));
    if (!manifestFile.open(QIODevice::WriteOnly)) {
        return Error(Error::Code::Io, QStringLiteral("cannot write corpus.json"), manifestFile.fileName());
    }
    manifestFile.write(QJsonDocument(
        QJsonObject { { QStringLiteral("name"), QStringLiteral("Benchmark corpus of %1 articles").arg(spec.articles) },
            { QStringLiteral("articles"), manifest } })
                           .toJson(QJsonDocument::Compact));
    manifestFile.commit();

    Summary summary;
    summary.folder = folder;
    summary.articles = spec.articles;
    summary.bytes = bytes;
    summary.speakers = plan.speakerCount();
    summary.statements = plan.statementCount();
    summary.events = plan.eventCount();
    QSaveFile stamp(dir.filePath(StampName));
    if (!stamp.open(QIODevice::WriteOnly)) {
        return Error(Error::Code::Io, QStringLiteral("cannot write the stamp in %1").arg(folder), stamp.fileName());
    }
    stamp.write(QJsonDocument(
        QJsonObject { { QStringLiteral("spec"), specJson(spec) }, { QStringLiteral("articles"), spec.articles },
            { QStringLiteral("bytes"), double(summary.bytes) }, { QStringLiteral("speakers"), summary.speakers },
            { QStringLiteral("statements"), summary.statements }, { QStringLiteral("events"), summary.events } })
                    .toJson());
    if (!stamp.commit())
        return Error(Error::Code::Io, QStringLiteral("cannot write the stamp in %1").arg(folder), stamp.fileName());
    return summary;
}
