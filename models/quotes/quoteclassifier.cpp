// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "quotes/quoteclassifier.h"

#include "language/attributionlexicon.h"
#include "language/wordtokenizer.h"

namespace
{
int wordCount(const QList<WordToken> &tokens)
{
    return int(std::count_if(tokens.cbegin(), tokens.cend(), [](const WordToken &t) { return t.word; }));
}

// The last token before the opening mark in the same paragraph, or an empty token.
WordToken tokenBefore(const Article &article, const ExtractedQuote &quote)
{
    const TextSpan para = article.paragraphs.at(quote.paragraph);
    int i = quote.open - 1;
    while (i >= para.start && article.text().at(i).isSpace())
        --i;
    if (i < para.start)
        return {};
    // Words are short: a long run without spaces ("“a”“b”“c”…") is looked at no further than this.
    constexpr int MaxWordLength = 64;
    int from = i;
    while (from > para.start && from > i - MaxWordLength && !article.text().at(from - 1).isSpace())
        --from;
    const QList<WordToken> tokens = WordTokenizer::tokenize(article.text(), { from, i + 1 });
    return tokens.isEmpty() ? WordToken {} : tokens.constLast();
}
}

QuoteKind QuoteClassifier::classify(const Article &article, const ExtractedQuote &quote)
{
    if (quote.open < 0 || quote.continuesPrevious)
        return QuoteKind::Direct;
    const QString &text = article.text();
    // Only whether the quote has up to five words matters below.
    const QList<WordToken> words = WordTokenizer::tokenize(text, quote.span, 5);
    const int n = wordCount(words);
    const WordToken before = tokenBefore(article, quote);
    const bool embedded = before.end > before.start && before.word;
    const QStringView beforeText = QStringView(text).mid(before.start, before.end - before.start);
    const QChar last = text.at(quote.span.end - 1);
    const QChar innerEnd = quote.close > quote.span.end ? text.at(quote.span.end) : last;
    const bool sentencePunctuation
        = last == u'.' || last == u'!' || last == u'?' || last == u'\u2026' || innerEnd == u',';
    const bool startsUpper = text.at(quote.span.start).isUpper();

    if (n <= 1) {
        // “Yes,” he said — a one-word answer set off like a sentence is still a statement.
        return !embedded && startsUpper && sentencePunctuation && !quote.headline ? QuoteKind::Direct : QuoteKind::Term;
    }
    if (embedded && n <= 4 && AttributionLexicon::has(beforeText, AttributionLexicon::LabelCue))
        return QuoteKind::Term;
    if (quote.headline && n <= 2)
        return QuoteKind::Term;
    if (embedded) {
        // He said “We will win this war.” — a sentence after a bare speech verb is still direct.
        const bool afterSpeechVerb = AttributionLexicon::has(beforeText, AttributionLexicon::SpeechVerb);
        return afterSpeechVerb && startsUpper && n >= 4 ? QuoteKind::Direct : QuoteKind::Fragment;
    }
    return startsUpper || n >= 5 ? QuoteKind::Direct : QuoteKind::Fragment;
}

TextSpan QuoteClassifier::displaySpan(const Article &article, const ExtractedQuote &quote, QuoteKind kind)
{
    TextSpan span = quote.span;
    if (kind != QuoteKind::Direct && span.length() > 1 && article.text().at(span.end - 1) == u'.'
        && !(span.length() > 2 && article.text().at(span.end - 3) == u'.'))
        --span.end;
    return span;
}
