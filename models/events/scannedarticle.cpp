// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "events/scannedarticle.h"

ScannedArticle::ScannedArticle(const Article &article)
{
    // A loader that did not segment still yields something to read: paragraphs, or the whole text.
    TextSpans units = article.sentences;
    if (units.isEmpty())
        units = article.paragraphs;
    if (units.isEmpty() && !article.text.isEmpty())
        units.append({ 0, int(article.text.size()) });

    m_tokens.reserve(size_t(article.text.size() / 5));
    m_sentences.reserve(units.size());
    qsizetype paragraph = 0;
    qsizetype boilerplate = 0;
    qsizetype heading = 0;
    const QStringView text(article.text);
    for (const TextSpan &s : std::as_const(units)) {
        while (paragraph + 1 < article.paragraphs.size() && article.paragraphs.at(paragraph).end <= s.start)
            ++paragraph;
        while (boilerplate < article.boilerplate.size() && article.boilerplate.at(boilerplate).end <= s.start)
            ++boilerplate;
        if (boilerplate < article.boilerplate.size() && article.boilerplate.at(boilerplate).overlaps(s))
            continue;
        while (heading < article.headings.size() && article.headings.at(heading).end <= s.start)
            ++heading;
        Sentence sentence;
        sentence.span = s;
        sentence.paragraph = int(paragraph);
        sentence.heading = heading < article.headings.size() && article.headings.at(heading).overlaps(s);
        sentence.begin = int(m_tokens.size());
        ScanTokenizer::tokenize(text.mid(s.start, s.length()), s.start, m_tokens);
        sentence.end = int(m_tokens.size());
        m_sentences.append(sentence);
    }
}
