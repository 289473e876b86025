// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "events/scannedarticle.h"

ScannedArticle::ScannedArticle(const Article &article)
{
    // A loader that did not segment still yields something to read: paragraphs, or the whole text.
    TextSpans units = article.sentences;
    if (units.isEmpty())
        units = article.paragraphs;
    if (units.isEmpty() && !article.text().isEmpty())
        units.append({ 0, int(article.text().size()) });

    m_tokens.reserve(size_t(article.text().size() / 5));
    m_sentences.reserve(units.size());
    qsizetype paragraph = 0;
    qsizetype boilerplate = 0;
    qsizetype heading = 0;
    const QStringView text(article.text());
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
        if (sentence.heading) {
            const bool own = !article.title.isEmpty()
                && article.slice(article.headings.at(heading)).trimmed() == article.title.trimmed();
            const bool lowered
                = lowerTitleCase(article, sentence.begin, sentence.end, article.headings.at(heading).end);
            sentence.titleCase = own && lowered;
            sentence.titleCaseSubhead = !own && lowered;
        }
        m_sentences.append(sentence);
    }
}

namespace
{
// Whether `word` stands in `text` from `from` on as a whole word, capitalised as given.
bool appearsAsWord(QStringView text, qsizetype from, QStringView word)
{
    for (qsizetype k = text.indexOf(word, from); k >= 0; k = text.indexOf(word, k + 1)) {
        const qsizetype end = k + word.size();
        if ((k == 0 || !text.at(k - 1).isLetter()) && (end == text.size() || !text.at(end).isLetter()))
            return true;
    }
    return false;
}
}

// A headline in Title Case ("Ames Says Plant Will Close") capitalises every word, so the capital tells no
// name: a word keeps it only when the body writes it capitalised too and the lexicon does not know it as a
// common word (months, weekdays, titles and directions keep theirs). Returns whether the headline was in
// Title Case.
bool ScannedArticle::lowerTitleCase(const Article &article, int begin, int end, qsizetype bodyFrom)
{
    int words = 0;
    int capitals = 0;
    for (int k = begin; k < end; ++k) {
        words += m_tokens[size_t(k)].isWord() ? 1 : 0;
        capitals += m_tokens[size_t(k)].isWord() && m_tokens[size_t(k)].is(ScanToken::Capitalized) ? 1 : 0;
    }
    if (words < 3 || capitals * 2 <= words)
        return false;
    const QStringView text(article.text());
    for (int k = begin; k < end; ++k) {
        ScanToken &t = m_tokens[size_t(k)];
        const Lexicon::WordInfo *w = t.word;
        if (!t.isWord() || t.is(ScanToken::AllCaps)
            || (w && (w->month || w->weekday || w->has(Lexicon::Title) || w->has(Lexicon::Direction))))
            continue;
        if (!w && appearsAsWord(text, bodyFrom, t.textIn(text)))
            continue;
        t.flags &= quint8(~ScanToken::Capitalized);
    }
    return true;
}
