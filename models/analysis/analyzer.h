// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/analysisresult.h"
#include "analysis/articleanalysis.h"

#include <atomic>
#include <functional>
#include <optional>

// Runs the whole analysis of a loaded corpus: the per-article stage on every core,
// then the corpus-wide stages (canonical speakers, statements, alignment, event merging).
class Analyzer
{
public:
    struct Options {
        // Called from worker threads with (articles done, articles total).
        std::function<void(int, int)> progress;
        const std::atomic_bool *cancel = nullptr;
        // A cache of per-article results (a project file): look-up by content hash, then store.
        std::function<std::optional<ArticleAnalysis>(const Article &)> cached;
        std::function<void(const Article &, const ArticleAnalysis &)> store;
        // A cache of the corpus-level results (a project's), asked before anything is analysed: it
        // fills the quotes, statements and events of the result for its corpus and returns true when
        // it holds them for exactly these articles; given every result computed.
        std::function<bool(AnalysisResult &)> cachedCorpus;
        std::function<void(const AnalysisResult &)> storeCorpus;
        // What becomes of the articles' texts once the quote stages, the last to read them, are done:
        // kept (the window shows them), packed into the result's packedTexts (`dump` writes them at the
        // end) or dropped (`new-project` stores results only). The event merge is the peak of memory.
        enum class Texts { Keep, Pack, Drop };
        Texts texts = Texts::Keep;
        // When both are set, each article's event mentions wait for the event merge as the blob parkMentions
        // makes of them (the command-line tools: AnalysisCodec's), not as lists: nothing reads them before the
        // merge, and beside the texts they were a third of the peak of memory. Called from worker threads.
        std::function<QByteArray(const QList<EventMention> &)> parkMentions;
        std::function<QList<EventMention>(const QByteArray &)> unparkMentions;
    };

    // Returns nullopt only when cancelled.
    static std::optional<AnalysisResult> run(Corpus corpus, const Options &options);
    static AnalysisResult run(Corpus corpus);

    // The per-article stage alone.
    static ArticleAnalysis analyzeArticle(const Article &article, int articleIndex);
};
