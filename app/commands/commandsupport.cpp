// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands/commandsupport.h"

#include "analysis/analyzer.h"
#include "core/translation.h"
#include "corpus/corpusloader.h"
#include "storage/analysiscodec.h"

#include <QFile>
#include <QSaveFile>

#include <cstdio>

PARALLAX_NAMESPACE_TR(CommandSupport)

void CommandSupport::printError(const QString &message)
{
    std::fprintf(stderr, "parallax: %s\n", qPrintable(message));
}

bool CommandSupport::parse(QCommandLineParser &parser, const QString &command, const QStringList &arguments)
{
    parser.addHelpOption();
    if (!parser.parse(QStringList { QStringLiteral("parallax ") + command } + arguments)) {
        printError(parser.errorText());
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        std::fprintf(stdout, "%s", qPrintable(parser.helpText()));
        return false;
    }
    return true;
}

std::optional<AnalysisResult> CommandSupport::loadAndAnalyze(const QString &path, Analyzer::Options::Texts texts)
{
    CorpusLoader::Result loaded = CorpusLoader::load(path);
    if (!loaded.ok()) {
        printError(loaded.error.message);
        return std::nullopt;
    }
    for (const Error &w : std::as_const(loaded.corpus.warnings))
        std::fprintf(stderr, "warning: %s: %s\n", qPrintable(w.file), qPrintable(w.message));
    Analyzer::Options options;
    options.texts = texts;
    parkMentions(options);
    return Analyzer::run(std::move(loaded.corpus), options);
}

void CommandSupport::parkMentions(Analyzer::Options &options)
{
    options.parkMentions = [](const QList<EventMention> &mentions) {
        ArticleAnalysis analysis;
        analysis.mentions = mentions;
        return AnalysisCodec::encode(analysis);
    };
    // The blob is the one just made: it decodes (the article indices, which it leaves out, the analysis restores).
    options.unparkMentions
        = [](const QByteArray &blob) { return AnalysisCodec::decode(blob).value_or(ArticleAnalysis {}).mentions; };
}

bool CommandSupport::writeOutput(const QString &path, const QByteArray &data)
{
    return writeOutput(path, [&data](QIODevice *device) { return device->write(data) == data.size(); });
}

bool CommandSupport::writeOutput(const QString &path, const std::function<bool(QIODevice *)> &write)
{
    if (path.isEmpty() || path == QLatin1String("-")) {
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly) || !write(&out)) {
            printError(tr("cannot write to standard output"));
            return false;
        }
        return true;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !write(&file) || !file.commit()) {
        printError(tr("cannot write %1: %2").arg(path, file.errorString()));
        return false;
    }
    return true;
}
