// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Corpus-level grouping and merging: the input split at form feeds into up to eight plain-text
// articles of one corpus, analysed together (statements aligned across articles, events merged,
// dates inferred across the corpus).
#include "analysis/analyzer.h"
#include "corpus/articlebuilder.h"
#include "fuzzsupport.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzSupport::ensureApplication();
    Corpus corpus;
    corpus.name = QStringLiteral("fuzz");
    corpus.path = QStringLiteral("/nonexistent/corpus");
    const QList<QByteArrayView> parts = [&] {
        QList<QByteArrayView> out;
        const QByteArrayView all = FuzzSupport::bytes(data, size);
        qsizetype start = 0;
        for (qsizetype i = 0; i <= all.size() && out.size() < 8; ++i) {
            if (i == all.size() || all[i] == '\f') {
                out.append(all.sliced(start, i - start));
                start = i + 1;
            }
        }
        return out;
    }();
    for (int i = 0; i < parts.size(); ++i) {
        ArticleBuilder::Built built
            = ArticleBuilder::build(QStringLiteral("a%1.txt").arg(i), parts.at(i), ArticleBuilder::Format::PlainText);
        if (built.article)
            corpus.articles.append(std::move(*built.article));
    }
    Analyzer::run(std::move(corpus));
    return 0;
}
