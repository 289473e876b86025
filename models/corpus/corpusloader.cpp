// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "corpus/corpusloader.h"

#include "core/logging.h"
#include "corpus/articlebuilder.h"
#include "corpus/corpusscanner.h"
#include "corpus/manifest.h"
#include "corpus/metadata/corpusdateinference.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>

#include <sys/stat.h>

namespace
{
// A file's size and modification time (milliseconds since the epoch), from one stat(2). Not through
// QFileInfo::lastModified(), whose local time costs glibc two more stats (of /etc/localtime) per file.
struct FileStamp {
    bool isFile = false;
    qint64 size = 0;
    qint64 modified = 0;

    static FileStamp of(const QString &path)
    {
        struct stat info {
        };
        if (::stat(QFile::encodeName(path).constData(), &info) != 0 || !S_ISREG(info.st_mode))
            return {};
        return { true, qint64(info.st_size), qint64(info.st_mtim.tv_sec) * 1000 + info.st_mtim.tv_nsec / 1000000 };
    }
    // As the cache has always held it: "size@milliseconds".
    QByteArray toBytes() const { return QByteArray::number(size) + '@' + QByteArray::number(modified); }
};

ArticleBuilder::Built loadFile(const QString &root, const QString &file, const ManifestEntry *entry, qint64 maxSize)
{
    ArticleBuilder::Built built;
    auto warn = [&built, &file](Error::Code code, const QString &message) {
        built.warnings.append({ code, message, file });
    };
    // Unbuffered, sized once the file is open: one open, one stat and one read per file.
    QFile f(root + u'/' + file);
    if (!f.open(QIODevice::ReadOnly | QIODevice::Unbuffered)) {
        warn(Error::Code::Io, CorpusLoader::tr("%1 cannot be read: %2").arg(file, f.errorString()));
        return built;
    }
    const qint64 size = f.size();
    if (size > maxSize) {
        const double mb = 1024.0 * 1024.0;
        warn(Error::Code::Refused,
            CorpusLoader::tr("%1 is larger than the size limit (%2 MB > %3 MB): skipped")
                .arg(file, QString::number(double(size) / mb, 'f', 1), QString::number(double(maxSize) / mb, 'f', 1)));
        return built;
    }
    // The file as it was when sized: bytes appended since are not read, so the limit holds.
    const QByteArray bytes = f.read(size);
    if (f.error() != QFileDevice::NoError) {
        warn(Error::Code::Io, CorpusLoader::tr("%1 cannot be read: %2").arg(file, f.errorString()));
        return built;
    }
    const auto format = ArticleBuilder::formatForFile(file).value_or(ArticleBuilder::Format::PlainText);
    return ArticleBuilder::build(file, bytes, format, entry);
}

QString idFor(const QString &file)
{
    const qsizetype slash = file.lastIndexOf(u'/');
    const qsizetype dot = file.lastIndexOf(u'.');
    return dot > slash + 1 ? file.left(dot) : file;
}

// Ids are the path without extension; "a.txt" and "a.html" side by side keep their extension.
void assignIds(QList<Article> &articles)
{
    QHash<QString, int> uses;
    for (const Article &a : std::as_const(articles))
        ++uses[idFor(a.file)];
    for (Article &a : articles) {
        const QString id = idFor(a.file);
        a.id = uses.value(id) > 1 ? a.file : id;
    }
}
}

