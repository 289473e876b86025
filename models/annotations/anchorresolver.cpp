// SPDX-FileCopyrightText: 2026 Parallax contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotations/anchorresolver.h"

#include "corpus/article.h"
#include "corpus/corpus.h"

#include <QVarLengthArray>

#include <algorithm>

namespace
{
// Weights of a candidate's score: how like the quote it is, how like its context, how near its old place.
constexpr double quoteWeight = 0.55;
constexpr double contextWeight = 0.30;
constexpr double positionWeight = 0.15;
// Below these a candidate is not the annotated text.
constexpr double minimumQuoteSimilarity = 0.6;
constexpr double minimumScore = 0.6;
constexpr int maxCandidates = 200;

int editDistance(QStringView a, QStringView b)
{
    QVarLengthArray<int, 64> row(b.size() + 1);
    for (int j = 0; j <= b.size(); ++j)
        row[j] = j;
    for (int i = 1; i <= a.size(); ++i) {
        int diagonal = row[0];
        row[0] = i;
        for (int j = 1; j <= b.size(); ++j) {
            const int above = row[j];
            row[j] = std::min({ above + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1) });
            diagonal = above;
        }
    }
    return row[b.size()];
}

double similarity(QStringView a, QStringView b)
{
    const qsizetype longest = std::max(a.size(), b.size());
    return longest == 0 ? 1.0 : 1.0 - double(editDistance(a, b)) / double(longest);
}

double contextScore(const TextQuoteSelector &quote, const QString &text, int start, int end)
{
    const QStringView view(text);
    const QString &prefix = quote.prefix;
    const QString &suffix = quote.suffix;
    const double before = prefix.isEmpty()
        ? (start == 0 ? 1.0 : 0.5)
        : similarity(
            prefix, view.mid(std::max<qsizetype>(0, start - prefix.size()), std::min<qsizetype>(start, prefix.size())));
    const double after
        = suffix.isEmpty() ? (end == text.size() ? 1.0 : 0.5) : similarity(suffix, view.mid(end, suffix.size()));
    return (before + after) / 2.0;
}

double positionScore(const TextPositionSelector &old, int start, qsizetype length)
{
    if (!old.isValid())
        return 0.5;
    const double scale = std::max<double>(200.0, double(length) / 2.0);
    return 1.0 - std::min(1.0, std::abs(double(start - old.start)) / scale);
}

struct Candidate {
    TextSpan span;
    double quoteSimilarity = 0.0;
    double score = 0.0;
};

Candidate scored(const AnnotationTarget &target, const QString &text, TextSpan span, double quoteSimilarity)
{
    const double score = quoteWeight * quoteSimilarity
        + contextWeight * contextScore(target.quote, text, span.start, span.end)
        + positionWeight * positionScore(target.position, span.start, text.size());
    return { span, quoteSimilarity, score };
}

Candidate bestExact(const AnnotationTarget &target, const QString &text)
{
    Candidate best;
    const QString &exact = target.quote.exact;
    int found = 0;
    for (qsizetype at = text.indexOf(exact); at >= 0 && found < 10 * maxCandidates;
         at = text.indexOf(exact, at + 1), ++found) {
        const Candidate c = scored(target, text, { int(at), int(at + exact.size()) }, 1.0);
        if (c.score > best.score)
            best = c;
    }
    return best;
}

// Where the approximate match that ends at `end` starts: the pattern aligned backwards from `end`
// over at most pattern length + `slack` characters, at the least edit distance.
std::pair<int, int> approximateStart(QStringView pattern, QStringView text, int end, int slack)
{
    const int window = std::min<int>(end, int(pattern.size()) + slack);
    const int m = int(pattern.size());
    // row[l]: distance between the pattern's last i characters and the window's last l characters.
    // Zero-filled first: GCC cannot tell that the loop below sets every cell.
    QVarLengthArray<int, 256> row(window + 1, 0);
    for (int l = 0; l <= window; ++l)
        row[l] = l;
    for (int i = 1; i <= m; ++i) {
        int diagonal = row[0];
        row[0] = i;
        const QChar p = pattern[m - i];
        for (int l = 1; l <= window; ++l) {
            const int above = row[l];
            row[l] = std::min({ above + 1, row[l - 1] + 1, diagonal + (p == text[end - l] ? 0 : 1) });
            diagonal = above;
        }
    }
    int bestLength = 0;
    for (int l = 1; l <= window; ++l) {
        if (row[l] < row[bestLength] || (row[l] == row[bestLength] && std::abs(l - m) < std::abs(bestLength - m)))
            bestLength = l;
    }
    return { end - bestLength, row[bestLength] };
}

