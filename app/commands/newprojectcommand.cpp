// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands/command.h"

#include "commands/commandsupport.h"
#include "commands/projectsupport.h"
#include "core/translation.h"
#include "corpus/corpusloader.h"
#include "storage/analysiscache.h"

#include <QFileInfo>
#include <QMutex>

#include <cstdio>
#include <utility>

PARALLAX_NAMESPACE_TR(Commands)

int Commands::newProject(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Create a project file for a corpus folder."));
    parser.addPositionalArgument(QStringLiteral("corpus"), tr("Corpus folder"));
    parser.addOption({ { QStringLiteral("o"), QStringLiteral("output") },
        tr("The project file to create (NAME.parallax)"), QStringLiteral("FILE") });
    if (!CommandSupport::parse(parser, QStringLiteral("new-project"), arguments))
        return parser.isSet(QStringLiteral("help")) ? 0 : 2;
    if (parser.positionalArguments().size() != 1) {
        CommandSupport::printError(tr("new-project takes exactly one corpus folder"));
        return 2;
    }
    QString output = parser.value(QStringLiteral("output"));
    if (output.isEmpty()) {
        CommandSupport::printError(tr("say where to create the project: -o NAME.parallax"));
        return 2;
    }
    if (!output.endsWith(QLatin1String(".parallax")))
        output += QStringLiteral(".parallax");
    const QString corpus = parser.positionalArguments().constFirst();
    // The loaded files are kept for the project's file cache, so that its first opening parses none.
    struct LoadedFile {
        QString file;
        QByteArray stamp;
        ArticleBuilder::Built built;
    };
    QList<LoadedFile> loadedFiles;
    QMutex loadedFilesMutex;
    CorpusLoader::Options loadOptions;
    loadOptions.store = [&](const QString &file, const QByteArray &stamp, const ArticleBuilder::Built &built) {
        const QMutexLocker lock(&loadedFilesMutex);
        loadedFiles.append({ file, stamp, built });
    };
    CorpusLoader::Result loaded = CorpusLoader::load(corpus, loadOptions);
    if (!loaded.ok()) {
        CommandSupport::printError(loaded.error.message);
        return 1;
    }
    auto created = ProjectStore::create(output, loaded.corpus.path);
    if (!created.ok()) {
        CommandSupport::printError(created.error().message);
        return ProjectSupport::exitCodeFor(created.error());
    }
    // Analyse once now and keep the per-article and corpus-level results and the loaded files, so
    // that opening the project is quick.
    const int articles = int(loaded.corpus.articles.size());
    const QString corpusPath = loaded.corpus.path;
    QStringList ids;
    QStringList files;
    for (const Article &a : std::as_const(loaded.corpus.articles)) {
        ids.append(a.id);
        files.append(a.file);
    }
    Error flushed;
    {
        AnalysisCache cache(*created.value());
        for (LoadedFile &f : loadedFiles)
            cache.storeFile(f.file, f.stamp, std::exchange(f.built, {}));
        loadedFiles.clear();
        Analyzer::Options options;
        cache.install(options);
        // Nothing reads the per-article results back before the flush: they go to the file as they come.
        cache.writeBehind(AnalysisCache::writeBehindRows);
        // The texts are in the file cache already, and the corpus-level results need none.
        options.texts = Analyzer::Options::Texts::Drop;
        CommandSupport::parkMentions(options);
        Analyzer::run(std::move(loaded.corpus), options);
        flushed = cache.flush(&ids, &files);
    }
    if (!flushed.ok()) {
        // A project whose creation failed (a full disk, most often) is not left half-made.
        CommandSupport::printError(flushed.message);
        ProjectStore::discard(std::move(created.value()));
        return 1;
    }
    std::printf("%s\n",
        qPrintable(tr("created %1 for %n article(s) in %2", nullptr, articles)
                       .arg(QFileInfo(output).absoluteFilePath(), corpusPath)));
    return 0;
}