CorpusLoader::Result CorpusLoader::load(const QString &path, const Options &options)
{
    Result result;
    auto log = Logging::get("corpus");
    const QFileInfo info(path);
    if (path.isEmpty() || !info.exists()) {
        result.error = { Error::Code::NotFound, CorpusLoader::tr("%1 does not exist").arg(path), path };
        return result;
    }
    if (!info.isDir()) {
        result.error = { Error::Code::InvalidArgument, CorpusLoader::tr("%1 is not a folder").arg(path), path };
        return result;
    }
    if (!info.isReadable() || !info.isExecutable()) {
        result.error = { Error::Code::Io, CorpusLoader::tr("%1 cannot be read").arg(path), path };
        return result;
    }
    QElapsedTimer timer;
    timer.start();
    const QString root = info.canonicalFilePath();
    Corpus &corpus = result.corpus;
    corpus.path = root;
    corpus.name = QFileInfo(root).fileName();

    CorpusScanner::Result scanned = CorpusScanner::scan(root);
    // A set, not QStringList::contains: a manifest of 100,000 entries against as many files.
    const QSet<QString> found(scanned.files.cbegin(), scanned.files.cend());
    const Manifest manifest = Manifest::read(root, found);
    if (!manifest.name.isEmpty())
        corpus.name = manifest.name;

    // Listed files load even when the scan skips them (another extension, a hidden folder).
    QStringList files = scanned.files;
    for (auto it = manifest.entries.cbegin(); it != manifest.entries.cend(); ++it) {
        if (!found.contains(it.key()))
            files.append(it.key());
    }
    files.sort();

    corpus.warnings = manifest.warnings;
    QSet<QString> reported;
    for (const Error &w : std::as_const(manifest.warnings))
        reported.insert(w.file);
    for (const Error &w : std::as_const(scanned.warnings)) {
        if (!reported.contains(w.file))
            corpus.warnings.append(w);
    }

    const int total = int(files.size());
    std::atomic_int done = 0;
    // A file's stamp, and the manifest's (which adds metadata). Taken before the file is read, so that a
    // file changed while it is read is read again next time.
    const FileStamp manifestStamp = FileStamp::of(root + u'/' + Manifest::fileName());
    const QByteArray manifestPart = manifestStamp.toBytes();
    auto job = [&](const QString &file) {
        ArticleBuilder::Built built;
        if (options.cancel && options.cancel->load())
            return built;
        QByteArray stamp;
        if (options.cached || options.store) {
            const FileStamp fileStamp = FileStamp::of(root + u'/' + file);
            if (fileStamp.isFile && fileStamp.size <= options.maxFileSize)
                stamp = fileStamp.toBytes() + '|' + manifestPart;
        }
        std::optional<ArticleBuilder::Built> cached
            = !stamp.isEmpty() && options.cached ? options.cached(file, stamp) : std::nullopt;
        if (cached) {
            built = std::move(*cached);
        } else {
            const auto entry = manifest.entries.constFind(file);
            built = loadFile(
                root, file, entry == manifest.entries.cend() ? nullptr : &entry.value(), options.maxFileSize);
            if (!stamp.isEmpty() && built.article && options.store)
                options.store(file, stamp, built);
        }
        const int finished = ++done;
        if (options.progress)
            options.progress(finished, total);
        return built;
    };
    QList<ArticleBuilder::Built> outcomes;
    if (options.threads == 1) {
        outcomes.reserve(total);
        for (const QString &file : std::as_const(files))
            outcomes.append(job(file));
    } else {
        QThreadPool pool;
        if (options.threads > 0)
            pool.setMaxThreadCount(options.threads);
        outcomes = QtConcurrent::blockingMapped<QList<ArticleBuilder::Built>>(
            options.threads > 0 ? &pool : QThreadPool::globalInstance(), files, job);
    }
    if (options.cancel && options.cancel->load()) {
        result.cancelled = true;
        return result;
    }

    corpus.articles.reserve(total);
    for (ArticleBuilder::Built &built : outcomes) {
        corpus.warnings.append(built.warnings);
        if (built.article)
            corpus.articles.append(std::move(*built.article));
    }
    assignIds(corpus.articles);
    CorpusDateInference::apply(corpus.articles);

    for (const Error &w : std::as_const(corpus.warnings))
        log->warn("{}", w.message.toStdString());
    log->info("{}: {} articles from {} files, {} warnings, {} ms", root.toStdString(), corpus.articles.size(), total,
        corpus.warnings.size(), timer.elapsed());
    return result;
}