// Where an edited version of the exact text can be: around every place where its context or a
// piece of it still occurs (seeds, as in n-gram candidate search). Windows are merged and sorted.
QList<std::pair<int, int>> searchWindows(const TextQuoteSelector &quote, const QString &text, int slack)
{
    constexpr int seedLength = 12;
    constexpr int maxSeedHits = 20;
    const QString &exact = quote.exact;
    const int m = int(exact.size());
    const int n = int(text.size());
    QList<std::pair<int, int>> windows;
    const auto seed = [&](QStringView needle, int offsetInPattern) {
        if (needle.size() < std::min<qsizetype>(seedLength, m))
            return;
        int hits = 0;
        for (qsizetype at = text.indexOf(needle); at >= 0 && hits < maxSeedHits;
             at = text.indexOf(needle, at + 1), ++hits) {
            const int patternStart = int(at) - offsetInPattern;
            windows.append({ std::max(0, patternStart - slack), std::min(n, patternStart + m + slack) });
        }
    };
    const QStringView e(exact);
    seed(QStringView(quote.prefix).right(seedLength), -std::min<int>(seedLength, int(quote.prefix.size())));
    seed(QStringView(quote.suffix).left(seedLength), m);
    seed(e.left(seedLength), 0);
    seed(e.mid(std::max(0, m / 2 - seedLength / 2), seedLength), std::max(0, m / 2 - seedLength / 2));
    seed(e.right(seedLength), std::max(0, m - seedLength));
    std::sort(windows.begin(), windows.end());
    QList<std::pair<int, int>> merged;
    for (const auto &w : std::as_const(windows)) {
        if (!merged.isEmpty() && w.first <= merged.last().second)
            merged.last().second = std::max(merged.last().second, w.second);
        else
            merged.append(w);
    }
    return merged;
}

// Approximate matches of the exact text (Sellers' semi-global edit distance) inside `windows`: every
// place where the text could be with at most 40% of its characters changed, then scored in full.
Candidate bestApproximate(const AnnotationTarget &target, const QString &text)
{
    const QString &exact = target.quote.exact;
    const int m = int(exact.size());
    const int maxErrors = int(m * (1.0 - minimumQuoteSimilarity));
    if (m < 4 || maxErrors < 1)
        return {};
    QList<std::pair<int, int>> windows = searchWindows(target.quote, text, maxErrors + 64);
    // Without any seed the passage was rewritten beyond recognition, unless the text is short enough to
    // search whole.
    if (windows.isEmpty() && qint64(text.size()) * m <= 4'000'000)
        windows.append({ 0, int(text.size()) });
    QVarLengthArray<int, 256> column(m + 1);
    // Ends of matches, the best of each run of neighbouring ends.
    QList<std::pair<int, int>> ends; // (end, distance)
    for (const auto &[from, to] : std::as_const(windows)) {
        for (int i = 0; i <= m; ++i)
            column[i] = i;
        int lastEnd = -2;
        for (int j = from; j < to; ++j) {
            int diagonal = 0;
            const QChar t = text.at(j);
            for (int i = 1; i <= m; ++i) {
                const int above = column[i];
                column[i] = std::min({ above + 1, column[i - 1] + 1, diagonal + (exact.at(i - 1) == t ? 0 : 1) });
                diagonal = above;
            }
            if (column[m] > maxErrors)
                continue;
            if (lastEnd == j - 1 && !ends.isEmpty()) {
                if (column[m] < ends.last().second)
                    ends.last() = { j + 1, column[m] };
            } else {
                ends.append({ j + 1, column[m] });
            }
            lastEnd = j;
        }
    }
    std::sort(ends.begin(), ends.end(), [](const auto &a, const auto &b) { return a.second < b.second; });
    if (ends.size() > maxCandidates)
        ends.resize(maxCandidates);
    Candidate best;
    for (const auto &[end, distance] : std::as_const(ends)) {
        const auto [start, startDistance] = approximateStart(exact, text, end, maxErrors);
        const int d = std::min(distance, startDistance);
        const double quoteSimilarity = 1.0 - double(d) / double(std::max(m, end - start));
        if (quoteSimilarity < minimumQuoteSimilarity)
            continue;
        const Candidate c = scored(target, text, { start, end }, quoteSimilarity);
        if (c.score > best.score)
            best = c;
    }
    return best;
}

