// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "corpus/corpusloader.h"

#include "core/logging.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextBoundaryFinder>

namespace
{
// Minimal first version: plain UTF-8 text files and the manifest. The corpus issue extends it.
Article readArticle(const QString &root, const QString &absolute)
{
    Article article;
    article.file = QDir(root).relativeFilePath(absolute);
    article.id = article.file.section(QLatin1Char('.'), 0, -2);
    QFile file(absolute);
    if (file.open(QIODevice::ReadOnly))
        article.text = QString::fromUtf8(file.readAll());
    article.text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    article.contentHash = QCryptographicHash::hash(article.text.toUtf8(), QCryptographicHash::Sha256);

    int pos = 0;
    const int n = int(article.text.size());
    while (pos < n) {
        int next = int(article.text.indexOf(QStringLiteral("\n\n"), pos));
        if (next < 0)
            next = n;
        int s = pos;
        int e = next;
        while (s < e && article.text.at(s).isSpace())
            ++s;
        while (e > s && article.text.at(e - 1).isSpace())
            --e;
        if (e > s)
            article.paragraphs.append({ s, e });
        pos = next + 2;
    }
    for (const TextSpan &p : std::as_const(article.paragraphs)) {
        QTextBoundaryFinder finder(QTextBoundaryFinder::Sentence, article.text.constData() + p.start, p.length());
        int prev = 0;
        while (finder.toNextBoundary() > 0) {
            const int b = int(finder.position());
            if (b > prev)
                article.sentences.append({ p.start + prev, p.start + b });
            prev = b;
        }
    }
    if (!article.paragraphs.isEmpty()) {
        article.headings.append(article.paragraphs.first());
        article.title = article.slice(article.paragraphs.first()).toString();
    }
    return article;
}
}

CorpusLoader::Result CorpusLoader::load(const QString &path, const Options &options)
{
    Result result;
    const QFileInfo info(path);
    if (!info.exists() || !info.isDir()) {
        result.error = QCoreApplication::translate("CorpusLoader", "%1 is not a folder").arg(path);
        return result;
    }
    const QString root = info.canonicalFilePath();
    result.corpus.path = root;
    result.corpus.name = info.fileName();

    QStringList files;
    QDirIterator it(
        root, { QStringLiteral("*.txt"), QStringLiteral("*.md") }, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(it.next());
    files.sort();
    for (const QString &f : std::as_const(files))
        result.corpus.articles.append(readArticle(root, f));

    QFile manifest(root + QStringLiteral("/corpus.json"));
    if (manifest.open(QIODevice::ReadOnly)) {
        const QJsonObject obj = QJsonDocument::fromJson(manifest.readAll()).object();
        if (obj.contains(QStringLiteral("name")))
            result.corpus.name = obj.value(QStringLiteral("name")).toString();
        const QJsonArray entries = obj.value(QStringLiteral("articles")).toArray();
        for (const QJsonValue &v : entries) {
            const QJsonObject e = v.toObject();
            for (Article &a : result.corpus.articles) {
                if (a.file != e.value(QStringLiteral("file")).toString())
                    continue;
                auto set = [&e](const char *key, QString &field) {
                    const QString value = e.value(QLatin1String(key)).toString();
                    if (!value.isEmpty())
                        field = value;
                };
                set("title", a.title);
                set("outlet", a.outlet);
                set("url", a.url);
                set("author", a.author);
                const QDate d = QDate::fromString(e.value(QStringLiteral("published")).toString(), Qt::ISODate);
                if (d.isValid()) {
                    a.published = d;
                    a.publishedBasis = PublishedBasis::Manifest;
                }
            }
        }
    }
    if (options.progress)
        options.progress(int(result.corpus.articles.size()), int(result.corpus.articles.size()));
    return result;
}