// Keeps a span from splitting a surrogate pair.
int snapBack(const QString &text, int pos)
{
    return (pos > 0 && pos < text.size() && text.at(pos).isLowSurrogate()) ? pos - 1 : pos;
}
}

AnnotationTarget AnchorResolver::makeTarget(const QString &articleId, const QString &text, TextSpan span)
{
    const int start = snapBack(text, std::clamp(span.start, 0, int(text.size())));
    const int end = snapBack(text, std::clamp(span.end, start, int(text.size())));
    const int prefixStart = snapBack(text, std::max(0, start - contextLength));
    const int suffixEnd = snapBack(text, std::min(int(text.size()), end + contextLength));
    AnnotationTarget target;
    target.articleId = articleId;
    target.quote.exact = text.mid(start, end - start);
    target.quote.prefix = text.mid(prefixStart, start - prefixStart);
    target.quote.suffix = text.mid(end, suffixEnd - end);
    target.position = { start, end };
    return target;
}

AnnotationTarget AnchorResolver::makeTarget(const Article &article, TextSpan span)
{
    return makeTarget(article.id, article.text(), span);
}

AnchorResolver::Match AnchorResolver::resolve(const AnnotationTarget &target, const QString &text)
{
    const QString &exact = target.quote.exact;
    const TextPositionSelector &old = target.position;
    if (exact.isEmpty())
        return {};
    if (old.isValid() && old.end <= text.size() && QStringView(text).mid(old.start, old.end - old.start) == exact)
        return { { old.start, old.end }, AnchorState::Attached, 1.0 };

    Candidate best = bestExact(target, text);
    // An exact copy in a foreign context, or far from the old place, may be another passage (articles
    // repeat sentences): let an edited version of the annotated one compete.
    const bool contextAgrees
        = best.score > 0 && contextScore(target.quote, text, best.span.start, best.span.end) >= 0.5;
    const bool nearby = best.score > 0 && positionScore(target.position, best.span.start, text.size()) >= 0.95;
    if (!contextAgrees || !nearby) {
        const Candidate approximate = bestApproximate(target, text);
        if (approximate.score > best.score)
            best = approximate;
    }
    if (best.score < minimumScore || best.quoteSimilarity < minimumQuoteSimilarity)
        return {};
    const AnchorState state = best.quoteSimilarity >= 1.0 ? AnchorState::Moved : AnchorState::Fuzzy;
    return { best.span, state, best.score };
}

void AnchorResolver::reattach(AnnotationAnchor &anchor, const QString &text)
{
    const Match match = resolve(anchor.target, text);
    if (match.state == AnchorState::Orphaned) {
        anchor.state = AnchorState::Orphaned;
        return;
    }
    const AnnotationTarget old = anchor.target;
    const QString original = anchor.previousExact.isNull() ? old.quote.exact : anchor.previousExact;
    AnnotationTarget fresh = makeTarget(old.articleId, text, match.span);
    fresh.quoteId = old.quoteId;
    fresh.statementId = old.statementId;
    fresh.eventId = old.eventId;
    fresh.alignmentColumn = old.alignmentColumn;
    anchor.target = fresh;
    // Once the annotated words changed, the anchor says so until the analyst re-anchors it.
    anchor.previousExact = fresh.quote.exact == original ? QString() : original;
    anchor.state = anchor.previousExact.isNull() ? match.state : AnchorState::Fuzzy;
}

bool AnchorResolver::reattach(Annotation &annotation, const Corpus &corpus)
{
    bool changed = false;
    for (AnnotationAnchor &anchor : annotation.anchors) {
        if (anchor.target.articleId.isEmpty())
            continue;
        const AnnotationAnchor before = anchor;
        const int article = corpus.indexOf(anchor.target.articleId);
        if (article < 0)
            anchor.state = AnchorState::Orphaned;
        else
            reattach(anchor, corpus.articles.at(article).text());
        changed = changed || !(anchor == before);
    }
    return changed;
}
